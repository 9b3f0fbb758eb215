import { voiceStartPlan, voiceWords, type Language, type WorkbookSnapshot } from "../../core";
import type { WorkbookHost, WriteBlock } from "../host/WorkbookHost";

/**
 * The Complaints and Survey sheets a workbook lacks, by the names they would be added under.
 * @example missingVoiceSheets({ ...wb, sheetNames: ["Sales"] }, "en") // ["Complaints", "Survey"]
 */
export function missingVoiceSheets(snapshot: WorkbookSnapshot, lang: Language): string[] {
  const plan = voiceStartPlan(snapshot, voiceWords(lang));
  return plan === null ? [] : plan.ops.flatMap((op) => (op.kind === "sheet" ? [op.sheet] : []));
}

/**
 * Adds the empty Complaints and Survey sheets the workbook lacks (§13, headers in `lang`), read and
 * written in one go like any plan: the sheets added, or why nothing was written.
 */
export async function addVoiceSheets(
  host: WorkbookHost,
  lang: Language,
): Promise<{ readonly added: readonly string[]; readonly blocks: readonly WriteBlock[] }> {
  const snapshot = await host.read(() => undefined);
  const plan = voiceStartPlan(snapshot, voiceWords(lang));
  if (plan === null) return { added: [], blocks: [] };
  const blocks = await host.write(plan, () => undefined, new AbortController().signal);
  return { added: blocks.length > 0 ? [] : missingVoiceSheets(snapshot, lang), blocks };
}
