import {
  voiceStartPlan,
  voiceWords,
  type Language,
  type VoicePicks,
  type WorkbookSnapshot,
} from "../../core";
import type { WorkbookHost, WorkbookOutline, WriteBlock } from "../host/WorkbookHost";

/**
 * The workbook read as names only (its sheets and Segmenta's names, no cells: those stay with the
 * engine), for what looks at sheet names alone (`voiceStartPlan`, `voiceSheetName`).
 */
export function namesOnly(outline: WorkbookOutline): WorkbookSnapshot {
  return {
    active: { name: outline.sheet, top: 0, left: 0, values: [] },
    sheetNames: outline.sheetNames,
    owned: outline.owned,
  };
}

/**
 * The sheets a read must bring besides the table: those the user picked for complaints and surveys.
 * @example pickedSheets({ voicePicks: { survey: "Опрос 2024" } }) // ["Опрос 2024"]
 */
export function pickedSheets(state: { readonly voicePicks: VoicePicks }): string[] {
  return Object.values(state.voicePicks).filter((s): s is string => typeof s === "string");
}

/**
 * The Complaints and Survey sheets a workbook lacks (neither named as in §13 nor picked), by the
 * names they would be added under.
 * @example missingVoiceSheets({ sheet: "Sales", sheetNames: ["Sales"], owned: [] }, "en") // ["Complaints", "Survey"]
 */
export function missingVoiceSheets(
  outline: WorkbookOutline,
  lang: Language,
  picks: VoicePicks = {},
): string[] {
  const plan = voiceStartPlan(namesOnly(outline), voiceWords(lang), picks);
  return plan === null ? [] : plan.ops.flatMap((op) => (op.kind === "sheet" ? [op.sheet] : []));
}

/**
 * Adds the empty Complaints and Survey sheets the workbook lacks (§13, headers in `lang`), read and
 * written in one go like any plan: the sheets added, or why nothing was written.
 */
export async function addVoiceSheets(
  host: WorkbookHost,
  lang: Language,
  picks: VoicePicks = {},
): Promise<{ readonly added: readonly string[]; readonly blocks: readonly WriteBlock[] }> {
  const outline = await host.read(() => undefined);
  const plan = voiceStartPlan(namesOnly(outline), voiceWords(lang), picks);
  if (plan === null) return { added: [], blocks: [] };
  const blocks = await host.write(plan, () => undefined, new AbortController().signal);
  return { added: blocks.length > 0 ? [] : missingVoiceSheets(outline, lang, picks), blocks };
}
