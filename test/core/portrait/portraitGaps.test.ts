import fc from "fast-check";
import { portraitFacts, portraitGaps, targetKey, type TargetMatrix } from "../../../src/core";
import { portraitDataset, type TestClient, type TestSale } from "../../support/portraitDataset";

function targets(marks: readonly (readonly [string, string])[]): TargetMatrix {
  return {
    segments: [...new Set(marks.map((m) => m[0]))],
    products: [...new Set(marks.map((m) => m[1]))],
    marks: new Set(marks.map(([s, p]) => targetKey(s, p))),
    flagged: { segments: new Set(), products: new Set() },
  };
}

function gapsOf(clients: readonly TestClient[], sales: readonly TestSale[], marks: readonly (readonly [string, string])[]) {
  const t = portraitDataset({ clients, sales });
  return portraitGaps(portraitFacts(t.dataset, t.classification), targets(marks), t.classification).clients;
}

describe("portraitGaps", () => {
  const clients: TestClient[] = [
    { key: "a", segment: "Retail", abc: "A" },
    { key: "b", segment: "Retail", abc: "A" },
    { key: "c", segment: "Retail", abc: "A" },
    { key: "d", segment: "Retail", abc: "B" },
    { key: "e", segment: null, abc: "C" },
    { key: "f", segment: "Horeca", abc: "C" },
  ];
  const sales: TestSale[] = [
    ["a", "2024-01", "Tea", 10],
    ["b", "2024-01", "Tea", 10],
    ["b", "2024-01", "Milk", 10],
    ["b", "2024-01", "Juice", 5],
    ["c", "2024-01", "Milk", 10],
    ["c", "2024-01", "Juice", 50],
    ["d", "2024-01", "Cocoa", 99],
    ["d", "2024-01", "Cocoa", 1],
    ["e", "2024-01", "Tea", 10],
    ["f", "2024-01", "Tea", 10],
  ];
  const marks = [
    ["Retail", "Tea"],
    ["Retail", "Milk"],
    ["Retail", "Juice"],
    ["Retail", "Cocoa"],
    ["Retail", "Gone"],
  ] as const;
  const result = gapsOf(clients, sales, marks);

  it.each([
    ["a", 1, 4, 0.25, ["Cocoa", "Juice", "Milk"]],
    ["b", 3, 4, 0.75, ["Cocoa"]],
    ["c", 2, 4, 0.5, ["Cocoa", "Tea"]],
    ["d", 1, 4, 0.25, ["Juice", "Milk", "Tea"]],
  ] as const)("client %s buys %d of %d targets (degree %d) and misses %j", (key, bought, total, degree, missing) => {
    const c = result.find((r) => r.key === key);
    expect(c).toMatchObject({ bought, targets: total, degree, missing });
  });

  it("gives no degree to a client without a segment or whose segment has no targets", () => {
    expect(result[4]).toMatchObject({ segment: null, degree: null, missing: [], next: null });
    expect(result[5]).toMatchObject({ segment: "Horeca", degree: null, targets: 0, next: null });
  });

  it.each([
    // a misses Cocoa, Juice, Milk: among A-Retail, Milk is bought by 2 (b, c), Juice by 2 with more turnover (55 > 20)
    ["a", "Juice"],
    // c misses Cocoa and Tea: Tea bought by 2 A-clients, Cocoa by none of them
    ["c", "Tea"],
    // b misses only Cocoa
    ["b", "Cocoa"],
    // d is the only B client: nobody else in B, so the tie of zeros goes by name
    ["d", "Juice"],
  ])("offers %s the product its segment and class buy most: %s", (key, next) => {
    expect(result.find((r) => r.key === key)?.next).toBe(next);
  });

  it("breaks a tie of buyers and turnover by name", () => {
    const r = gapsOf(
      [
        { key: "x", segment: "S", abc: "A" },
        { key: "y", segment: "S", abc: "A" },
      ],
      [
        ["x", "2024-01", "Zeta", 5],
        ["x", "2024-01", "Alpha", 5],
        ["y", "2024-01", "Base", 1],
      ],
      [
        ["S", "Zeta"],
        ["S", "Alpha"],
      ],
    );
    expect(r[1].next).toBe("Alpha");
  });

  it("keeps degree = bought / targets and the next product among the missing ones", () => {
    const prods = ["P1", "P2", "P3", "P4"];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: -5, max: 20 })), { minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.constantFrom("S0", "S1"), fc.constantFrom(...prods))),
        (rows, marks) => {
          const cs = Array.from({ length: 6 }, (_, i) => ({ key: `c${i}`, segment: `S${i % 2}` }));
          const r = gapsOf(cs, rows.map(([c, p, a]) => [`c${c}`, "2024-01", prods[p], a] as const), marks);
          for (const c of r) {
            expect(c.bought + c.missing.length).toBe(c.targets);
            if (c.targets === 0) expect(c.degree).toBeNull();
            else expect(c.degree).toBeCloseTo(c.bought / c.targets, 12);
            if (c.missing.length === 0) expect(c.next).toBeNull();
            else expect(c.missing).toContain(c.next);
          }
        },
      ),
    );
  });
});
