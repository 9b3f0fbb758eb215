import { Field, Radio, RadioGroup } from "@fluentui/react-components";

export interface ChoiceRadiosProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly choices: readonly { readonly value: T; readonly text: string }[];
  readonly onChange: (value: T) => void;
}

/** A labelled row of radio buttons for a short list of choices. */
export function ChoiceRadios<T extends string>({ label, value, choices, onChange }: ChoiceRadiosProps<T>) {
  return (
    <Field label={label}>
      <RadioGroup
        layout="horizontal"
        value={value}
        onChange={(_, data) => {
          const chosen = choices.find((c) => c.value === data.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {choices.map((choice) => (
          <Radio key={choice.value} value={choice.value} label={choice.text} />
        ))}
      </RadioGroup>
    </Field>
  );
}
