import type { Grid } from "../cells";
import { isBlankCell } from "./sheetView";

/**
 * A wide table's period columns at its end that are blank in every row (a yearly template's future
 * months), latest last; none when every period column is blank. Period T is then the last column
 * that holds a value.
 * @example emptyTrailingPeriods(values, rows, periods) // [7, 8, 9] for Jul–Sep left blank
 */
export function emptyTrailingPeriods(
  values: Grid,
  rows: { readonly firstRow: number; readonly lastRow: number; readonly skipRows: readonly number[] },
  periods: readonly { readonly col: number; readonly period: { readonly start: number } }[],
): number[] {
  const skip = new Set(rows.skipRows);
  const byStart = [...periods].sort((a, b) => b.period.start - a.period.start);
  const empty: number[] = [];
  for (const p of byStart) {
    let blank = true;
    for (let r = rows.firstRow; r <= rows.lastRow && blank; r++) if (!skip.has(r) && !isBlankCell(values[r]?.[p.col])) blank = false;
    if (!blank) break;
    empty.push(p.col);
  }
  return empty.length === periods.length ? [] : empty.reverse();
}
