import { voiceStartPlan, voiceWords, type Language, type VoicePicks, type WorkbookSnapshot } from "../../core";
import type { WorkbookHost, WriteBlock } from "../host/WorkbookHost";

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
 * @example missingVoiceSheets({ ...wb, sheetNames: ["Sales"] }, "en") // ["Complaints", "Survey"]
 */
export function missingVoiceSheets(snapshot: WorkbookSnapshot, lang: Language, picks: VoicePicks = {}): string[] {
  const plan = voiceStartPlan(snapshot, voiceWords(lang), picks);
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
  const snapshot = await host.read(() => undefined);
  const plan = voiceStartPlan(snapshot, voiceWords(lang), picks);
  if (plan === null) return { added: [], blocks: [] };
  const blocks = await host.write(plan, () => undefined, new AbortController().signal);
  return { added: blocks.length > 0 ? [] : missingVoiceSheets(snapshot, lang, picks), blocks };
}
