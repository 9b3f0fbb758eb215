import { XYZCLASS } from "../../src/functions/functions";
import { xyzClass } from "../../src/functions/xyzClass";

describe("XYZCLASS", () => {
  it.each([
    [[[100, 100, 100, 100]], undefined, undefined, "X"],
    [[[100, 0, 100, 0]], undefined, undefined, "Z"],
    [[[null, 90, 110, 100, 100]], undefined, undefined, "X"],
    [[[0.1]], undefined, undefined, "X"],
    [[[0.1 + 1e-12]], undefined, undefined, "X"],
    [[[0.18]], undefined, undefined, "Y"],
    [[[0.18]], 20, 30, "X"],
    [[[0.18]], 0.05, 0.15, "Z"],
    [[[0.25]], null, null, "Y"],
    [[[1.2]], undefined, undefined, "Z"],
  ])("classifies %j with x=%p, y=%p as %p", (values, x, y, expected) => {
    expect(XYZCLASS(values, x as number | undefined, y as number | undefined)).toBe(expected);
  });

  it("reads a single number as a CV, not as one period of amounts", () => {
    expect(XYZCLASS([[5000]])).toBe("Z");
  });

  it("is #N/A for a range with no purchase and for a blank CV", () => {
    expect(xyzClass([[0, 0, 0]])).toEqual({ ok: false, problem: { code: "noPositive" } });
    expect(xyzClass([[null]])).toEqual({ ok: false, problem: { code: "noPositive" } });
  });

  it("refuses a negative CV and thresholds in the wrong order", () => {
    expect(xyzClass(-0.2)).toEqual({ ok: false, problem: { code: "negativeCv", value: -0.2 } });
    expect(() => XYZCLASS([[0.2]], 30, 10)).toThrow("Threshold x (30%) must be below y (10%)");
  });
});
