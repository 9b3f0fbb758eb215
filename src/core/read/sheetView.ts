import type { CellValue, RangeRef } from "../cells";
import type { SheetSnapshot } from "../snapshot";

/** A sheet's values seen through grid indexes, with Segmenta's own cells read as blank. */
export interface SheetView {
  readonly rows: number;
  readonly cols: number;
  /** The value at a grid row and column (null for blank, missing and owned cells). */
  value(row: number, col: number): CellValue;
  /** The number format of a grid cell when the snapshot has it. */
  format(row: number, col: number): string | undefined;
}

/**
 * Wraps a snapshot so that table finding never sees the cells Segmenta wrote earlier.
 * @example sheetView(sheet, owned).value(0, 0)
 */
export function sheetView(sheet: SheetSnapshot, owned: readonly RangeRef[] = []): SheetView {
  const values = sheet.values;
  const rects = owned
    .filter((r) => r.sheet === sheet.name)
    .map((r) => ({ row: r.row - sheet.top, col: r.col - sheet.left, rows: r.rows, cols: r.cols }));
  let cols = 0;
  for (const row of values) if (row.length > cols) cols = row.length;
  const ownedCell = (row: number, col: number): boolean =>
    rects.some((r) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols);
  return {
    rows: values.length,
    cols,
    value(row, col) {
      const v = values[row]?.[col];
      if (v === undefined || v === null) return null;
      return rects.length > 0 && ownedCell(row, col) ? null : v;
    },
    format(row, col) {
      return sheet.formats?.[row]?.[col];
    },
  };
}

/** True when every cell of a grid row between two columns (inclusive) is blank. */
export function rowIsBlank(view: SheetView, row: number, firstCol: number, lastCol: number): boolean {
  for (let c = firstCol; c <= lastCol; c++) if (!isBlankCell(view.value(row, c))) return false;
  return true;
}

/**
 * `isBlank` without a regular expression for the usual text that starts with a letter or digit
 * (this runs once per row of a million-row table).
 */
export function isBlankCell(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  const first = value.charCodeAt(0);
  if (first > 32 && first < 0x2000 && first !== 0xa0 && first !== 0x1680) return false;
  return value.trim() === "";
}
