import { isBlank, isCellError, type CellValue } from "../cells";
import { round9 } from "../classify/round9";
import { cellContent } from "../read/cellContent";

/** One cell of an SCI column as read: a number, and whether it carried its own % sign. */
export interface SciCell {
  readonly value: number;
  readonly percent: boolean;
}

/** An SCI cell that is not an index: a word, an error value, a negative number or a percent above 100. */
export interface SciCellProblem {
  readonly content: string;
}

/** An index typed as text: digits with a dot or a comma for decimals, then an optional % sign. */
const SCI_TEXT = /^(\d+(?:[.,]\d+)?)\s*(%?)$/;

/**
 * Reads one SCI cell: a number as it is, a percent-formatted number as the percent Excel shows, text
 * with a `%` sign as a percent, other text as a number (decimal comma or dot). Null for a blank.
 * @example sciCell("85 %", "General") // { value: 85, percent: true }; sciCell(0.85, "0%") // { value: 85, percent: true }
 */
export function sciCell(
  value: CellValue | undefined,
  format: string | undefined,
): SciCell | SciCellProblem | null {
  if (isBlank(value)) return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) return { content: cellContent(value) };
    return format !== undefined && format.includes("%")
      ? { value: value * 100, percent: true }
      : { value, percent: false };
  }
  if (typeof value !== "string" || isCellError(value)) return { content: cellContent(value) };
  const match = SCI_TEXT.exec(value.replace(/[\s\u00a0\u202f]+/g, " ").trim());
  if (match === null) return { content: value };
  const number = Number(match[1].replace(",", "."));
  const percent = match[2] === "%";
  return percent && number > 100 ? { content: value } : { value: number, percent };
}

/**
 * The fractions of a column's cells by §11: a value with a % sign is a percent; the other values
 * are fractions when all are at most 1, percents otherwise. Returns the index of the first cell that
 * cannot be an index (a percent above 100) when there is one.
 * @example sciFractions([{ value: 85, percent: true }, { value: 0.9, percent: false }]) // { fractions: [0.85, 0.9] }
 */
export function sciFractions(cells: readonly SciCell[]): { fractions: number[]; bad: number | null } {
  const percents = cells.some((c) => !c.percent && c.value > 1);
  const fractions: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    const asPercent = c.percent || percents;
    if (asPercent && c.value > 100) return { fractions, bad: i };
    fractions.push(asPercent ? round9(c.value / 100) : c.value);
  }
  return { fractions, bad: null };
}
