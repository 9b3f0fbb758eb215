import type { WorkbookSnapshot } from "../snapshot";
import type { VoiceSources } from "./readVoice";
import { voiceSheetName, type VoiceTable } from "./voiceHeaders";

/** Sheets the user picked for a table (a name, any case); absent: the sheet named as in §13, if any. */
export type VoicePicks = Partial<Record<VoiceTable, string | null>>;

/**
 * The complaints and survey sheets of a workbook, from the sheets it read besides the table
 * (`workbook.others`): the picked ones, else those named as §13 names them; null where there is none.
 * @example voiceSourcesOf({ ...wb, sheetNames: ["Sales", "Жалобы"], others: { Жалобы: sheet } }).complaints?.sheet.name // "Жалобы"
 */
export function voiceSourcesOf(workbook: WorkbookSnapshot, picks: VoicePicks = {}): VoiceSources {
  const sheetOf = (table: VoiceTable) => {
    const picked = picks[table];
    const name = picked === undefined || picked === null ? voiceSheetName(workbook.sheetNames, workbook.owned, table) : picked;
    if (name === null) return null;
    const sheet = Object.values(workbook.others ?? {}).find((s) => s.name.toLowerCase() === name.toLowerCase());
    return sheet ? { sheet } : null;
  };
  return { complaints: sheetOf("complaints"), survey: sheetOf("survey") };
}

/**
 * The sheets a reader should read besides the table for the voice tables: the picked ones and those
 * named as in §13.
 * @example voiceSheetsToRead(["Sales", "Survey"], []) // ["Survey"]
 */
export function voiceSheetsToRead(
  sheetNames: readonly string[],
  owned: WorkbookSnapshot["owned"],
  picks: VoicePicks = {},
): string[] {
  const tables: VoiceTable[] = ["complaints", "survey"];
  return tables
    .map((t) => picks[t] ?? voiceSheetName(sheetNames, owned, t))
    .filter((s): s is string => s !== null && s !== undefined);
}
