import type { AbcClass } from "../results";
import { round9 } from "./round9";

/**
 * The ABC class of a client whose predecessors hold `before` of the total (§3): A while
 * P < a, B while P < b, otherwise C.
 * @example abcClassForShareBefore(0.5, 0.5, 0.8) // "B"
 */
export function abcClassForShareBefore(before: number, a: number, b: number): AbcClass {
  const p = round9(before);
  if (p < a) return "A";
  if (p < b) return "B";
  return "C";
}

/**
 * ABCCLASS in one linear pass and no sort: the class of `value` among `values`. Only positive
 * values count towards the total; a value ≤ 0 is C.
 * @example abcClassOf(10, [50, 30, 10, 5, 5], 0.5, 0.8) // "C"
 */
export function abcClassOf(value: number, values: ArrayLike<number>, a: number, b: number): AbcClass {
  if (!(value > 0)) return "C";
  let total = 0;
  let larger = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v > 0) {
      total += v;
      if (v > value) larger += v;
    }
  }
  return abcClassForShareBefore(total > 0 ? larger / total : 0, a, b);
}
