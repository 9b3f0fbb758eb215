import { isCellError, type CellValue } from "../cells";
import type { InputIssue } from "../dataset";
import { cellContent } from "./cellContent";
import { parseAmount, SIMPLE_NUMBER } from "./parseAmount";
import { parseDate } from "./parseDate";
import { parsePeriodHeader } from "./parsePeriodHeader";
import { serialFromYmd } from "./serialDay";
import { isBlankCell } from "./sheetView";

/** Writes a grid cell's address for an issue. */
export type GridLabel = (row: number, col: number) => string;

/** Reads one kind of cell, reporting what it cannot read; NaN means "reported, not usable". */
export type CellReader = (value: CellValue | undefined, row: number, col: number) => number;

/**
 * An amount reader: numbers as they are, blank as 0, text through {@link parseAmount} (each distinct
 * text parsed once). Anything else is reported (`errorValue`, `notAnAmount`) and read as NaN.
 * @example amountReader(false, issues, label)("1 234,50", 4, 2) // 1234.5
 */
export function amountReader(decimalComma: boolean, issues: InputIssue[], label: GridLabel): CellReader {
  const cache = new Map<string, number | null>();
  const options = { decimalComma };
  return (value, row, col) => {
    if (typeof value === "number") return isReadableAmount(value) ? value : tooLarge(issues, value, label(row, col));
    if (isBlankCell(value)) return 0;
    if (typeof value === "string") {
      // Plain decimal text (`29.33`, `-120`) is read without the cache.
      if (!decimalComma && SIMPLE_NUMBER.test(value)) {
        const n = Number(value);
        return isReadableAmount(n) ? n : tooLarge(issues, value, label(row, col));
      }
      let n = cache.get(value);
      if (n === undefined) {
        n = parseAmount(value, options);
        cache.set(value, n);
      }
      if (n !== null) return isReadableAmount(n) ? n : tooLarge(issues, value, label(row, col));
    }
    return report(issues, value, label(row, col), "notAnAmount");
  };
}

/** The largest amount read: Excel keeps 15 significant digits, and sums of larger ones lose cents or overflow. */
export const MAX_AMOUNT = 1e15;

/**
 * True for a finite amount within ±{@link MAX_AMOUNT}: anything else (1e308, a 400-digit number) is
 * an input error, never a total of ∞ or NaN.
 */
export function isReadableAmount(value: number): boolean {
  return value <= MAX_AMOUNT && value >= -MAX_AMOUNT;
}

function tooLarge(issues: InputIssue[], value: CellValue | undefined, cell: string): number {
  issues.push({ code: "amountOutOfRange", cell, content: cellContent(value) });
  return Number.NaN;
}

/** The last day a date may have: the end of next year (a later date is a typo, such as 9999 for 2024). */
export function latestReadableDate(today: Date = new Date()): { readonly serial: number; readonly year: number } {
  const year = today.getUTCFullYear() + 1;
  return { serial: serialFromYmd(year, 12, 31) ?? Number.POSITIVE_INFINITY, year };
}

/**
 * A date reader: serials and `YYYYMMDD` numbers, text dates in the column's day order, and text
 * periods (`2024-01`, `янв.24`, `Q1 2024`) as their first day (each distinct text parsed once).
 * Blank and unreadable cells are reported (`notADate`, `errorValue`) as NaN.
 * @example dateReader("dmy", issues, label, () => false)("15.01.2024", 4, 0) // 45306
 */
export function dateReader(
  order: "dmy" | "mdy",
  issues: InputIssue[],
  label: GridLabel,
  dateFormatted: (row: number, col: number) => boolean,
): CellReader {
  const cache = new Map<string, number | null>();
  const numbers = new Map<number, number | null>();
  const options = { order };
  const latest = latestReadableDate();
  const inRange = (serial: number, value: CellValue, row: number, col: number): number => {
    if (serial >= 1 && serial <= latest.serial) return serial;
    issues.push({ code: "dateOutOfRange", cell: label(row, col), content: cellContent(value), last: String(latest.year) });
    return Number.NaN;
  };
  return (value, row, col) => {
    if (typeof value === "number") {
      let serial = numbers.get(value);
      if (serial === undefined) {
        serial = parseDate(value, { dateFormatted: dateFormatted(row, col) });
        // A plain serial outside 1950-2100 may still be a date in a date-formatted cell: do not cache a miss.
        if (serial !== null) numbers.set(value, serial);
      }
      if (serial !== null) return inRange(serial, value, row, col);
    } else if (typeof value === "string") {
      let serial = cache.get(value);
      if (serial === undefined) {
        serial = parseDate(value, options) ?? parsePeriodHeader(value)?.start ?? null;
        cache.set(value, serial);
      }
      if (serial !== null) return inRange(serial, value, row, col);
    }
    return report(issues, value, label(row, col), "notADate");
  };
}

/** Excel error values as text, the way a CSV export writes them. */
const ERROR_TEXT = /^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

function report(issues: InputIssue[], value: CellValue | undefined, cell: string, code: "notAnAmount" | "notADate"): number {
  const content = cellContent(value);
  if ((value !== null && value !== undefined && isCellError(value)) || ERROR_TEXT.test(content)) issues.push(errorIssue(value, cell));
  else issues.push({ code, cell, content });
  return Number.NaN;
}

/**
 * The issue of an error cell: a formula a file holds without its result is named as such, with the
 * advice to let Excel calculate it; any other error value as the error it is.
 */
export function errorIssue(value: CellValue | undefined, cell: string): InputIssue {
  if (value !== null && value !== undefined && isCellError(value) && value.formula !== undefined) {
    const formula = value.formula.startsWith("=") ? value.formula : `=${value.formula}`;
    return { code: "noStoredResult", cell, content: formula };
  }
  return { code: "errorValue", cell, content: cellContent(value) };
}

/**
 * A text attribute (segment, manager, product, client name): trimmed text, numbers as written,
 * null for blank. Error values are reported and read as null.
 * @example textOf("  North ", issues, label, 4, 2) // "North"
 */
export function textOf(
  value: CellValue | undefined,
  issues: InputIssue[],
  label: GridLabel,
  row: number,
  col: number,
): string | null {
  if (isBlankCell(value)) return null;
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return cellContent(value);
  issues.push(errorIssue(value, label(row, col)));
  return null;
}
