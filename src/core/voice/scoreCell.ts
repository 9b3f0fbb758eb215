import { isBlank, type CellValue } from "../cells";
import type { ScoreBand } from "./types";

/** The lowest and highest score of the method's 5-point scale. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/**
 * One question cell (METHODOLOGY §13): a whole score 1–5 (a number, or text holding one), null for
 * blank (the question was not asked), "bad" for anything else (a word, 4.5, 0, 6, an error value).
 * @example scoreCell(4) // 4; scoreCell(" 3 ") // 3; scoreCell("") // null; scoreCell(4.5) // "bad"
 */
export function scoreCell(value: CellValue | undefined): number | null | "bad" {
  if (isBlank(value)) return null;
  const n =
    typeof value === "number"
      ? value
      : typeof value === "string" && /^\s*\d+(?:[.,]0+)?\s*$/.test(value)
        ? Number(value.trim().replace(",", "."))
        : Number.NaN;
  return Number.isInteger(n) && n >= SCORE_MIN && n <= SCORE_MAX ? n : "bad";
}

/**
 * The band of a questionnaire's score (its lowest answered one): discontent ≤ 2, hidden discontent 3,
 * satisfied ≥ 4.
 * @example scoreBand(2) // "discontent"; scoreBand(3) // "hidden"; scoreBand(5) // "satisfied"
 */
export function scoreBand(score: number): ScoreBand {
  return score <= 2 ? "discontent" : score === 3 ? "hidden" : "satisfied";
}
