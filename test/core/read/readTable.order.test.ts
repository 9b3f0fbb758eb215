import fc from "fast-check";
import { readTable, type CellValue } from "../../../src/core";
import { dataset, serial, sheet } from "../../support/grid";

/** Per-client sums in cents, keyed by client key. */
function sums(rows: readonly (readonly CellValue[])[]): Map<string, number> {
  const data = dataset(readTable(sheet(rows)));
  const out = new Map<string, number>();
  for (let i = 0; i < data.sales.count; i++) {
    const key = data.clients[data.sales.client[i]].key;
    out.set(key, (out.get(key) ?? 0) + Math.round(data.sales.amount[i] * 100));
  }
  return out;
}

const client = fc.constantFrom("ACME", " ACME ", "Ромашка", "Cliente 1", "B", 42);
const amount: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: -50_000, max: 500_000 }).map((cents) => cents / 100),
  fc.integer({ min: 0, max: 99_999 }).map((n) => `${n} ₽`),
  fc.integer({ min: 1, max: 999 }).map((n) => `(${n})`),
  fc.constant(null),
);
const day = fc.integer({ min: serial(2023, 1, 1), max: serial(2024, 12, 31) });

describe("readTable row order", () => {
  it("never changes the per-client sums of a long table", () => {
    const row = fc.tuple(day, client, amount).map(([d, c, a]): CellValue[] => [d, c, a]);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), fc.infiniteStream(fc.nat()), (rows, random) => {
        const shuffled = [...rows];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = random.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        const header = ["Date", "Client", "Amount"];
        expect(sums([header, ...shuffled])).toEqual(sums([header, ...rows]));
      }),
      { numRuns: 500 },
    );
  });

  it("never changes the per-client sums of a wide table", () => {
    const row = fc.tuple(client, amount, amount, amount).map((cells): CellValue[] => [...cells]);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (rows) => {
        const header = ["Client", "Jan 2024", "Feb 2024", "Mar 2024"];
        expect(sums([header, ...[...rows].reverse()])).toEqual(sums([header, ...rows]));
      }),
      { numRuns: 500 },
    );
  });
});
