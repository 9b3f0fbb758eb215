import type { RangeRef } from "../cells";
import type { SheetSnapshot } from "../snapshot";

/**
 * The part of a sheet inside a range (sheet coordinates): the rows and columns outside it are not
 * seen, so a table is looked for in the range only.
 * @example cropSheet(sheet, { sheet: "Sales", row: 20, col: 0, rows: 30, cols: 6 }).top // 20
 */
export function cropSheet(sheet: SheetSnapshot, range: RangeRef): SheetSnapshot {
  const top = Math.max(range.row, sheet.top);
  const left = Math.max(range.col, sheet.left);
  const bottom = range.row + range.rows;
  const right = range.col + range.cols;
  const rowFrom = top - sheet.top;
  const rowTo = Math.max(rowFrom, Math.min(sheet.values.length, bottom - sheet.top));
  const colFrom = left - sheet.left;
  const colTo = Math.max(colFrom, right - sheet.left);
  const values = sheet.values.slice(rowFrom, rowTo).map((row) => row.slice(colFrom, colTo));
  const formats = sheet.formats?.slice(rowFrom, rowTo).map((row) => row.slice(colFrom, colTo));
  return { name: sheet.name, top, left, values, ...(formats ? { formats } : {}) };
}
