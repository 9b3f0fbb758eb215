import type { Sales } from "../dataset";

/** Above this many client × period cells the sums are kept in a map instead of a typed array. */
const DENSE_LIMIT = 8_000_000;

/**
 * Per client, 1 when some period of the window has a summed amount > 0 (an active period, §2).
 * `periodIndex[i]` is the sale's period counted from the window's first period, -1 outside it.
 * @example activeInWindow(sales, [0, 0, 1], 2, 2) // clients with a positive period sum get 1
 */
export function activeInWindow(
  sales: Sales,
  periodIndex: Int32Array,
  periods: number,
  clients: number,
  denseLimit: number = DENSE_LIMIT,
): Uint8Array {
  const active = new Uint8Array(clients);
  if (clients * periods <= denseLimit) {
    const sums = new Float64Array(clients * periods);
    for (let i = 0; i < sales.count; i++) {
      const p = periodIndex[i];
      if (p >= 0) sums[sales.client[i] * periods + p] += sales.amount[i];
    }
    for (let c = 0; c < clients; c++) {
      for (let p = c * periods, end = p + periods; p < end; p++) {
        if (sums[p] > 0) {
          active[c] = 1;
          break;
        }
      }
    }
    return active;
  }
  const sums = new Map<number, number>();
  for (let i = 0; i < sales.count; i++) {
    const p = periodIndex[i];
    if (p < 0) continue;
    const key = sales.client[i] * periods + p;
    sums.set(key, (sums.get(key) ?? 0) + sales.amount[i]);
  }
  for (const [key, sum] of sums) if (sum > 0) active[Math.floor(key / periods)] = 1;
  return active;
}
