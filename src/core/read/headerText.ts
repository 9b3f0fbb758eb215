import { isCellError, type CellValue } from "../cells";
import { isDateFormat } from "./isDateFormat";
import { parseDate } from "./parseDate";
import { isoDate } from "../periods";

/**
 * A header cell as the user reads it: text trimmed, dates (date-formatted numbers) as ISO days,
 * other numbers as written, blanks and errors as "".
 * @example headerText(45292, "mmm yyyy") // "2024-01-01"
 */
export function headerText(value: CellValue, format?: string): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") {
    if (isDateFormat(format)) {
      const serial = parseDate(value, { dateFormatted: true });
      if (serial !== null) return isoDate(serial);
    }
    return String(value);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value !== null && isCellError(value) ? value.error : "";
}
