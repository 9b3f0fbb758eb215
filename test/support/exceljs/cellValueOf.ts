import type ExcelJS from "exceljs";
import type { CellValue } from "../../../src/core";

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 (1900 date system, as ExcelJS converts dates). */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * The Excel serial day of a date ExcelJS handed over, without the time of day.
 * @example serialOfDate(new Date(Date.UTC(2024, 0, 15, 13))) // 45306
 */
export function serialOfDate(date: Date): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  // Dates read from a file carry rounding noise of a few milliseconds around midnight.
  return Math.floor(serial + 1e-6);
}

/** The JS date (UTC midnight) that ExcelJS writes as the given serial day. */
export function dateOfSerial(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

/**
 * A cell as Excel hands it to an add-in: dates become serials, rich text and hyperlinks become
 * their text, formulas their cached result, error values `{ error }`.
 * @example cellValueOf({ formula: "A1*2", result: 4 }) // 4
 */
export function cellValueOf(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialOfDate(value);
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return cellValueOf(result);
  }
  if ("hyperlink" in value) return cellValueOf((value as { text?: ExcelJS.CellValue }).text ?? value.hyperlink);
  if ("text" in value) return String((value as { text: unknown }).text);
  return null;
}
