import fc from "fast-check";
import { mergeTargets, portraitFacts, readTargets, suggestTargets, targetKey, type PortraitFacts, type TargetMatrix } from "../../../src/core";
import { portraitDataset } from "../../support/portraitDataset";

describe("readTargets", () => {
  it("gives an empty matrix when there is no sheet yet", () => {
    const t = readTargets(undefined);
    expect([t.segments, t.products, t.marks.size]).toEqual([[], [], 0]);
  });

  it("counts any non-empty mark and stops at the first blank header", () => {
    const t = readTargets({
      name: "Ideal portrait",
      top: 0,
      left: 0,
      values: [
        ["Segment \\ product", "Tea", " Coffee ", "Milk", null, "Note"],
        ["Retail", "✓", "x", null, null, null],
        ["Horeca", 1, "  ", true, null, "not in the data"],
        [null, null, null, null],
        ["Note", null, "not in the data", null],
      ],
    });
    expect(t.segments).toEqual(["Retail", "Horeca"]);
    expect(t.products).toEqual(["Tea", "Coffee", "Milk"]);
    expect([...t.marks].sort()).toEqual(
      [targetKey("Retail", "Tea"), targetKey("Retail", "Coffee"), targetKey("Horeca", "Tea"), targetKey("Horeca", "Milk")].sort(),
    );
    expect([...t.flagged.segments]).toEqual(["Horeca"]);
    expect([...t.flagged.products]).toEqual(["Coffee"]);
  });

  it("reads a name typed into the blank row or column before the notes as a new segment or product", () => {
    const t = readTargets({
      name: "Ideal portrait",
      top: 0,
      left: 0,
      values: [
        ["Segment \\ product", "Tea", "Juice", "Примечание"],
        ["Retail", "✓", "x", null],
        ["Office", null, "✓", null],
        ["Nota", null, "no está en los datos"],
      ],
    });
    expect(t.segments).toEqual(["Retail", "Office"]);
    expect(t.products).toEqual(["Tea", "Juice"]);
    expect(t.marks.has(targetKey("Office", "Juice"))).toBe(true);
  });

  it("reads a snapshot whose used range does not start at A1", () => {
    const t = readTargets({ name: "P", top: 0, left: 1, values: [["Tea", "Coffee"], ["✓"]] });
    expect([t.products, t.segments, t.marks.size]).toEqual([["Tea", "Coffee"], [], 0]);
    const u = readTargets({ name: "P", top: 1, left: 0, values: [["Retail", "✓"]] });
    expect([u.products, u.segments, u.marks.size]).toEqual([[], ["Retail"], 0]);
    const v = readTargets({ name: "P", top: 0, left: 0, values: [[null, "Tea"], ["Retail", "✓"]] });
    expect([...v.marks]).toEqual([targetKey("Retail", "Tea")]);
  });
});

function factsOf(buying: Record<string, Record<string, number>>): PortraitFacts {
  const clients: { key: string; segment: string }[] = [];
  const sales: [string, string, string, number][] = [];
  for (const [segment, products] of Object.entries(buying)) {
    for (let i = 0; i < 4; i++) {
      const key = `${segment}${i}`;
      clients.push({ key, segment });
      sales.push([key, "2024-01", "Base", 1]);
      for (const [product, buyers] of Object.entries(products)) if (i < buyers) sales.push([key, "2024-01", product, 10]);
    }
  }
  const t = portraitDataset({ clients, sales });
  return portraitFacts(t.dataset, t.classification);
}

describe("suggestTargets", () => {
  const facts = factsOf({ Retail: { Tea: 2, Coffee: 1 }, Horeca: { Tea: 3, Coffee: 4 } });

  it.each([
    [0.5, "Retail", "Tea", true],
    [0.5, "Retail", "Coffee", false],
    [0.75, "Retail", "Tea", false],
    [0.75, "Horeca", "Tea", true],
    [1, "Horeca", "Coffee", true],
    [1, "Horeca", "Tea", false],
  ] as const)("with threshold %d marks %s × %s: %s", (threshold, segment, product, marked) => {
    expect(suggestTargets(facts, threshold).marks.has(targetKey(segment, product))).toBe(marked);
  });

  it("suggests by default what at least half of a segment buys", () => {
    expect([...suggestTargets(facts).marks].sort()).toEqual(
      [targetKey("Retail", "Base"), targetKey("Retail", "Tea"), targetKey("Horeca", "Base"), targetKey("Horeca", "Tea"), targetKey("Horeca", "Coffee")].sort(),
    );
  });
});

describe("mergeTargets", () => {
  const facts = factsOf({ Retail: { Tea: 1 }, Horeca: { Juice: 1 } });

  it("keeps every mark, adds new rows and columns, flags what left the data", () => {
    const previous: TargetMatrix = {
      segments: ["Retail", "Office"],
      products: ["Tea", "Cocoa"],
      marks: new Set([targetKey("Retail", "Tea"), targetKey("Office", "Cocoa"), targetKey("Retail", "Cocoa")]),
      flagged: { segments: new Set(), products: new Set() },
    };
    const m = mergeTargets(previous, facts);
    expect(m.segments).toEqual(["Retail", "Office", "Horeca"]);
    expect(m.products).toEqual(["Tea", "Cocoa", "Base", "Juice"]);
    expect(m.marks).toEqual(previous.marks);
    expect([...m.flagged.segments]).toEqual(["Office"]);
    expect([...m.flagged.products]).toEqual(["Cocoa"]);
  });

  it("unflags a segment that comes back", () => {
    const previous: TargetMatrix = { segments: ["Horeca"], products: [], marks: new Set(), flagged: { segments: new Set(["Horeca"]), products: new Set() } };
    expect(mergeTargets(previous, facts).flagged.segments.size).toBe(0);
  });

  it("never loses a mark, a segment or a product through any sequence of runs", () => {
    const name = fc.constantFrom("A", "B", "C", "D", "E");
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(name, { maxLength: 4 }), { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(name, name)), (runs, extra) => {
        let matrix: TargetMatrix | undefined;
        for (const names of runs) {
          const f = factsOf(Object.fromEntries(names.map((s) => [s, Object.fromEntries(names.map((p) => [`p${p}`, 1]))])));
          const next = mergeTargets(matrix, f);
          if (matrix) {
            expect(next.segments.slice(0, matrix.segments.length)).toEqual(matrix.segments);
            expect(next.products.slice(0, matrix.products.length)).toEqual(matrix.products);
            for (const mark of matrix.marks) expect(next.marks.has(mark)).toBe(true);
          }
          for (const s of f.segments) expect(next.segments).toContain(s);
          for (const s of next.segments) expect(next.flagged.segments.has(s)).toBe(!f.segments.includes(s));
          const marks = new Set(next.marks);
          for (const [s, p] of extra) if (next.segments.includes(s)) marks.add(targetKey(s, `p${p}`));
          matrix = { ...next, marks };
        }
      }),
    );
  });
});
