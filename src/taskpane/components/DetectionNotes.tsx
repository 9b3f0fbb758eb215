import { makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { describeReadNote, isReadNote, type DetectedTable, type Language } from "../../core";
import { CATALOGS } from "../../locales";
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

/**
 * The deliberate choices Segmenta made reading the table (a date over another, a totals row
 * skipped), and what it assumed or skipped (subtotals, blank periods at the end, the day order).
 */
export function DetectionNotes({ table, lang }: { readonly table: DetectedTable; readonly lang: Language }) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (table.notes.length === 0) return null;
  const readWords = CATALOGS[lang].readNotes;
  return (
    <ul className={styles.list} aria-label={t("detect.notes.label")}>
      {table.notes.map((note, i) => (
        <li key={i}>
          {isReadNote(note)
            ? describeReadNote(note, readWords)
            : t(`detect.note.${note.code}`, { ...noteValues(note, table) })}
        </li>
      ))}
    </ul>
  );
}
