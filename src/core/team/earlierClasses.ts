import { ABC_CODES, abcClasses } from "../classify/rankAbc";
import { statusOf } from "../classify/statusOf";
import { xyzClassOf } from "../classify/variation";
import { firstActiveColumns, variationInWindow, type ClassifyInput } from "../classify/classifyRows";
import type { AbcClass, XyzClass } from "../results";

/** Each client's ABC and XYZ class at an earlier date (null: no class), indexed like the clients. */
export interface EarlierClasses {
  readonly abc: readonly (AbcClass | null)[];
  readonly xyz: readonly (XyzClass | null)[];
}

/**
 * The ABC and XYZ classes of §3–§5 as of T − w with the same window start, read from the same
 * client × period sums as the classification at T (the first `cut` = periods − w columns of each
 * row), without copying them and without building a whole classification: the rules are those of
 * `classifyRows`. `metric` is each client's metric over the window up to T − w.
 * @example earlierClasses(input, 3, metric).abc[0] // "A"
 */
export function earlierClasses(input: ClassifyInput, w: number, metric: Float64Array): EarlierClasses {
  const { amounts, periods, settings } = input;
  const cut = periods - w;
  const n = input.clients.length;
  const windowStart = input.axis.first - input.historyFirst;
  const { firstActive, ranked } = firstActiveColumns(amounts, n, periods, cut, metric);
  const ranking = abcClasses(ranked, settings.abc.a, settings.abc.b);
  const abc: (AbcClass | null)[] = new Array<AbcClass | null>(n).fill(null);
  const xyz: (XyzClass | null)[] = new Array<XyzClass | null>(n).fill(null);
  for (let c = 0; c < n; c++) {
    const fa = firstActive[c];
    if (fa < 0) continue;
    abc[c] = ABC_CODES[ranking[c]];
    const base = c * periods;
    const end = base + cut;
    if (statusOf(amounts, w, base, end) === "new") continue;
    const v = variationInWindow(amounts, base + Math.max(fa, windowStart), end, settings.sigma);
    if (v?.ok) xyz[c] = xyzClassOf(v.cv, settings.xyz.x, settings.xyz.y);
  }
  return { abc, xyz };
}
