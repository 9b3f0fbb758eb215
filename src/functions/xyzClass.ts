import { xyzClassOf, type XyzClass } from "../core";
import { cvP } from "./cv";
import { fail, ok, type FunctionResult } from "./functionResult";
import { asRange, readNumber, readXyzThresholds } from "./runner";

/**
 * XYZCLASS: "X"/"Y"/"Z" from a range of period amounts (population CV from the first positive
 * amount, §4) or from one number taken as the CV itself. Thresholds `x`, `y` as fractions or percents.
 * @example xyzClass([[100, 100, 100, 100]]) // { ok: true, value: "X" }
 * @example xyzClass(0.18) // { ok: true, value: "Y" }
 */
export function xyzClass(valuesOrCv: unknown, x?: unknown, y?: unknown): FunctionResult<XyzClass> {
  const limits = readXyzThresholds(x, y);
  if (!limits.ok) return limits;
  const range = asRange(valuesOrCv);
  const single = range.length === 1 && range[0].length === 1;
  let cv: FunctionResult<number>;
  if (single) {
    cv = readNumber(range[0][0], "values_or_cv", Number.NaN);
    if (cv.ok && !(cv.value >= 0))
      return Number.isNaN(cv.value)
        ? fail({ code: "noPositive" })
        : fail({ code: "negativeCv", value: cv.value });
  } else {
    cv = cvP(range);
  }
  if (!cv.ok) return cv;
  return ok(xyzClassOf(cv.value, limits.value.low, limits.value.high));
}
