import type { Sales } from "../dataset";
import { periodOf } from "../periods";
import type { PeriodId } from "../results";
import type { Granularity } from "../settings";

/** Day ranges up to this long get a day → period lookup table; longer ones compute each day. */
const MAX_LOOKUP_DAYS = 1 << 20;

/**
 * For each sale, its period's column in a table that starts at `first` and has `periods` columns,
 * or -1 when the sale falls outside (after T, before the history kept).
 * @example periodColumns(sales, "month", 2024 * 12, 12)[0] // 0 for a sale in January 2024
 */
export function periodColumns(
  sales: Sales,
  granularity: Granularity,
  first: PeriodId,
  periods: number,
): Int32Array {
  const { count, day } = sales;
  const out = new Int32Array(count);
  if (count === 0) return out;
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < count; i++) {
    if (day[i] < minDay) minDay = day[i];
    if (day[i] > maxDay) maxDay = day[i];
  }
  const column = (d: number) => {
    const k = periodOf(d, granularity) - first;
    return k >= 0 && k < periods ? k : -1;
  };
  const lo = Math.floor(minDay);
  const span = Math.floor(maxDay) - lo + 1;
  if (count > span && span <= MAX_LOOKUP_DAYS) {
    const lookup = new Int32Array(span);
    for (let d = 0; d < span; d++) lookup[d] = column(lo + d);
    for (let i = 0; i < count; i++) out[i] = lookup[Math.floor(day[i]) - lo];
  } else {
    for (let i = 0; i < count; i++) out[i] = column(day[i]);
  }
  return out;
}

/**
 * Sums `values` (one per sale) into a client × period table, row-major: client `c`'s period `k`
 * is at `c * periods + k`. Sales outside the table (column -1) are left out.
 * @example bucketSales(sales, sales.amount, columns, clients, 12)[0] // client 0's first month
 */
export function bucketSales(
  sales: Sales,
  values: ArrayLike<number>,
  columns: Int32Array,
  clients: number,
  periods: number,
): Float64Array {
  const table = new Float64Array(clients * periods);
  const client = sales.client;
  for (let i = 0; i < sales.count; i++) {
    const k = columns[i];
    if (k >= 0) table[client[i] * periods + k] += values[i];
  }
  return table;
}

/**
 * Each client's sum over columns `from` to the last, added in period order. With `before`, also
 * each client's sum over columns `from` to `cut` − 1 into it: the same additions stopped earlier,
 * so it is exactly the sum a run ending before `cut` would find.
 * @example sumWindow(new Float64Array([1, 2, 3, 4]), 2, 2, 1) // Float64Array [2, 4]
 */
export function sumWindow(
  amounts: Float64Array,
  clients: number,
  periods: number,
  from: number,
  before?: { readonly cut: number; readonly sums: Float64Array },
): Float64Array {
  const out = new Float64Array(clients);
  const start = Math.max(from, 0);
  const cut = before === undefined ? start : Math.min(Math.max(before.cut, start), periods);
  for (let c = 0; c < clients; c++) {
    let sum = 0;
    const base = c * periods;
    for (let k = base + start; k < base + cut; k++) sum += amounts[k];
    if (before !== undefined) before.sums[c] = sum;
    for (let k = base + cut; k < base + periods; k++) sum += amounts[k];
    out[c] = sum;
  }
  return out;
}
