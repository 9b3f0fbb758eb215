import { Field, Input, makeStyles } from "@fluentui/react-components";
import { useEffect, useState } from "react";

const useStyles = makeStyles({
  input: { width: "100%", minWidth: "0" },
  // A unit stays on one line however long its word; the number gives way.
  unit: { whiteSpace: "nowrap" },
});

export interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  /** Shown value = value × scale (100 for a fraction shown as a percent). */
  readonly scale?: number;
  readonly hint?: string;
  readonly validationMessage?: string;
  readonly contentAfter?: string;
  readonly onChange: (value: number) => void;
}

function shown(value: number, scale: number): string {
  return Number.isFinite(value) ? String(Math.round(value * scale * 1e6) / 1e6) : "";
}

/**
 * A number typed as text: every change is passed on at once (NaN while the text is not a number), so
 * the settings are validated as the user types; the text is the user's until the value changes elsewhere.
 */
export function NumberField({
  label,
  value,
  scale = 1,
  hint,
  validationMessage,
  contentAfter,
  onChange,
}: NumberFieldProps) {
  const styles = useStyles();
  const [text, setText] = useState(() => shown(value, scale));
  useEffect(() => {
    const typed = Number(text.replace(",", ".")) / scale;
    if (!(text.trim() !== "" && typed === value) && !(Number.isNaN(value) && Number.isNaN(typed)))
      setText(shown(value, scale));
    // Only an outside change of the value (a preset, a reset) replaces what the user typed.
  }, [value, scale]);
  return (
    <Field
      label={label}
      hint={hint}
      validationMessage={validationMessage}
      validationState={validationMessage ? "error" : "none"}
    >
      <Input
        className={styles.input}
        inputMode="decimal"
        value={text}
        contentAfter={
          contentAfter === undefined ? undefined : { children: contentAfter, className: styles.unit }
        }
        onChange={(_, data) => {
          setText(data.value);
          const trimmed = data.value.trim().replace(",", ".");
          onChange(trimmed === "" ? Number.NaN : Number(trimmed) / scale);
        }}
      />
    </Field>
  );
}
