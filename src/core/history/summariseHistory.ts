import { abcClasses } from "../classify/rankAbc";
import type { AbcClass } from "../results";
import {
  ABC_OR_NONE,
  NO_CLASS,
  XYZ_OR_NONE,
  type ClassAtPeriod,
  type ClassHistory,
  type PeriodClasses,
  type Transitions,
} from "./types";

/** The codes a history has before its ABC classes are ranked: XYZ and status per client and period end. */
export type HistoryCodes = Pick<ClassHistory, "granularity" | "periods" | "clients" | "xyz" | "status">;

/** The status code of a potential client (no class of any kind). */
const POTENTIAL = 0;

/**
 * One ranking per period end (§3 on the metric each client had there, 0 for a client without a
 * purchase yet), and with it the clients and metric of each class at that period end.
 */
function rankEachPeriod(
  codes: HistoryCodes,
  ranked: Float64Array,
  thresholds: { readonly a: number; readonly b: number },
): { abc: Uint8Array; byPeriod: PeriodClasses[] } {
  const { clients: n, status } = codes;
  const h = codes.periods.length;
  const abc = new Uint8Array(n * h);
  const byPeriod: PeriodClasses[] = [];
  for (let j = 0; j < h; j++) {
    const column = ranked.subarray(j * n, (j + 1) * n);
    const classes = abcClasses(column, thresholds.a, thresholds.b);
    const count = [0, 0, 0];
    const metric = [0, 0, 0];
    let total = 0;
    for (let c = 0; c < n; c++) {
      const at = c * h + j;
      if (status[at] === POTENTIAL) {
        abc[at] = NO_CLASS;
        continue;
      }
      const code = classes[c];
      abc[at] = code;
      count[code]++;
      const v = column[c];
      if (v > 0) {
        metric[code] += v;
        total += v;
      }
    }
    const at = (i: number): ClassAtPeriod => ({
      clients: count[i],
      metric: metric[i],
      share: total > 0 ? metric[i] / total : 0,
    });
    const byClass: Record<AbcClass, ClassAtPeriod> = { A: at(0), B: at(1), C: at(2) };
    byPeriod.push({ total, classes: byClass });
  }
  return { abc, byPeriod };
}

/** Kept ÷ classed at both ends, from a 4 × 4 count of (code at t − 1, code at t); null when none was classed. */
function stabilityOf(counts: Int32Array): number | null {
  let classed = 0;
  let kept = 0;
  for (let from = 0; from < NO_CLASS; from++)
    for (let to = 0; to < NO_CLASS; to++) {
      classed += counts[from * 4 + to];
      if (from === to) kept += counts[from * 4 + to];
    }
  return classed > 0 ? kept / classed : null;
}

/** The counts as a matrix keyed by class names, "none" last. */
function keyed<K extends string>(counts: Int32Array, keys: readonly K[]): Transitions<K> {
  return Object.fromEntries(
    keys.map((from, f) => [from, Object.fromEntries(keys.map((to, t) => [to, counts[f * 4 + t]]))]),
  ) as Transitions<K>;
}

/**
 * §14's figures from the class codes, in one pass per client after the rankings: the transitions
 * between consecutive period ends (every client, "none" for no class), stability, each client's ABC
 * streak (period ends in a row, ending at T, in its class at T), and the classes per period end.
 * `ranked` holds the metric each client was ranked by, period end by period end.
 */
export function summariseHistory(
  codes: HistoryCodes,
  ranked: Float64Array,
  thresholds: { readonly a: number; readonly b: number },
): ClassHistory {
  const { clients: n, xyz } = codes;
  const h = codes.periods.length;
  const { abc, byPeriod } = rankEachPeriod(codes, ranked, thresholds);
  const abcCounts = new Int32Array(16);
  const xyzCounts = new Int32Array(16);
  const abcStreak = new Int32Array(n);
  for (let c = 0; c < n && h > 0; c++) {
    const base = c * h;
    for (let j = base + 1; j < base + h; j++) {
      abcCounts[abc[j - 1] * 4 + abc[j]]++;
      xyzCounts[xyz[j - 1] * 4 + xyz[j]]++;
    }
    const last = abc[base + h - 1];
    if (last === NO_CLASS) continue;
    let j = base + h - 1;
    while (j >= base && abc[j] === last) j--;
    abcStreak[c] = base + h - 1 - j;
  }
  return {
    ...codes,
    abc,
    abcStreak,
    transitions: { abc: keyed(abcCounts, ABC_OR_NONE), xyz: keyed(xyzCounts, XYZ_OR_NONE) },
    stability: { abc: stabilityOf(abcCounts), xyz: stabilityOf(xyzCounts) },
    byPeriod,
  };
}
