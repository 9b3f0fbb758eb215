import type { ClientInfo } from "../dataset";
import type {
  AbcReason,
  Classification,
  ClientResult,
  PeriodAxis,
  ResultWarning,
  XyzReason,
} from "../results";
import { windowPeriods, type Settings } from "../settings";
import { summarise } from "./summarise";
import { rankAbc } from "./rankAbc";
import { statusOf } from "./statusOf";
import { variationOf, xyzClassOf } from "./variation";

/** One shared, read-only reason for every potential client. */
const POTENTIAL_REASON: ClientResult["reason"] = Object.freeze({
  abc: Object.freeze({ code: "potential" }),
  xyz: Object.freeze({ code: "potential" }),
});

/** A client × period table of summed amounts and everything else §3–§6 need. */
export interface ClassifyInput {
  /** Settings as applied (granularity and metric may differ from the ones asked for). */
  readonly settings: Settings;
  readonly axis: PeriodAxis;
  /** Period of column 0: the first period of the history kept (≤ axis.first). */
  readonly historyFirst: number;
  /** Row-major amounts, `clients.length` rows × `periods` columns; the last column is T. */
  readonly amounts: Float64Array;
  readonly periods: number;
  /** The chosen metric of each client over the window. */
  readonly metric: Float64Array;
  readonly clients: readonly ClientInfo[];
  readonly warnings: readonly ResultWarning[];
}

/**
 * Each client's first column before `cut` with a positive sum (-1: none) and the metric it is ranked
 * by for ABC (0 for a client with no purchase: a potential client ranks with nothing).
 * @example firstActiveColumns(new Float64Array([0, 5, 0, 0]), 2, 2, 2, new Float64Array([5, 0])).firstActive // Int32Array [1, -1]
 */
export function firstActiveColumns(
  amounts: Float64Array,
  clients: number,
  periods: number,
  cut: number,
  metric: Float64Array,
): { readonly firstActive: Int32Array; readonly ranked: Float64Array } {
  const firstActive = new Int32Array(clients).fill(-1);
  const ranked = new Float64Array(clients);
  for (let c = 0; c < clients; c++) {
    const base = c * periods;
    for (let k = 0; k < cut; k++) {
      if (amounts[base + k] > 0) {
        firstActive[c] = k;
        break;
      }
    }
    ranked[c] = firstActive[c] < 0 ? 0 : metric[c];
  }
  return { firstActive, ranked };
}

/**
 * §4's CV of one client's amounts `[from, end)` from the first positive one (zeros after it count);
 * null when none of them is positive.
 * @example variationInWindow(new Float64Array([0, 100, 0, 100]), 0, 4, "population")?.ok // true
 */
export function variationInWindow(
  amounts: Float64Array,
  from: number,
  end: number,
  sigma: Settings["sigma"],
): ReturnType<typeof variationOf> | null {
  let start = from;
  while (start < end && !(amounts[start] > 0)) start++;
  return start < end ? variationOf(amounts, start, end, sigma) : null;
}

/**
 * §3–§6 over a client × period table: ABC on the window metric with one sort, CV from each client's
 * first active period inside the window to T, status over the whole history, counts, the ABC-XYZ
 * matrix and the warnings.
 * @example classifyRows(input).clients[0].abc // "A"
 */
export function classifyRows(input: ClassifyInput): Classification {
  const { settings, axis, amounts, periods, metric, clients } = input;
  const n = clients.length;
  const w = windowPeriods(settings.windowMonths, axis.granularity);
  const windowStart = axis.first - input.historyFirst;
  const { a, b } = settings.abc;
  const { x, y } = settings.xyz;

  const { firstActive, ranked } = firstActiveColumns(amounts, n, periods, periods, metric);
  const ranking = rankAbc(ranked, a, b);

  const results: ClientResult[] = new Array<ClientResult>(n);
  for (let c = 0; c < n; c++) {
    const base = c * periods;
    const end = base + periods;
    const info = clients[c];
    const status = statusOf(amounts, w, base, end);
    const fa = firstActive[c];
    let abcReason: AbcReason = POTENTIAL_REASON.abc;
    let xyzReason: XyzReason = POTENTIAL_REASON.xyz;
    let cv: number | null = null;
    if (fa >= 0) {
      abcReason =
        metric[c] > 0
          ? { code: "abc", cls: ranking.cls[c], before: ranking.before[c], a, b }
          : { code: "nonPositive", metric: metric[c] };
      if (status === "new") {
        xyzReason = { code: "new", first: input.historyFirst + fa };
      } else {
        const v = variationInWindow(amounts, base + Math.max(fa, windowStart), end, settings.sigma);
        if (v === null) xyzReason = { code: "noActiveInWindow" };
        else if (v.ok) {
          cv = v.cv;
          xyzReason = { code: "xyz", cls: xyzClassOf(v.cv, x, y), cv: v.cv, n: v.n, x, y };
        } else xyzReason = { code: v.why === "singlePeriod" ? "singlePeriod" : "nonPositiveMean" };
      }
    }
    const potential = fa < 0;
    results[c] = {
      index: c,
      key: info.key,
      name: info.name,
      segment: info.segment,
      manager: info.manager,
      row: info.row,
      metric: metric[c],
      share: potential ? 0 : ranking.share[c],
      cumShare: potential ? null : ranking.before[c] + ranking.share[c],
      abc: potential ? null : ranking.cls[c],
      cv,
      xyz: xyzReason.code === "xyz" ? xyzReason.cls : null,
      status,
      firstActive: potential ? null : input.historyFirst + fa,
      reason: potential ? POTENTIAL_REASON : { abc: abcReason, xyz: xyzReason },
    };
  }

  const summary = summarise(results, axis.granularity);
  const warnings: ResultWarning[] = [...input.warnings, ...summary.warnings];
  if (!(ranking.total > 0) && results.some((r) => r.abc !== null)) warnings.push({ code: "noPositiveTotal" });
  return {
    settings,
    axis,
    window: w,
    total: ranking.total,
    clients: results,
    counts: summary.counts,
    matrix: summary.matrix,
    warnings,
  };
}
