import { Dropdown, makeStyles, Option, type DropdownProps } from "@fluentui/react-components";

const useStyles = makeStyles({
  full: { width: "100%", minWidth: "0" },
  compact: { width: "128px", minWidth: "0" },
});

export interface DropdownChoice<T extends string> {
  readonly value: T;
  readonly text: string;
  readonly disabled?: boolean;
}

export interface OptionDropdownProps<T extends string> {
  readonly value: T;
  readonly choices: readonly DropdownChoice<T>[];
  readonly onChange: (value: T) => void;
  readonly size?: DropdownProps["size"];
  /** Stretch to the width of its field (the default), or stay compact (a header control). */
  readonly fill?: boolean;
  readonly "aria-label"?: string;
}

/** One choice out of a few, shown by its text; calls `onChange` only when the choice changes. */
export function OptionDropdown<T extends string>({
  value,
  choices,
  onChange,
  size,
  fill = true,
  ...aria
}: OptionDropdownProps<T>) {
  const styles = useStyles();
  return (
    <Dropdown
      className={fill ? styles.full : styles.compact}
      size={size}
      aria-label={aria["aria-label"]}
      // Never cleared, so no clear button: Fluent would leave one in the page named in English.
      clearButton={null}
      value={choices.find((c) => c.value === value)?.text ?? ""}
      selectedOptions={[value]}
      onOptionSelect={(_, data) => {
        const chosen = choices.find((c) => c.value === data.optionValue);
        if (chosen && chosen.value !== value) onChange(chosen.value);
      }}
    >
      {choices.map((choice) => (
        <Option key={choice.value} value={choice.value} disabled={choice.disabled}>
          {choice.text}
        </Option>
      ))}
    </Dropdown>
  );
}
