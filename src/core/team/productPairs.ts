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

/** Where the facts are read: R starts at column `rStart`, the window at `windowStart`, T is `periods - 1`. */
interface Columns {
  /** Each sale's period column, -1 outside the history kept. */
  readonly of: Int32Array;
  readonly periods: number;
  readonly rStart: number;
  readonly windowStart: number;
}

/** Client × product pairs up to this many (16 MiB of flags) are settled as flags; beyond, every pair is summed by period. */
const MAX_FLAGGED_PAIRS = 1 << 25;

/**
 * For each client × product pair (sales without a product or outside the history left out): its
 * first period with a positive sum, its turnover in R and whether it was bought in the window,
 * added up per client. Linear in the number of sales.
 *
 * A pair whose sales are all positive needs no period sums: its first active period is its first
 * sale's, and it was bought in the window when it has a sale there. Those facts are four bits per
 * pair, small enough to stay in the CPU's cache, set in one pass over the sales. Only the pairs with
 * a return or a zero among their sales (a period's sum may then be ≤ 0) are summed by period, after
 * grouping their sales by client; when the pairs are more than `maxFlaggedPairs`, all of them are.
 * @example productFacts(sales, columns, 2, 12, 9, 0).productsInWindow[0] // 3
 */
export function productFacts(
  sales: Sales,
  columns: Int32Array,
  clients: number,
  periods: number,
  rStart: number,
  windowStart: number,
  maxFlaggedPairs = MAX_FLAGGED_PAIRS,
): ProductFacts {
  const product = sales.product as Int32Array;
  let products = 1;
  for (let i = 0; i < sales.count; i++) if (product[i] + 1 > products) products = product[i] + 1;
  const facts: ProductFacts = {
    newPairAmount: new Float64Array(clients),
    hasNewPair: new Uint8Array(clients),
    productsInWindow: new Int32Array(clients),
  };
  const at: Columns = { of: columns, periods, rStart, windowStart };
  const pairs = clients * products;
  const summed = pairs <= maxFlaggedPairs ? pairsAllPositive(sales, at, clients, products, facts) : null;
  addSummedPairs(sales, at, clients, summed, facts);
  return facts;
}

/** A list of sale indexes that grows by doubling. */
class Growing {
  values = new Int32Array(1024);
  length = 0;
  push(i: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(2 * this.length);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = i;
  }
}

/** A pair's flags, four bits each, eight pairs to a word. */
const BOUGHT = 1;
const BEFORE_R = 2;
const NOT_POSITIVE = 4;

/** Set bits of `word` (a population count without a table). */
function bitCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * The facts of the pairs whose sales are all positive, added to `facts`; returns the sales of the
 * other pairs (those to sum by period), in table order.
 */
function pairsAllPositive(
  sales: Sales,
  at: Columns,
  clients: number,
  products: number,
  facts: ProductFacts,
): Int32Array {
  const { client, amount } = sales;
  const product = sales.product as Int32Array;
  const { of: columns, rStart, windowStart } = at;
  const flags = new Int32Array((clients * products + 7) >>> 3);
  const count = sales.count;
  // One read-modify-write per sale, its flags computed without a branch on the period; the sales in
  // R (a few periods of many) listed on the way.
  const inR = new Growing();
  let notPositive = 0;
  for (let i = 0; i < count; i++) {
    const k = columns[i];
    const p = product[i];
    if (k < 0 || p < 0) continue;
    const pair = client[i] * products + p;
    const positive = amount[i] > 0;
    const f = positive ? Number(k >= windowStart) * BOUGHT + Number(k < rStart) * BEFORE_R : NOT_POSITIVE;
    flags[pair >>> 3] |= f << ((pair & 7) << 2);
    notPositive += Number(!positive);
    if (k >= rStart) inR.push(i);
  }
  // New pairs: a sale in R and none before it (pairs to sum by period are left to that).
  const { newPairAmount, hasNewPair, productsInWindow } = facts;
  for (let j = 0; j < inR.length; j++) {
    const i = inR.values[j];
    const pair = client[i] * products + product[i];
    if (((flags[pair >>> 3] >>> ((pair & 7) << 2)) & (NOT_POSITIVE | BEFORE_R)) === 0) {
      newPairAmount[client[i]] += amount[i];
      hasNewPair[client[i]] = 1;
    }
  }
  // The sales of the pairs with a return or a zero, to sum by period.
  const toSum = new Growing();
  for (let i = 0; i < count && notPositive > 0; i++) {
    const k = columns[i];
    const p = product[i];
    if (k < 0 || p < 0) continue;
    const pair = client[i] * products + p;
    if (((flags[pair >>> 3] >>> ((pair & 7) << 2)) & NOT_POSITIVE) !== 0) toSum.push(i);
  }
  // Products bought in the window: per client, its pairs' nibbles with BOUGHT set and NOT_POSITIVE clear.
  for (let c = 0; c < clients; c++) {
    const from = c * products;
    const to = from + products;
    let count = 0;
    for (let w = from >>> 3; w <= (to - 1) >>> 3; w++) {
      // BOUGHT is bit 0 of each nibble, NOT_POSITIVE bit 2: shifted down by 2 it masks bit 0 out.
      let word = flags[w] & ~(flags[w] >>> 2) & 0x11111111;
      if (w === from >>> 3) word &= -1 << ((from & 7) << 2);
      if (w === (to - 1) >>> 3 && (to & 7) !== 0) word &= (1 << ((to & 7) << 2)) - 1;
      count += bitCount(word);
    }
    productsInWindow[c] = count;
  }
  return toSum.values.subarray(0, toSum.length);
}

/**
 * The facts of the pairs of the sales listed (all sales when `list` is null), each summed by period,
 * added to `facts`. The sales are grouped by client, and each client's sales sorted by product and
 * period (a stable sort: a period's sales are added in table order), so a product's periods follow
 * one another and no table the size of the products is needed, however many there are.
 */
function addSummedPairs(
  sales: Sales,
  at: Columns,
  clients: number,
  list: Int32Array | null,
  facts: ProductFacts,
): void {
  const { client, amount } = sales;
  const product = sales.product as Int32Array;
  const { of: columns, periods, rStart, windowStart } = at;
  const count = list === null ? sales.count : list.length;
  // Counting sort of the sales by client.
  const start = new Int32Array(clients + 1);
  for (let t = 0; t < count; t++) {
    const i = list === null ? t : list[t];
    if (columns[i] >= 0 && product[i] >= 0) start[client[i] + 1]++;
  }
  for (let c = 0; c < clients; c++) start[c + 1] += start[c];
  const fill = start.slice(0, clients);
  // A sale's product × period cell as one number, product first: sorted cells are sorted products.
  const cellOf = new Float64Array(start[clients]);
  const amountOf = new Float64Array(start[clients]);
  for (let t = 0; t < count; t++) {
    const i = list === null ? t : list[t];
    if (columns[i] < 0 || product[i] < 0) continue;
    const j = fill[client[i]]++;
    cellOf[j] = product[i] * periods + columns[i];
    amountOf[j] = amount[i];
  }

  const { newPairAmount, hasNewPair, productsInWindow } = facts;
  for (let c = 0; c < clients; c++) {
    const to = start[c + 1];
    sortCells(cellOf, amountOf, start[c], to);
    for (let j = start[c]; j < to; ) {
      const p = Math.floor(cellOf[j] / periods);
      let first = -1;
      let bought = false;
      let inR = 0;
      for (const productEnd = (p + 1) * periods; j < to && cellOf[j] < productEnd; ) {
        const cell = cellOf[j];
        const k = cell - p * periods;
        let sum = 0;
        for (; j < to && cellOf[j] === cell; j++) sum += amountOf[j];
        if (k >= rStart) inR += sum;
        if (sum > 0) {
          if (first < 0) first = k;
          if (k >= windowStart) bought = true;
        }
      }
      if (bought) productsInWindow[c]++;
      if (first >= 0 && first >= rStart) {
        hasNewPair[c] = 1;
        newPairAmount[c] += inR;
      }
    }
  }
}

/** Sorts `cells[from..to)` ascending, moving `amounts` along; equal cells keep their order. */
function sortCells(cells: Float64Array, amounts: Float64Array, from: number, to: number): void {
  if (to - from <= 24) {
    for (let j = from + 1; j < to; j++) {
      const cell = cells[j];
      const a = amounts[j];
      let i = j - 1;
      for (; i >= from && cells[i] > cell; i--) {
        cells[i + 1] = cells[i];
        amounts[i + 1] = amounts[i];
      }
      cells[i + 1] = cell;
      amounts[i + 1] = a;
    }
    return;
  }
  const order = Array.from({ length: to - from }, (_, i) => from + i).sort(
    (x, y) => cells[x] - cells[y] || x - y,
  );
  const sortedCells = order.map((i) => cells[i]);
  const sortedAmounts = order.map((i) => amounts[i]);
  cells.set(sortedCells, from);
  amounts.set(sortedAmounts, from);
}
