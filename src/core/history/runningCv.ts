import { variationOf, xyzClassOf } from "../classify/variation";
import type { SigmaKind } from "../settings";
import { NO_CLASS } from "./types";

/** The XYZ codes of `xyzClassOf`'s classes (X 0, Y 1, Z 2). */
const XYZ_CODE = { X: 0, Y: 1, Z: 2 } as const;

/** Slack for the rounding of the running sums and of the two-pass CV: a few units in the last place per period. */
const EPS = Number.EPSILON;

/**
 * The XYZ code (§4) of a client's amounts `values[start..end)` (its first active period in the window
 * to t), given their running sum `s1` (added in period order from `start`, as the two-pass CV adds
 * them, so the mean is the same number) and sum of squares `s2`: σ² comes from the sums, with a bound
 * on their rounding; only when the class could differ at either end of that bound is the CV computed
 * again in two passes, exactly as a run as of t computes it. NO_CLASS when §4 gives none (μ ≤ 0, or
 * sample σ of one period).
 * @example runningXyzCode([100, 0, 100, 0], 0, 4, 200, 20000, "population", 0.1, 0.25) // 2 (Z: CV 1)
 */
export function runningXyzCode(
  values: ArrayLike<number>,
  start: number,
  end: number,
  s1: number,
  s2: number,
  sigma: SigmaKind,
  x: number,
  y: number,
): number {
  const n = end - start;
  const mean = s1 / n;
  if (!(mean > 0)) return NO_CLASS;
  if (sigma === "sample" && n === 1) return NO_CLASS;
  const divisor = sigma === "sample" ? n - 1 : n;
  const squares = s2 - s1 * mean;
  const slack = (4 * n + 8) * EPS * s2;
  if (Number.isFinite(squares) && Number.isFinite(slack)) {
    const widen = 64 * (n + 1) * EPS;
    const low = (Math.sqrt(Math.max(0, squares - slack) / divisor) / mean) * (1 - widen);
    const high = (Math.sqrt((squares + slack) / divisor) / mean) * (1 + widen);
    const cls = xyzClassOf(low, x, y);
    if (cls === xyzClassOf(high, x, y)) return XYZ_CODE[cls];
  }
  const v = variationOf(values, start, end, sigma);
  return v.ok ? XYZ_CODE[xyzClassOf(v.cv, x, y)] : NO_CLASS;
}
