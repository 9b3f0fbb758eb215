import { Field } from "@fluentui/react-components";
import { voiceSheetName, type VoicePicks, type VoiceTable, type WorkbookSnapshot } from "../../core";
import { CATALOGS } from "../../locales";
import { usePaneLanguage } from "../i18n/usePaneLanguage";
import { OptionDropdown } from "./OptionDropdown";

/** The choice that means "the sheet named as in §13": no sheet name can be empty. */
const BY_NAME = "";

export interface VoiceSheetPicksProps {
  readonly snapshot: WorkbookSnapshot;
  readonly picks: VoicePicks;
  readonly onChange: (picks: VoicePicks) => void;
}

/**
 * Which sheet holds the complaints and which the surveys: by default the one named as §13 names it
 * (shown as such), or any other sheet of the workbook but the sales table.
 */
export function VoiceSheetPicks({ snapshot, picks, onChange }: VoiceSheetPicksProps) {
  const words = CATALOGS[usePaneLanguage()].voice.pane;
  const sheets = snapshot.sheetNames.filter((s) => s !== snapshot.active.name);
  const field = (table: VoiceTable, label: string) => {
    const named = voiceSheetName(snapshot.sheetNames, snapshot.owned, table);
    const auto = named === null ? words.noSheet : `${named} ${words.byName}`;
    return (
      <Field label={label} size="small">
        <OptionDropdown
          size="small"
          aria-label={label}
          value={picks[table] ?? BY_NAME}
          choices={[{ value: BY_NAME, text: auto }, ...sheets.map((s) => ({ value: s, text: s }))]}
          onChange={(value) => onChange({ ...picks, [table]: value === BY_NAME ? null : value })}
        />
      </Field>
    );
  };
  return (
    <>
      {field("complaints", words.complaintsSheet)}
      {field("survey", words.surveySheet)}
    </>
  );
}
