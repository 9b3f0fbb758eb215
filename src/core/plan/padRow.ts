import type { PlanValue } from "./types";

/**
 * A row filled with blanks up to `width` cells, for blocks of values whose rows differ in length.
 * @example padRow(["Title"], 3) // ["Title", null, null]
 */
export function padRow(row: readonly PlanValue[], width: number): PlanValue[] {
  return [...row, ...new Array<PlanValue>(Math.max(0, width - row.length)).fill(null)];
}

/**
 * Rows filled with blanks up to `width` cells, a rectangle for one values op.
 * @example padRows([["Title"], ["a", 1]], 2) // [["Title", null], ["a", 1]]
 */
export function padRows(rows: readonly (readonly PlanValue[])[], width: number): PlanValue[][] {
  return rows.map((row) => padRow(row, width));
}
