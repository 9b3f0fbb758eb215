import type { Sales } from "../dataset";

/** Per client: what its client × product pairs say about R and the window (§8). */
export interface ProductFacts {
  /** Turnover in R of the client's pairs whose first active period falls in R. */
  readonly newPairAmount: Float64Array;
  /** Whether the client has such a pair. */
  readonly hasNewPair: Uint8Array;
  /** Products bought (a positive period sum) in the window. */
  readonly productsInWindow: Int32Array;
}

/**
 * Groups the sales by client × product (sales without a product left out) and, for each pair, finds
 * its first period with a positive sum, its turnover in R and whether it was bought in the window.
 * `columns` are the sales' period columns (-1 outside), R starts at column `rStart`, the window at
 * `windowStart`; there are `periods` columns. Linear in the number of sales.
 * @example productFacts(sales, columns, 2, 12, 9, 0).productsInWindow[0] // 3
 */
export function productFacts(
  sales: Sales,
  columns: Int32Array,
  clients: number,
  periods: number,
  rStart: number,
  windowStart: number,
): ProductFacts {
  const product = sales.product as Int32Array;
  const client = sales.client;
  const amount = sales.amount;
  const pairOf = new Map<number, number>();
  const pairClient: number[] = [];
  const pairOfSale = new Int32Array(sales.count).fill(-1);
  let nProducts = 1;
  for (let i = 0; i < sales.count; i++) if (product[i] + 1 > nProducts) nProducts = product[i] + 1;
  for (let i = 0; i < sales.count; i++) {
    if (columns[i] < 0 || product[i] < 0) continue;
    const key = client[i] * nProducts + product[i];
    let p = pairOf.get(key);
    if (p === undefined) {
      p = pairClient.length;
      pairOf.set(key, p);
      pairClient.push(client[i]);
    }
    pairOfSale[i] = p;
  }
  // Counting sort of the sales by pair.
  const nPairs = pairClient.length;
  const start = new Int32Array(nPairs + 1);
  for (let i = 0; i < sales.count; i++) if (pairOfSale[i] >= 0) start[pairOfSale[i] + 1]++;
  for (let p = 0; p < nPairs; p++) start[p + 1] += start[p];
  const fill = start.slice(0, nPairs);
  const order = new Int32Array(start[nPairs]);
  for (let i = 0; i < sales.count; i++) if (pairOfSale[i] >= 0) order[fill[pairOfSale[i]]++] = i;

  const newPairAmount = new Float64Array(clients);
  const hasNewPair = new Uint8Array(clients);
  const productsInWindow = new Int32Array(clients);
  const sums = new Float64Array(periods);
  const touched: number[] = [];
  for (let p = 0; p < nPairs; p++) {
    let inR = 0;
    for (let j = start[p]; j < start[p + 1]; j++) {
      const i = order[j];
      const k = columns[i];
      if (sums[k] === 0) touched.push(k);
      sums[k] += amount[i];
      if (k >= rStart) inR += amount[i];
    }
    let first = periods;
    let boughtInWindow = false;
    for (const k of touched) {
      if (sums[k] > 0) {
        if (k < first) first = k;
        if (k >= windowStart) boughtInWindow = true;
      }
      sums[k] = 0;
    }
    touched.length = 0;
    const c = pairClient[p];
    if (boughtInWindow) productsInWindow[c]++;
    if (first >= rStart && first < periods) {
      hasNewPair[c] = 1;
      newPairAmount[c] += inR;
    }
  }
  return { newPairAmount, hasNewPair, productsInWindow };
}
