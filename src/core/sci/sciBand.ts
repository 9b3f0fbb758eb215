import { round9 } from "../classify/round9";
import { SCI_LIMITS, type SciBand } from "./types";

/**
 * The band of a reliability index given as a fraction 0–1 (§11): secure ≥ 0.9, favourable ≥ 0.8,
 * vulnerable ≥ 0.7, at risk below. The index is rounded to 9 decimals first, as every class limit is.
 * @example sciBand(0.9) // "secure"; sciBand(0.79999999999999993) // "favourable"; sciBand(0.69) // "at risk"
 */
export function sciBand(fraction: number): SciBand {
  const v = round9(fraction);
  if (v >= SCI_LIMITS.secure) return "secure";
  if (v >= SCI_LIMITS.favourable) return "favourable";
  if (v >= SCI_LIMITS.vulnerable) return "vulnerable";
  return "at risk";
}
