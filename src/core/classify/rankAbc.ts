import type { AbcClass } from "../results";
import { abcClassForShareBefore } from "./abcClass";

export interface AbcRanking {
  /** Sum of the positive metrics. */
  readonly total: number;
  /** Per input position: the class (C for metric ≤ 0). */
  readonly cls: readonly AbcClass[];
  /**
   * Per input position: P, the share held by strictly larger metrics. A metric ≤ 0 is below every
   * positive one, so its P is 1 (0 when no metric is positive).
   */
  readonly before: Float64Array;
  /** Per input position: metric / total for metric > 0, else 0. */
  readonly share: Float64Array;
}

/**
 * ABC of §3 for a whole column of metrics with one sort: ties share P and therefore a class,
 * the client that crosses a boundary joins the upper class, metrics ≤ 0 are C with share 0 and P 1.
 * @example rankAbc([50, 30, 10, 5, 5], 0.5, 0.8).cls // ["A", "B", "C", "C", "C"]
 */
export function rankAbc(metrics: ArrayLike<number>, a: number, b: number): AbcRanking {
  const n = metrics.length;
  let total = 0;
  let positives = 0;
  for (let i = 0; i < n; i++) {
    const v = metrics[i];
    if (v > 0) {
      total += v;
      positives++;
    }
  }
  // One numeric sort of the positive metrics (no comparator), then P per distinct value, largest first.
  const sorted = new Float64Array(positives);
  for (let i = 0, k = 0; i < n; i++) if (metrics[i] > 0) sorted[k++] = metrics[i];
  sorted.sort();
  const values = new Float64Array(positives);
  const shareBefore = new Float64Array(positives);
  const classes: AbcClass[] = [];
  let distinct = 0;
  let larger = 0;
  for (let k = positives - 1; k >= 0;) {
    const v = sorted[k];
    let group = 0;
    for (; k >= 0 && sorted[k] === v; k--) group += v;
    values[distinct] = v;
    shareBefore[distinct] = larger / total;
    classes.push(abcClassForShareBefore(larger / total, a, b));
    distinct++;
    larger += group;
  }
  const cls: AbcClass[] = new Array<AbcClass>(n).fill("C");
  const before = new Float64Array(n).fill(total > 0 ? 1 : 0);
  const share = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = metrics[i];
    if (!(v > 0)) continue;
    const d = indexInDescending(values, distinct, v);
    cls[i] = classes[d];
    before[i] = shareBefore[d];
    share[i] = v / total;
  }
  return { total, cls, before, share };
}

/** Where `v` is in the first `length` entries of a strictly descending array that holds it. */
function indexInDescending(values: Float64Array, length: number, v: number): number {
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] > v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
