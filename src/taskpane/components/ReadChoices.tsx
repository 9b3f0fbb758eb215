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
 * on the sheet to read (after the read refused to guess), the day order of dates that could be
 * read either way (after the read assumed one), and the encoding of a CSV file that two encodings
 * explain as well (after the read took the one of the pane's language; standalone page).
 */
export function ReadChoices({
  table,
  issues,
  choice,
  lang,
  onChoose,
  canReadAs = false,
}: {
  readonly table: DetectedTable | null;
  readonly issues: readonly InputIssue[];
  readonly choice: ReadChoice;
  readonly lang: Language;
  readonly onChoose: (choice: ReadChoice) => void;
  /** The file can be read again in another encoding (a CSV on the standalone page). */
  readonly canReadAs?: boolean;
}) {
  const styles = useStyles();
  const words = CATALOGS[lang].readNotes;
  const two = issues.find((issue) => issue.code === "twoTables");
  const sheet = two?.sheet ?? table?.sheet ?? null;
  const tables = two ? ([two.first, two.second] as const) : choice.sheet === sheet ? choice.tables : null;
  const assumed = table?.notes.find((note) => note.code === "dateOrderAssumed")?.text;
  const order = choice.dateOrder ?? (assumed === "mdy" || assumed === "dmy" ? assumed : null);
  const tie = table?.notes.find((note) => note.code === "encodingUsed" && (note.others?.length ?? 0) > 0);
  const encodings = canReadAs ? (choice.encodings ?? (tie?.text ? [tie.text, ...(tie.others ?? [])] : null)) : null;
  if (tables === null && order === null && encodings === null) return null;
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
      {encodings ? (
        <ChoiceRadios
          label={words.choices.encoding}
          value={choice.encoding ?? encodings[0]}
          choices={encodings.map((value) => ({ value, text: value }))}
          onChange={(encoding) => onChoose({ ...choice, encodings, encoding })}
        />
      ) : null}
    </div>
  );
}
