import type { XyzClass } from "../results";
import type { SigmaKind } from "../settings";
import { round9 } from "./round9";

/** Why a coefficient of variation could not be computed. */
export type NoVariation = "noPositive" | "nonPositiveMean" | "singlePeriod";

/**
 * CV = σ / μ over the values from the first positive one to the end (§4). Zeros inside that span
 * count. Population σ divides by n, sample σ by n − 1 (undefined for n = 1).
 * @example variationFromFirstPositive([0, 100, 0, 100, 0], "population") // { ok: true, cv: 1, n: 4 } (100, 0, 100, 0: μ 50, σ 50)
 */
export function variationFromFirstPositive(
  values: ArrayLike<number>,
  sigma: SigmaKind,
):
  | { readonly ok: true; readonly cv: number; readonly n: number }
  | { readonly ok: false; readonly why: NoVariation } {
  let start = 0;
  while (start < values.length && !(values[start] > 0)) start++;
  if (start >= values.length) return { ok: false, why: "noPositive" };
  return variationOf(values, start, values.length, sigma);
}

/**
 * CV of `values[start..end)`; all of them count. The values are finite numbers (the readers refuse
 * anything else), read as they are: a `|| 0` guard here made V8 box every value and cost the
 * classification of a million sales about 13 ms.
 */
export function variationOf(
  values: ArrayLike<number>,
  start: number,
  end: number,
  sigma: SigmaKind,
):
  | { readonly ok: true; readonly cv: number; readonly n: number }
  | { readonly ok: false; readonly why: NoVariation } {
  const n = end - start;
  if (n <= 0) return { ok: false, why: "noPositive" };
  let sum = 0;
  for (let i = start; i < end; i++) sum += values[i];
  const mean = sum / n;
  if (!(mean > 0)) return { ok: false, why: "nonPositiveMean" };
  if (sigma === "sample" && n === 1) return { ok: false, why: "singlePeriod" };
  let sq = 0;
  for (let i = start; i < end; i++) {
    const d = values[i] - mean;
    sq += d * d;
  }
  const sd = Math.sqrt(sq / (sigma === "sample" ? n - 1 : n));
  return { ok: true, cv: sd / mean, n };
}

/**
 * X if CV ≤ x, Y if CV ≤ y, else Z, comparing CV rounded to 9 decimals.
 * @example xyzClassOf(0.10000000000000002, 0.1, 0.25) // "X"
 */
export function xyzClassOf(cv: number, x: number, y: number): XyzClass {
  const c = round9(cv);
  if (c <= x) return "X";
  if (c <= y) return "Y";
  return "Z";
}
