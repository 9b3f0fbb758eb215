import type { PlanValue } from "../plan/types";

/**
 * A row filled with blanks up to `width` cells, for blocks of values whose rows differ in length.
 * @example padRow(["Title"], 3) // ["Title", null, null]
 */
export function padRow(row: readonly PlanValue[], width: number): PlanValue[] {
  return [...row, ...new Array<PlanValue>(Math.max(0, width - row.length)).fill(null)];
}
