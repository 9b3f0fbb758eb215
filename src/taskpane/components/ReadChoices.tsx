import { makeStyles, tokens } from "@fluentui/react-components";
import type { DetectedTable, InputIssue, Language } from "../../core";
import { CATALOGS } from "../../locales";
import type { ReadChoice } from "../state/segmentaReducer";
import { ChoiceRadios } from "./ChoiceRadios";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/**
 * The Data step's choices about reading the sheet, shown only when they matter: which of two tables
 * on the sheet to read (after the read refused to guess), and the day order of dates that could be
 * read either way (after the read assumed one).
 */
export function ReadChoices({
  table,
  issues,
  choice,
  lang,
  onChoose,
}: {
  readonly table: DetectedTable | null;
  readonly issues: readonly InputIssue[];
  readonly choice: ReadChoice;
  readonly lang: Language;
  readonly onChoose: (choice: ReadChoice) => void;
}) {
  const styles = useStyles();
  const words = CATALOGS[lang].readNotes;
  const two = issues.find((issue) => issue.code === "twoTables");
  const sheet = two?.sheet ?? table?.sheet ?? null;
  const tables = two ? ([two.first, two.second] as const) : choice.sheet === sheet ? choice.tables : null;
  const assumed = table?.notes.find((note) => note.code === "dateOrderAssumed")?.text;
  const order = choice.dateOrder ?? (assumed === "mdy" || assumed === "dmy" ? assumed : null);
  if (tables === null && order === null) return null;
  return (
    <div className={styles.root}>
      {tables ? (
        <ChoiceRadios
          label={words.choices.table}
          value={choice.range ?? ""}
          choices={tables.map((range) => ({ value: range, text: range }))}
          onChange={(range) => onChoose({ ...choice, sheet, tables, range })}
        />
      ) : null}
      {order ? (
        <ChoiceRadios
          label={words.choices.dateOrder}
          value={order}
          choices={(["dmy", "mdy"] as const).map((value) => ({ value, text: words.dateOrders[value] }))}
          onChange={(dateOrder) => onChoose({ ...choice, dateOrder })}
        />
      ) : null}
    </div>
  );
}
