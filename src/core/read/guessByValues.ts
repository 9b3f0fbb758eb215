import { isCellError } from "../cells";
import { isDateFormat } from "./isDateFormat";
import { parseAmount } from "./parseAmount";
import { parseDate } from "./parseDate";
import { isBlankCell, type SheetView } from "./sheetView";

/** How many data rows a column's values are judged by. */
const SAMPLE_ROWS = 50;

/** What the first data rows of a column hold, for columns whose header names no role. */
export type ValueKind = "date" | "text" | "number" | "mixed" | "empty";

/**
 * Judges a column by its first non-blank data cells: "date" when all read as dates (numbers only
 * with a date format or as 8-digit `YYYYMMDD`), "text" when all are text that is neither an amount
 * nor a date, "number" when all are amounts.
 * @example valueKind(view, 2, 4, 900) // "date"
 */
export function valueKind(view: SheetView, col: number, firstRow: number, lastRow: number): ValueKind {
  let dates = 0;
  let texts = 0;
  let numbers = 0;
  let seen = 0;
  const end = Math.min(lastRow, firstRow + SAMPLE_ROWS - 1);
  for (let r = firstRow; r <= end; r++) {
    const v = view.value(r, col);
    if (isBlankCell(v) || isCellError(v)) continue;
    seen++;
    if (typeof v === "number") {
      const dated = isDateFormat(view.format(r, col)) || (Number.isInteger(v) && v >= 10_000_101 && v <= 99_991_231);
      if (dated && parseDate(v, { dateFormatted: true }) !== null) dates++;
      else numbers++;
    } else if (typeof v === "string") {
      if (parseDate(v) !== null) dates++;
      else if (parseAmount(v) !== null) numbers++;
      else texts++;
    }
  }
  if (seen === 0) return "empty";
  if (dates === seen) return "date";
  if (texts === seen) return "text";
  if (numbers === seen) return "number";
  return "mixed";
}
