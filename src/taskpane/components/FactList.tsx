import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  group: { display: "contents" },
  term: { color: tokens.colorNeutralForeground2, "::first-letter": { textTransform: "uppercase" } },
  value: { margin: 0, overflowWrap: "anywhere" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

export interface Fact {
  readonly term: string;
  readonly value: string;
}

/** Terms and their values, two columns (a description list); numbers right-aligned when `numbers`. */
export function FactList({
  facts,
  numbers = false,
  label,
}: {
  readonly facts: readonly Fact[];
  readonly numbers?: boolean;
  readonly label?: string;
}) {
  const styles = useStyles();
  return (
    <dl className={styles.list} aria-label={label}>
      {facts.map((fact) => (
        <div key={fact.term} className={styles.group}>
          <dt className={styles.term}>{fact.term}</dt>
          <dd className={mergeClasses(styles.value, numbers && styles.number)}>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
