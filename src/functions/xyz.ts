import { variationFromFirstPositive, xyzClassOf, type XyzClass } from "../core";
import { ok, type FunctionResult } from "./functionResult";
import { readRows, readXyzThresholds } from "./runner";

/**
 * XYZ: one class per row of a client × period range (oldest period first), spilled as a column:
 * XYZCLASS of each row. A row with no positive amount, or whose average from its first purchase
 * is not positive, gets "" (no class). Unlike CLASSIFY it knows no activity window, so a new
 * client is classified on its few periods.
 * @example xyz([[100, 100], [100, 0]]) // { ok: true, value: [["X"], ["Z"]] }
 */
export function xyz(table: unknown, x?: unknown, y?: unknown): FunctionResult<(XyzClass | "")[][]> {
  const limits = readXyzThresholds(x, y);
  if (!limits.ok) return limits;
  const rows = readRows(table);
  if (!rows.ok) return rows;
  return ok(
    rows.value.map((row) => {
      const v = variationFromFirstPositive(row, "population");
      return [v.ok ? xyzClassOf(v.cv, limits.value.low, limits.value.high) : ""];
    }),
  );
}
