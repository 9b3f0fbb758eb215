import type { Dataset } from "../dataset";
import { periodOf } from "../periods";
import type { Classification, PeriodId } from "../results";

/** A client × product pair first bought in R (§8's primary sales and new directions). */
export interface NewPair {
  readonly client: number;
  /** Index into the dataset's products; -1 without a product column (then the pair is the new client). */
  readonly product: number;
  readonly first: PeriodId;
}

/** What the sales say that §13's surveys need. */
export interface SalesFacts {
  /** 1 for a client with an active period in the last year (the `year` periods ending at T). */
  readonly boughtInYear: Uint8Array;
  readonly newPairs: readonly NewPair[];
}

/** The periods of the "last year": 12 months, 4 quarters or 52 weeks. */
export function yearPeriods(granularity: Classification["axis"]["granularity"]): number {
  return granularity === "month" ? 12 : granularity === "quarter" ? 4 : 52;
}

/**
 * From the sales up to T: which clients bought in the last year, and the client × product pairs
 * whose first active period (a period with a positive sum, any time before) falls in R. Without a
 * product column the pairs are the new clients, at their first active period.
 * @example salesFacts(dataset, classification).newPairs // [{ client: 1, product: 0, first: 24295 }]
 */
export function salesFacts(dataset: Dataset, classification: Classification): SalesFacts {
  const { axis, window } = classification;
  const g = axis.granularity;
  const T = axis.last;
  const yearFirst = T - yearPeriods(g) + 1;
  const rFirst = T - window + 1;
  const n = dataset.clients.length;
  const { sales } = dataset;
  const periodSums = new Map<number, number>();
  const pairSums = new Map<number, Map<number, number>>();
  const products = Math.max(1, dataset.products.length);
  for (let i = 0; i < sales.count; i++) {
    const k = periodOf(sales.day[i], g);
    if (k > T) continue;
    const c = sales.client[i];
    if (k >= yearFirst) {
      const key = c * 64 + (k - yearFirst);
      periodSums.set(key, (periodSums.get(key) ?? 0) + sales.amount[i]);
    }
    const p = sales.product === null ? -1 : sales.product[i];
    if (p < 0) continue;
    const pair = c * products + p;
    let sums = pairSums.get(pair);
    if (!sums) pairSums.set(pair, (sums = new Map()));
    sums.set(k, (sums.get(k) ?? 0) + sales.amount[i]);
  }
  const boughtInYear = new Uint8Array(n);
  for (const [key, sum] of periodSums) if (sum > 0) boughtInYear[Math.floor(key / 64)] = 1;

  const newPairs: NewPair[] = [];
  if (sales.product === null) {
    for (const c of classification.clients)
      if (c.status === "new" && c.firstActive !== null) newPairs.push({ client: c.index, product: -1, first: c.firstActive });
  } else {
    for (const [pair, sums] of pairSums) {
      let first = Infinity;
      for (const [k, sum] of sums) if (sum > 0 && k < first) first = k;
      if (first >= rFirst && first <= T)
        newPairs.push({ client: Math.floor(pair / products), product: pair % products, first });
    }
    newPairs.sort((a, b) => a.client - b.client || a.product - b.product);
  }
  return { boughtInYear, newPairs };
}
