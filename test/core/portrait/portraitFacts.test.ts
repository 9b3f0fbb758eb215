import fc from "fast-check";
import { portraitFacts } from "../../../src/core";
import { activeInWindow } from "../../../src/core/portrait/activeInWindow";
import { portraitDataset, type TestSale } from "../../support/portraitDataset";

function cell(facts: ReturnType<typeof portraitFacts>, segment: string | null, product: string) {
  const g = segment === null ? facts.segments.length : facts.segments.indexOf(segment);
  const p = facts.products.indexOf(product);
  return { buyers: facts.buyers[g * facts.products.length + p], turnover: facts.turnover[g * facts.products.length + p], active: facts.active[g] };
}

describe("portraitFacts", () => {
  const clients = [
    { key: "a", segment: "Retail" },
    { key: "b", segment: "Retail" },
    { key: "c", segment: "Retail" },
    { key: "d", segment: "Horeca" },
    { key: "e", segment: null },
    { key: "f", segment: "Retail" },
  ];
  const sales: TestSale[] = [
    ["a", "2024-01", "Tea", 100],
    ["a", "2024-02", "Coffee", 50],
    ["b", "2024-03", "Tea", 30],
    ["c", "2024-03", "Coffee", 20],
    ["d", "2024-02", "Tea", 70],
    ["e", "2024-01", "Tea", 10],
    ["f", "2024-01", "Tea", 0],
  ];
  const { dataset, classification } = portraitDataset({ clients, sales });
  const facts = portraitFacts(dataset, classification);

  it.each([
    ["Retail", "Tea", 2, 130, 3],
    ["Retail", "Coffee", 2, 70, 3],
    ["Horeca", "Tea", 1, 70, 1],
    ["Horeca", "Coffee", 0, 0, 1],
    [null, "Tea", 1, 10, 1],
  ] as const)("counts the active %s clients buying %s", (segment, product, buyers, turnover, active) => {
    expect(cell(facts, segment, product)).toEqual({ buyers, turnover, active });
  });

  it("sorts segments and products by name and keeps clients without a segment in the last group", () => {
    expect(facts.segments).toEqual(["Horeca", "Retail"]);
    expect(facts.products).toEqual(["Coffee", "Tea"]);
    expect(Array.from(facts.clientSegment)).toEqual([1, 1, 1, 0, -1, 1]);
    expect(Array.from(facts.clients)).toEqual([1, 4, 1]);
  });

  it("does not count a potential client (only zero sales) as active", () => {
    expect(facts.clientActive[5]).toBe(0);
    expect(Array.from(facts.active)).toEqual([1, 3, 1]);
  });

  it("ignores sales outside the window and treats a product with net returns as not bought", () => {
    const t = portraitDataset({
      clients: [{ key: "a", segment: "S" }],
      sales: [
        ["a", "2023-12", "Tea", 500],
        ["a", "2024-01", "Tea", 40],
        ["a", "2024-02", "Tea", -60],
        ["a", "2024-02", "Milk", 80],
      ],
      window: ["2024-01", "2024-02"],
    });
    const f = portraitFacts(t.dataset, t.classification);
    expect(f.clientTurnover[f.products.indexOf("Tea")]).toBe(-20);
    expect(cell(f, "S", "Tea").buyers).toBe(0);
    expect(cell(f, "S", "Milk")).toEqual({ buyers: 1, turnover: 80, active: 1 });
  });

  it("takes the segment from a client list when one is given", () => {
    const f = portraitFacts(dataset, classification, { segmentOf: (c) => (c < 2 ? " Wholesale " : null) });
    expect(f.segments).toEqual(["Wholesale"]);
    expect(cell(f, "Wholesale", "Tea")).toEqual({ buyers: 2, turnover: 130, active: 2 });
    expect(f.clients[1]).toBe(4);
  });

  it("does not change the dataset it reads", () => {
    const before = Array.from(dataset.sales.amount);
    portraitFacts(dataset, classification);
    expect(Array.from(dataset.sales.amount)).toEqual(before);
  });

  it("buyers never exceed active clients and shares stay within 0..1", () => {
    const segs = ["S1", "S2", "S3"];
    const prods = ["P1", "P2", "P3", "P4"];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: -50, max: 100 })), { minLength: 1, maxLength: 40 }),
        (rows) => {
          const cs = Array.from({ length: 8 }, (_, i) => ({ key: `c${i}`, segment: i === 7 ? null : segs[i % 3] }));
          const t = portraitDataset({
            clients: cs,
            sales: rows.map(([c, m, p, a]) => [`c${c}`, `2024-0${m}`, prods[p], a] as const),
          });
          const f = portraitFacts(t.dataset, t.classification);
          const np = f.products.length;
          for (let g = 0; g < f.active.length; g++) {
            expect(f.active[g]).toBeLessThanOrEqual(f.clients[g]);
            for (let p = 0; p < np; p++) expect(f.buyers[g * np + p]).toBeLessThanOrEqual(f.active[g]);
          }
          expect(f.clients.reduce((a, b) => a + b, 0)).toBe(8);
        },
      ),
    );
  });
});

describe("activeInWindow", () => {
  it("gives the same answer with dense sums and with a map", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: -1, max: 3 }), fc.integer({ min: -20, max: 20 })), { maxLength: 30 }),
        (rows) => {
          const sales = {
            count: rows.length,
            client: Int32Array.from(rows, (r) => r[0]),
            day: new Float64Array(rows.length),
            amount: Float64Array.from(rows, (r) => r[2]),
            margin: null,
            quantity: null,
            product: null,
          };
          const periods = Int32Array.from(rows, (r) => r[1]);
          expect(activeInWindow(sales, periods, 4, 6, 0)).toEqual(activeInWindow(sales, periods, 4, 6));
        },
      ),
    );
  });

  it("counts a period whose returns cancel its sales as not active", () => {
    const sales = { count: 2, client: Int32Array.of(0, 0), day: new Float64Array(2), amount: Float64Array.of(10, -10), margin: null, quantity: null, product: null };
    expect(Array.from(activeInWindow(sales, Int32Array.of(0, 0), 1, 1))).toEqual([0]);
  });
});
