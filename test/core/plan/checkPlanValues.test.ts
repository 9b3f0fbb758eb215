import { assertFiniteValues, NonFiniteValueError, type WritePlan } from "../../../src/core";

const range = { sheet: "My sales", row: 1, col: 2, rows: 2, cols: 2 };
const planWith = (value: number): WritePlan => ({
  ops: [
    { kind: "clear", range },
    {
      kind: "values",
      range,
      values: [
        ["A", 1.5],
        [null, value],
      ],
    },
  ],
  owned: [range],
});

describe("assertFiniteValues", () => {
  it.each([NaN, Infinity, -Infinity])("stops a plan that would write %s, naming the cell", (value) => {
    expect(() => assertFiniteValues(planWith(value))).toThrow(NonFiniteValueError);
    expect(() => assertFiniteValues(planWith(value))).toThrow("'My sales'!D3");
  });

  it("lets finite numbers, text, blanks and Excel's largest numbers through", () => {
    expect(() => assertFiniteValues(planWith(Number.MAX_VALUE))).not.toThrow();
    expect(() => assertFiniteValues(planWith(-1e15))).not.toThrow();
  });
});
