import { makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { DetectedTable } from "../../core";
import { noteValues } from "../state/noteValues";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

/** The deliberate choices Segmenta made reading the table (a date over another, a totals row skipped). */
export function DetectionNotes({ table }: { readonly table: DetectedTable }) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (table.notes.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={t("detect.notes.label")}>
      {table.notes.map((note, i) => (
        <li key={i}>{t(`detect.note.${note.code}`, { ...noteValues(note, table) })}</li>
      ))}
    </ul>
  );
}
