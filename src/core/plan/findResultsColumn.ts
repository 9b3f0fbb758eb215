import type { CellValue, RangeRef } from "../cells";
import { isBlank, rangeContains } from "../cells";
import type { SheetSnapshot } from "../snapshot";
import { SHEET_MAX_COLS } from "./types";

export interface ResultsPlace {
  /** The table's rectangle: results start at least one blank column right of it. */
  readonly table: RangeRef;
  /** Sheet rows the results fill (header row to the last client row). */
  readonly firstRow: number;
  readonly lastRow: number;
  /** How many columns the results take. */
  readonly width: number;
  /** Where Segmenta wrote results before (its cells count as free), or null. */
  readonly previous: RangeRef | null;
}

/**
 * The first sheet column of the result block: the previous block's column while it is still right
 * of the table with its blank column and free, else the first block right of the table whose rows
 * `firstRow..lastRow` hold only blank cells or Segmenta's previous results. Null when no block fits.
 * @example findResultsColumn(sheetWithTableInAtoC, { table, firstRow: 0, lastRow: 9, width: 7, previous: null }) // 4 (column E)
 */
export function findResultsColumn(sheet: SheetSnapshot, place: ResultsPlace): number | null {
  const start = place.table.col + place.table.cols + 1;
  const free = (row: number, col: number): boolean =>
    isBlank(cellOf(sheet, row, col)) || (place.previous !== null && rangeContains(place.previous, row, col));
  const columnFree = (col: number): boolean => {
    for (let row = place.firstRow; row <= place.lastRow; row++) if (!free(row, col)) return false;
    return true;
  };
  const prev = place.previous;
  if (prev && prev.sheet === sheet.name && prev.col >= start && prev.col + place.width <= SHEET_MAX_COLS) {
    let all = true;
    for (let c = prev.col; c < prev.col + place.width && all; c++) all = columnFree(c);
    if (all) return prev.col;
  }
  const usedEnd = sheet.left + sheet.values.reduce((m, r) => Math.max(m, r.length), 0);
  let run = 0;
  for (let col = start; col + place.width - run <= SHEET_MAX_COLS; col++) {
    if (col >= usedEnd) return col - run;
    run = columnFree(col) ? run + 1 : 0;
    if (run === place.width) return col - run + 1;
  }
  return null;
}

/** The snapshot's value at a sheet cell (blank outside the used range). */
export function cellOf(sheet: SheetSnapshot, row: number, col: number): CellValue | undefined {
  return sheet.values[row - sheet.top]?.[col - sheet.left];
}
