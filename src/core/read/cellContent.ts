import { isCellError, type CellValue } from "../cells";

/**
 * A cell's content as an issue shows it: text as typed, numbers as JavaScript writes them,
 * error values as their code (`#DIV/0!`), blanks as "".
 * @example cellContent({ error: "#N/A" }) // "#N/A"
 */
export function cellContent(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return isCellError(value) ? value.error : "";
}
