import fc from "fast-check";
import type { Sales } from "../../../src/core";
import { productFacts } from "../../../src/core/team";

/** A sale in engine columns: client, product (-1 none), period column (-1 outside) and amount. */
interface Sale {
  readonly client: number;
  readonly product: number;
  readonly column: number;
  readonly amount: number;
}

const PERIODS = 8;

const salesArb = (clients: number, products: number): fc.Arbitrary<Sale[]> =>
  fc.array(
    fc.record({
      client: fc.integer({ min: 0, max: clients - 1 }),
      product: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: products - 1 }) }, fc.constant(-1)),
      column: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: PERIODS - 1 }) }, fc.constant(-1)),
      // Returns and zeros, some cancelling a sale of the same period exactly.
      amount: fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(10, 25, 40, 0.1, 0.2) },
        fc.constantFrom(-10, -25, -0.3, 0),
      ),
    }),
    { maxLength: 120 },
  );

function engineSales(sales: readonly Sale[]): { sales: Sales; columns: Int32Array } {
  return {
    sales: {
      count: sales.length,
      client: Int32Array.from(sales, (s) => s.client),
      day: new Float64Array(sales.length),
      amount: Float64Array.from(sales, (s) => s.amount),
      margin: null,
      quantity: null,
      product: Int32Array.from(sales, (s) => s.product),
    },
    columns: Int32Array.from(sales, (s) => s.column),
  };
}

/** METHODOLOGY §8 read literally: period sums per client × product, then the facts per client. */
function reference(sales: readonly Sale[], clients: number, rStart: number, windowStart: number) {
  const sums = new Map<string, number[]>();
  for (const s of sales) {
    if (s.product < 0 || s.column < 0) continue;
    const key = `${s.client}/${s.product}`;
    const row = sums.get(key) ?? new Array<number>(PERIODS).fill(0);
    row[s.column] += s.amount;
    sums.set(key, row);
  }
  const productsInWindow = new Array<number>(clients).fill(0);
  const hasNewPair = new Array<number>(clients).fill(0);
  const newPairAmount = new Array<number>(clients).fill(0);
  for (const [key, row] of sums) {
    const c = Number(key.split("/")[0]);
    const first = row.findIndex((v) => v > 0);
    if (row.some((v, k) => k >= windowStart && v > 0)) productsInWindow[c]++;
    if (first >= 0 && first >= rStart) {
      hasNewPair[c] = 1;
      newPairAmount[c] += row.slice(Math.max(rStart, 0)).reduce((x, y) => x + y, 0);
    }
  }
  return { productsInWindow, hasNewPair, newPairAmount };
}

describe("productFacts", () => {
  it.each([
    ["as bits, summing only pairs with a return or a zero", undefined],
    ["summing every pair by period", 0],
  ])("agrees with the definition read literally, %s", (_, maxPairBits) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: -1, max: PERIODS - 1 }),
        fc.integer({ min: 0, max: PERIODS - 1 }),
        (clients, products, rStart, windowStart) =>
          fc.assert(
            fc.property(salesArb(clients, products), (list) => {
              const { sales, columns } = engineSales(list);
              const facts = productFacts(sales, columns, clients, PERIODS, rStart, windowStart, maxPairBits);
              const want = reference(list, clients, rStart, windowStart);
              expect(Array.from(facts.productsInWindow)).toEqual(want.productsInWindow);
              expect(Array.from(facts.hasNewPair)).toEqual(want.hasNewPair);
              Array.from(facts.newPairAmount).forEach((amount, c) =>
                expect(amount).toBeCloseTo(want.newPairAmount[c], 9),
              );
            }),
            { numRuns: 5 },
          ),
      ),
      { numRuns: 60 },
    );
  });

  it("sums more than 24 sales of one client by period, in any table order", () => {
    const list: Sale[] = [];
    for (let k = 0; k < 6; k++)
      for (let p = 0; p < 6; p++) list.push({ client: 0, product: p, column: k, amount: k === p ? -10 : 10 });
    const shuffled = [...list].reverse();
    const { sales, columns } = engineSales(shuffled);
    const facts = productFacts(sales, columns, 1, PERIODS, 4, 0, 0);
    const want = reference(shuffled, 1, 4, 0);
    expect(Array.from(facts.productsInWindow)).toEqual(want.productsInWindow);
    expect(facts.productsInWindow[0]).toBe(6);
    expect(facts.hasNewPair[0]).toBe(want.hasNewPair[0]);
  });
});
