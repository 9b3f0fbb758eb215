import type { CellValue } from "../cells";
import type { SheetSnapshot } from "../snapshot";

/**
 * The value of a zero-based sheet cell in a snapshot (null outside the read range).
 * @example sheetCell({ name: "S", top: 1, left: 0, values: [["x"]] }, 1, 0) // "x"
 */
export function sheetCell(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.top];
  if (!r) return null;
  const v = r[col - sheet.left];
  return v === undefined ? null : v;
}

/**
 * A cell as trimmed text (`trim` removes every Unicode space, no-break spaces included) ("" for blanks and error values).
 * @example cellText(" Tea\u00a0") // "Tea"
 */
export function cellText(value: CellValue): string {
  if (value === null || typeof value === "object") return "";
  return typeof value === "string" ? value.trim() : String(value);
}
