import type { Dataset } from "../dataset";
import type { Locale } from "../locale";
import type { Classification } from "../results";
import type { SciWords } from "../sci/sciWords";
import type { WorkbookSnapshot } from "../snapshot";
import { clientSheetPlan } from "./clientSheetPlan";
import { matrixSheetPlan } from "./matrixSheetPlan";
import { planWords, type ResultExtraColumns } from "./planWords";
import type { PlanResult } from "./types";
import { wideResultsPlan } from "./wideResultsPlan";

/** What a plan is made from: the workbook as read, the data, its classification, the user's language. */
export interface PlanInput {
  readonly workbook: WorkbookSnapshot;
  readonly dataset: Dataset;
  readonly classification: Classification;
  readonly locale: Locale;
  /** The SCI words, used when the clients carry a reliability index. */
  readonly sci?: SciWords;
  /** The complaints and satisfaction columns (§13), when the run has those tables. */
  readonly voice?: ResultExtraColumns;
}

/**
 * Where and how the client results are written: beside a wide table on each client's row, or on
 * Segmenta's client sheet for a long table. Never over a user's cell; in place on a re-run.
 * @example buildResultsPlan({ workbook, dataset, classification, locale: en }) // { ok: true, value: { ops: [...], owned: [Sales!F1:L40] } }
 */
export function buildResultsPlan(input: PlanInput): PlanResult {
  const words = planWords(input.locale, input.classification, input.sci, input.voice);
  return input.dataset.table.shape === "wide"
    ? wideResultsPlan(input.workbook, input.dataset, input.classification, words)
    : clientSheetPlan(input.workbook, input.classification, words);
}

/**
 * The ABC-XYZ matrix sheet (§6) with class counts per status and a Pareto chart of the largest clients.
 * @example buildMatrixPlan({ workbook, dataset, classification, locale: en }).ok // true
 */
export function buildMatrixPlan(input: PlanInput): PlanResult {
  return { ok: true, value: matrixSheetPlan(input.workbook, input.classification, planWords(input.locale, input.classification, input.sci)) };
}
