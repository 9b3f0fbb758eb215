import fc from "fast-check";
import { sortPositive } from "../../../src/core/classify/rankAbc";
import { rankAbc } from "../../../src/core";

describe("rankAbc", () => {
  it("classifies the methodology example 50, 30, 10, 5, 5 as A, B, C, C, C", () => {
    const r = rankAbc([50, 30, 10, 5, 5], 0.5, 0.8);
    expect(r.cls).toEqual(["A", "B", "C", "C", "C"]);
    expect(Array.from(r.before)).toEqual([0, 0.5, 0.8, 0.9, 0.9]);
  });
});

describe("sortPositive", () => {
  it("sorts positive doubles as the built-in sort does, whole amounts and fractions, ties, tiny and huge", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: 1, max: 5000 }),
            fc.double({ min: Number.MIN_VALUE, max: 1e15, noNaN: true }),
            fc.constantFrom(0.1, 0.2, 0.30000000000000004, 1e-300, 123456.78),
          ),
          { minLength: 2048, maxLength: 6000 },
        ),
        (list) => {
          const values = Float64Array.from(list);
          sortPositive(values);
          expect(Array.from(values)).toEqual(Array.from(Float64Array.from(list).sort()));
        },
      ),
      { numRuns: 25 },
    );
  });
});
