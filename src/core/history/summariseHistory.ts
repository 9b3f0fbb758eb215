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

/** The class codes of a history, before they are added up. */
export type HistoryCodes = Pick<ClassHistory, "granularity" | "periods" | "clients" | "abc" | "xyz" | "status">;

/** A 4 × 4 count of (code at t − 1, code at t) over every client and pair, and how many kept a class. */
function transitionCounts(
  codes: Uint8Array,
  clients: number,
  h: number,
): { counts: Int32Array; stability: number | null } {
  const counts = new Int32Array(16);
  for (let c = 0; c < clients; c++) {
    const base = c * h;
    for (let j = 1; j < h; j++) counts[codes[base + j - 1] * 4 + codes[base + j]]++;
  }
  let classed = 0;
  let kept = 0;
  for (let from = 0; from < NO_CLASS; from++)
    for (let to = 0; to < NO_CLASS; to++) {
      classed += counts[from * 4 + to];
      if (from === to) kept += counts[from * 4 + to];
    }
  return { counts, stability: classed > 0 ? kept / classed : null };
}

/** The counts as a matrix keyed by class names, "none" last. */
function keyed<K extends string>(counts: Int32Array, keys: readonly K[]): Transitions<K> {
  return Object.fromEntries(
    keys.map((from, f) => [from, Object.fromEntries(keys.map((to, t) => [to, counts[f * 4 + t]]))]),
  ) as Transitions<K>;
}

/** Per client: how many period ends in a row, ending at the last, held its last ABC class (0 without one). */
function streaks(abc: Uint8Array, clients: number, h: number): Int32Array {
  const out = new Int32Array(clients);
  for (let c = 0; c < clients; c++) {
    const last = c * h + h - 1;
    if (h === 0 || abc[last] === NO_CLASS) continue;
    let j = last;
    while (j >= c * h && abc[j] === abc[last]) j--;
    out[c] = last - j;
  }
  return out;
}

/** The clients and metric of each ABC class at each period end, from the metric every client was ranked by. */
function byPeriod(codes: HistoryCodes, ranked: Float64Array): PeriodClasses[] {
  const { clients, abc } = codes;
  const h = codes.periods.length;
  const out: PeriodClasses[] = [];
  for (let j = 0; j < h; j++) {
    const count = [0, 0, 0];
    const metric = [0, 0, 0];
    let total = 0;
    for (let c = 0; c < clients; c++) {
      const code = abc[c * h + j];
      if (code === NO_CLASS) continue;
      count[code]++;
      const v = ranked[j * clients + c];
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
    const classes: Record<AbcClass, ClassAtPeriod> = { A: at(0), B: at(1), C: at(2) };
    out.push({ total, classes });
  }
  return out;
}

/**
 * §14's figures from the class codes: each client's ABC streak, the transitions between consecutive
 * period ends (every client, "none" for no class), stability and the classes per period end. `ranked`
 * holds the metric each client was ranked by, period end by period end.
 */
export function summariseHistory(codes: HistoryCodes, ranked: Float64Array): ClassHistory {
  const h = codes.periods.length;
  const abc = transitionCounts(codes.abc, codes.clients, h);
  const xyz = transitionCounts(codes.xyz, codes.clients, h);
  return {
    ...codes,
    abcStreak: streaks(codes.abc, codes.clients, h),
    transitions: { abc: keyed(abc.counts, ABC_OR_NONE), xyz: keyed(xyz.counts, XYZ_OR_NONE) },
    stability: { abc: abc.stability, xyz: xyz.stability },
    byPeriod: byPeriod(codes, ranked),
  };
}
