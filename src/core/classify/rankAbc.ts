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
  const order: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const v = metrics[i];
    if (v > 0) {
      order.push(i);
      total += v;
    }
  }
  order.sort((i, j) => metrics[j] - metrics[i] || i - j);
  const cls: AbcClass[] = new Array<AbcClass>(n).fill("C");
  const before = new Float64Array(n).fill(total > 0 ? 1 : 0);
  const share = new Float64Array(n);
  let larger = 0;
  let k = 0;
  while (k < order.length) {
    const v = metrics[order[k]];
    let end = k;
    let group = 0;
    while (end < order.length && metrics[order[end]] === v) {
      group += v;
      end++;
    }
    const p = larger / total;
    const c = abcClassForShareBefore(p, a, b);
    for (let t = k; t < end; t++) {
      const i = order[t];
      cls[i] = c;
      before[i] = p;
      share[i] = v / total;
    }
    larger += group;
    k = end;
  }
  return { total, cls, before, share };
}
