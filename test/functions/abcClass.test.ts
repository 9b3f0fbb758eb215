import fc from "fast-check";
import { rankAbc } from "../../src/core";
import { ABCCLASS } from "../../src/functions/functions";
import { abcClass } from "../../src/functions/abcClass";

const EXAMPLE = [[50], [30], [10], [5], [5]];

describe("ABCCLASS", () => {
  it.each([
    [50, "A"],
    [30, "B"],
    [10, "C"],
    [5, "C"],
  ])("puts %p among 50, 30, 10, 5, 5 (§3 example) in class %p", (value, expected) => {
    expect(ABCCLASS(value, EXAMPLE)).toBe(expected);
  });

  it("puts a single client holding 60 % of turnover in A", () => {
    expect(ABCCLASS(60, [[60], [40]])).toBe("A");
    expect(ABCCLASS(40, [[60], [40]])).toBe("B");
  });

  it("gives a value of 0 or below C", () => {
    expect(ABCCLASS(0, EXAMPLE)).toBe("C");
    expect(ABCCLASS(-20, [[-20], [10]])).toBe("C");
    expect(ABCCLASS(null, EXAMPLE)).toBe("C");
  });

  it("reads thresholds as percents or fractions alike", () => {
    expect(ABCCLASS(30, EXAMPLE, 80, 95)).toBe("A");
    expect(ABCCLASS(30, EXAMPLE, 0.8, 0.95)).toBe("A");
    expect(ABCCLASS(10, EXAMPLE, 0.8, 0.95)).toBe("B");
  });

  it("reads blanks as null (web) and as 0 (desktop) alike", () => {
    expect(ABCCLASS(30, [[50], [null], [30], [""], [20]])).toBe(ABCCLASS(30, [[50], [0], [30], [0], [20]]));
  });

  it("reads amounts typed as text like numbers", () => {
    expect(ABCCLASS(30, [[50], ["30"], [10], ["5"], [5]])).toBe("B");
    expect(ABCCLASS(1000.5, [["1 000,5"], [60]])).toBe("A");
    expect(ABCCLASS(60, [["1 000,5"], [60]])).toBe("C"); // P = 1000.5 / 1060.5
  });

  it("gives the class rankAbc gives the same value in the same column", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 1000 }), { minLength: 1, maxLength: 40 }),
        (metrics) => {
          const ranked = rankAbc(metrics, 0.5, 0.8).cls;
          const column = metrics.map((m) => [m]);
          metrics.forEach((m, i) => expect(ABCCLASS(m, column)).toBe(ranked[i]));
        },
      ),
    );
  });

  it("gives the same class whether the range is a column, a row or a block", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -50, max: 1000 }), fc.constant(null)), {
          minLength: 2,
          maxLength: 40,
        }),
        fc.integer({ min: 2, max: 5 }),
        (cells, width) => {
          const column = cells.map((m) => [m]);
          const block = Array.from({ length: Math.ceil(cells.length / width) }, (_, r) =>
            cells.slice(r * width, r * width + width),
          );
          // A column whose first rows are one cell wide and whose last row is wider.
          const ragged = [...column.slice(0, -2), cells.slice(-2)];
          for (const own of cells) {
            const expected = ABCCLASS(own, column);
            expect(ABCCLASS(own, [cells])).toBe(expected);
            expect(ABCCLASS(own, ragged)).toBe(expected);
            if (block.every((row) => row.length === width)) expect(ABCCLASS(own, block)).toBe(expected);
          }
        },
      ),
    );
  });

  it("finds text after the first rows of a column, and calls an empty range empty", () => {
    expect(abcClass(10, [[10], [20], [null], ["n/a"]])).toEqual({
      ok: false,
      problem: { code: "textInRange", text: "n/a", row: 4, col: 1 },
    });
    expect(abcClass(10, [])).toEqual({ ok: false, problem: { code: "emptyRange" } });
  });

  it("names the text in the range and the thresholds out of order", () => {
    expect(abcClass(10, [[10], ["ten"]])).toEqual({
      ok: false,
      problem: { code: "textInRange", text: "ten", row: 2, col: 1 },
    });
    expect(() => ABCCLASS(10, EXAMPLE, 80, 50)).toThrow("Threshold a (80%) must be below b (50%)");
    expect(() => ABCCLASS("big", EXAMPLE)).toThrow("value must be a number, not 'big'");
  });
});
