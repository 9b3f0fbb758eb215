import fc from "fast-check";
import { rankAbc } from "../../src/core";
import { ABC } from "../../src/functions/functions";
import { abc } from "../../src/functions/abc";

describe("ABC", () => {
  it("classifies the §3 example 50, 30, 10, 5, 5 as A, B, C, C, C in a column", () => {
    expect(ABC([[50], [30], [10], [5], [5]])).toEqual([["A"], ["B"], ["C"], ["C"], ["C"]]);
  });

  it("spills in the shape of the range: a row stays a row", () => {
    expect(ABC([[5, 50, 30]])).toEqual([["C", "A", "B"]]);
  });

  it("gives equal values one class and blanks C", () => {
    expect(ABC([[40], [40], [null], [20]])).toEqual([["A"], ["A"], ["C"], ["C"]]);
    expect(ABC([[40], [40], [0], [20]])).toEqual([["A"], ["A"], ["C"], ["C"]]);
  });

  it("reads thresholds as percents or fractions alike", () => {
    const column = [[50], [30], [10], [5], [5]];
    expect(ABC(column, 70, 90)).toEqual(ABC(column, 0.7, 0.9));
    // P = 0, .5, .8, .9, .9
    expect(ABC(column, 70, 90)).toEqual([["A"], ["A"], ["B"], ["C"], ["C"]]);
    expect(ABC(column, 80, 95)).toEqual([["A"], ["A"], ["B"], ["B"], ["B"]]);
  });

  it("agrees with rankAbc on any column", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -100, max: 10000 }), fc.constant(null)), {
          minLength: 1,
          maxLength: 60,
        }),
        (values) => {
          const expected = rankAbc(
            values.map((v) => v ?? 0),
            0.5,
            0.8,
          ).cls.map((c) => [c]);
          expect(ABC(values.map((v) => [v]))).toEqual(expected);
        },
      ),
    );
  });

  it("refuses text in the range and an empty range", () => {
    expect(abc([[1], [true]])).toEqual({
      ok: false,
      problem: { code: "textInRange", text: "TRUE", row: 2, col: 1 },
    });
    expect(abc([])).toEqual({ ok: false, problem: { code: "emptyRange" } });
  });
});
