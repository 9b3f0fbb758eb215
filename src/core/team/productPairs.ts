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
 * Groups the sales by client, then product (sales without a product left out) and, for each client ×
 * product pair, finds its first period with a positive sum, its turnover in R and whether it was
 * bought in the window.
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
  let nProducts = 1;
  for (let i = 0; i < sales.count; i++) if (product[i] + 1 > nProducts) nProducts = product[i] + 1;
  // Counting sort of the sales by client, so each client's products are summed in a small table.
  const start = new Int32Array(clients + 1);
  for (let i = 0; i < sales.count; i++) if (columns[i] >= 0 && product[i] >= 0) start[client[i] + 1]++;
  for (let c = 0; c < clients; c++) start[c + 1] += start[c];
  // Each sale's product × period cell and amount, copied in client order so each client is read in one run.
  const fill = start.slice(0, clients);
  const cellOf = new Int32Array(start[clients]);
  const amountOf = new Float64Array(start[clients]);
  for (let i = 0; i < sales.count; i++) {
    if (columns[i] < 0 || product[i] < 0) continue;
    const j = fill[client[i]]++;
    cellOf[j] = product[i] * periods + columns[i];
    amountOf[j] = amount[i];
  }

  const newPairAmount = new Float64Array(clients);
  const hasNewPair = new Uint8Array(clients);
  const productsInWindow = new Int32Array(clients);
  /** One client's sums per product × period, the cells it touched, and per product its turnover in R. */
  const sums = new Float64Array(nProducts * periods);
  const touched = new Uint8Array(nProducts * periods);
  const cells: number[] = [];
  const inR = new Float64Array(nProducts);
  const first = new Int32Array(nProducts).fill(periods);
  const bought = new Uint8Array(nProducts);
  const seen = new Uint8Array(nProducts);
  const seenList: number[] = [];
  for (let c = 0; c < clients; c++) {
    for (let j = start[c]; j < start[c + 1]; j++) {
      const cell = cellOf[j];
      const p = (cell / periods) | 0;
      const k = cell - p * periods;
      if (touched[cell] === 0) {
        touched[cell] = 1;
        cells.push(cell);
      }
      sums[cell] += amountOf[j];
      if (k >= rStart) inR[p] += amountOf[j];
      if (seen[p] === 0) {
        seen[p] = 1;
        seenList.push(p);
      }
    }
    for (const cell of cells) {
      if (sums[cell] > 0) {
        const p = (cell / periods) | 0;
        const k = cell - p * periods;
        if (k < first[p]) first[p] = k;
        if (k >= windowStart) bought[p] = 1;
      }
      sums[cell] = 0;
      touched[cell] = 0;
    }
    cells.length = 0;
    for (const p of seenList) {
      if (bought[p] === 1) productsInWindow[c]++;
      if (first[p] >= rStart && first[p] < periods) {
        hasNewPair[c] = 1;
        newPairAmount[c] += inR[p];
      }
      inR[p] = 0;
      first[p] = periods;
      bought[p] = 0;
      seen[p] = 0;
    }
    seenList.length = 0;
  }
  return { newPairAmount, hasNewPair, productsInWindow };
}
