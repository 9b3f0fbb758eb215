import { rankAbc, type AbcClass } from "../core";
import { ok, type FunctionResult } from "./functionResult";
import { asRange, readAbcThresholds, readAmounts } from "./runner";

/**
 * ABC: the class of every value of a range (§3), spilled in the same shape, with one sort for the
 * whole range (the engine's `rankAbc`). Blanks count as 0 and are C, like any value ≤ 0.
 * @example abc([[50], [30], [10], [5], [5]]) // { ok: true, value: [["A"], ["B"], ["C"], ["C"], ["C"]] }
 */
export function abc(values: unknown, a?: unknown, b?: unknown): FunctionResult<AbcClass[][]> {
  const limits = readAbcThresholds(a, b);
  if (!limits.ok) return limits;
  const amounts = readAmounts(values);
  if (!amounts.ok) return amounts;
  const { cls } = rankAbc(amounts.value, limits.value.low, limits.value.high);
  const rows = asRange(values);
  const out: AbcClass[][] = new Array<AbcClass[]>(rows.length);
  let k = 0;
  for (let r = 0; r < rows.length; r++) {
    const width = rows[r].length;
    const line = new Array<AbcClass>(width);
    for (let c = 0; c < width; c++) line[c] = cls[k++];
    out[r] = line;
  }
  return ok(out);
}
