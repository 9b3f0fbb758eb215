import type { InputIssue } from "../dataset";
import type { VoiceSources } from "./readVoice";
import { readVoice } from "./readVoice";
import type { VoiceFigures, VoiceIssue, VoiceRecords } from "./types";
import type { Dataset } from "../dataset";

/** The voice step of a run: its figures, or the cells it refused (then nothing is written). */
export type VoiceAnalysis =
  | { readonly ok: true; readonly figures: VoiceFigures }
  | { readonly ok: false; readonly issues: readonly (InputIssue | VoiceIssue)[] };

/**
 * Reads the voice tables of a run when it has any: null without them, the records to compute the
 * figures from, or the issues that stop the run.
 */
export function analyseVoice(
  sources: VoiceSources | undefined,
  dataset: Dataset,
): { readonly ok: true; readonly records: VoiceRecords } | { readonly ok: false; readonly issues: readonly (InputIssue | VoiceIssue)[] } | null {
  if (!sources || (sources.complaints === null && sources.survey === null)) return null;
  const read = readVoice(sources, dataset.clients);
  return read.ok ? { ok: true, records: read.value } : read;
}
