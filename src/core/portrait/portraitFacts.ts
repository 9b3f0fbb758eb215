import type { Dataset } from "../dataset";
import type { Classification, PeriodAxis } from "../results";
import { activeInWindow } from "./activeInWindow";
import { compareText } from "./compareText";
import { periodOf } from "../periods/periodOf";
import type { PortraitFacts } from "./types";

export interface PortraitFactsOptions {
  /** The segment of a client from a client list sheet; without it the table's segment column is used. */
  readonly segmentOf?: (clientIndex: number) => string | null;
}

/**
 * Segment × product facts of §7 over the analysis window of `classification`: active clients per
 * segment, how many of them bought each product (summed amount of the product in the window > 0),
 * the turnover behind it, and every client's turnover per product. Clients without a segment form
 * the last group.
 * @example
 * // two Retail clients, one bought Tea: buyers[Retail, Tea] = 1, active[Retail] = 2
 * portraitFacts(dataset, classification).buyers[0]
 */
export function portraitFacts(dataset: Dataset, classification: Classification, options: PortraitFactsOptions = {}): PortraitFacts {
  const clientCount = dataset.clients.length;
  const { sales } = dataset;
  const segmentNames = new Map<string, number>();
  const rawSegment: (string | null)[] = new Array<string | null>(clientCount);
  for (let c = 0; c < clientCount; c++) {
    const given = options.segmentOf ? options.segmentOf(c) : dataset.clients[c].segment;
    const name = given === null || given === undefined ? "" : given.trim();
    rawSegment[c] = name === "" ? null : name;
    if (name !== "") segmentNames.set(name, 0);
  }
  const segments = [...segmentNames.keys()].sort(compareText);
  segments.forEach((s, i) => segmentNames.set(s, i));
  const groups = segments.length + 1;
  const clientSegment = new Int32Array(clientCount);
  for (let c = 0; c < clientCount; c++) {
    const s = rawSegment[c];
    clientSegment[c] = s === null ? -1 : (segmentNames.get(s) as number);
  }

  const products = [...new Set(dataset.products)].sort(compareText);
  const productAt = new Map(products.map((p, i) => [p, i]));
  const productOf = Int32Array.from(dataset.products, (p) => productAt.get(p) as number);
  const productCount = products.length;

  const { axis } = classification;
  const periodIndex = windowIndex(sales.day, sales.count, axis);
  const bought = activeInWindow(sales, periodIndex, axis.count, clientCount);
  const clientActive = new Uint8Array(clientCount);
  for (let c = 0; c < clientCount; c++) {
    clientActive[c] = bought[c] === 1 && classification.clients[c].status !== "potential" ? 1 : 0;
  }

  const clientTurnover = new Float64Array(clientCount * productCount);
  const { product: saleProduct, client: saleClient, amount: saleAmount } = sales;
  if (saleProduct) {
    for (let i = 0; i < sales.count; i++) {
      const p = saleProduct[i];
      if (p >= 0 && periodIndex[i] >= 0) clientTurnover[saleClient[i] * productCount + productOf[p]] += saleAmount[i];
    }
  }

  const clients = new Int32Array(groups);
  const active = new Int32Array(groups);
  const buyers = new Int32Array(groups * productCount);
  const turnover = new Float64Array(groups * productCount);
  for (let c = 0; c < clientCount; c++) {
    const g = clientSegment[c] < 0 ? groups - 1 : clientSegment[c];
    clients[g]++;
    if (clientActive[c] === 0) continue;
    active[g]++;
    for (let p = 0; p < productCount; p++) {
      const amount = clientTurnover[c * productCount + p];
      if (amount > 0) {
        buyers[g * productCount + p]++;
        turnover[g * productCount + p] += amount;
      }
    }
  }
  return { segments, products, clientSegment, clientActive, clientTurnover, clients, active, buyers, turnover };
}

/** Per sale, its period counted from the window's first period, or -1 outside the window (one date conversion per distinct day). */
function windowIndex(days: Float64Array, count: number, axis: PeriodAxis): Int32Array {
  const out = new Int32Array(count);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < count; i++) {
    const d = Math.floor(days[i]);
    if (d < min) min = d;
    if (d > max) max = d;
  }
  if (count === 0) return out;
  const byDay = new Int32Array(max - min + 1);
  for (let d = min; d <= max; d++) {
    const p = periodOf(d, axis.granularity);
    byDay[d - min] = p >= axis.first && p <= axis.last ? p - axis.first : -1;
  }
  for (let i = 0; i < count; i++) out[i] = byDay[Math.floor(days[i]) - min];
  return out;
}
