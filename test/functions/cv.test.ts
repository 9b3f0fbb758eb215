import { CV_P, CV_S } from "../../src/functions/functions";
import { cvP, cvS } from "../../src/functions/cv";
import { FunctionError } from "../../src/functions/runner";

describe("CV.P", () => {
  it.each([
    ["steady months (§4 example)", [[100, 100, 100, 100]], 0],
    ["alternating months (§4 example)", [[100, 0, 100, 0]], 1],
    ["leading blanks (web) before the first purchase", [[null, null, 100, 0, 100, 0]], 1],
    ["leading zeros (desktop) before the first purchase", [[0, 0, 100, 0, 100, 0]], 1],
    ["a column instead of a row", [[100], [0], [100], [0]], 1],
    ["zeros after the first purchase count", [[0, 100, 0, 0]], Math.SQRT2],
  ])("gives σ/μ for %s", (_, values, expected) => {
    expect(CV_P(values)).toBeCloseTo(expected, 12);
  });

  it("is #N/A with a reason when no amount is positive", () => {
    expect(cvP([[0, null, -10]])).toEqual({ ok: false, problem: { code: "noPositive" } });
    expect(() => CV_P([[0, null, -10]])).toThrow(
      new FunctionError("notAvailable", "No positive amount in the range: no CV"),
    );
  });

  it("is #N/A when returns pull the average from the first purchase to 0 or below", () => {
    expect(cvP([[100, -100]])).toEqual({ ok: false, problem: { code: "nonPositiveMean" } });
  });

  it("is #VALUE! naming the text and where it is", () => {
    expect(() => CV_P([[100], ["n/a"], [100]])).toThrow(
      "Text 'n/a' in the range (row 2, column 1): amounts only",
    );
  });
});

describe("CV.S", () => {
  it("divides by n − 1", () => {
    expect(CV_S([[100, 0]])).toBeCloseTo(Math.SQRT2, 12);
  });

  it("is #N/A with a single period since the first purchase", () => {
    expect(cvS([[0, 0, 100]])).toEqual({ ok: false, problem: { code: "singlePeriod" } });
  });
});
