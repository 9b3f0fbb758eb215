import type { PreparedClassify } from "../classify/classify";
import { windowPeriods } from "../settings";
import { runningXyzCode } from "./runningCv";
import { summariseHistory } from "./summariseHistory";
import { NO_CLASS, type ClassHistory } from "./types";

/** How many period ends the history covers unless asked otherwise (§14). */
export const DEFAULT_HISTORY_DEPTH = 12;

/** Status codes, as in HISTORY_STATUSES. */
const POTENTIAL = 0;
const NEW = 1;
const PERMANENT = 2;
const LOST = 3;
const RESTORED = 4;

/**
 * METHODOLOGY §14 from the classification's own buckets: for each of the last `depth` period ends t
 * up to T (fewer when the window has fewer periods), ABC, XYZ and status exactly as a run as of t
 * (same window start) would write them — without running the classifier once per period end. One pass
 * over each client's periods keeps the running window metric, the running sums of the CV from its
 * first active period in the window, its first and latest purchase; then one ranking per period end
 * (see summariseHistory).
 * @example classHistory(classifyInput(dataset, DEFAULT_SETTINGS), 12).periods.length // 12 with a year of data or more
 */
export function classHistory(prepared: PreparedClassify, depth = DEFAULT_HISTORY_DEPTH): ClassHistory {
  const { input, metricTable } = prepared;
  const { amounts, periods, axis, settings } = input;
  const n = input.clients.length;
  const windowStart = axis.first - input.historyFirst;
  const h = Math.max(0, Math.min(Math.floor(depth), periods - windowStart));
  const t0 = periods - h;
  const w = windowPeriods(settings.windowMonths, axis.granularity);
  const { sigma } = settings;
  const { x, y } = settings.xyz;

  // The metric each client is ranked by at each period end, period-end-major so that a column is a view.
  const ranked = new Float64Array(h * n);
  const xyz = new Uint8Array(n * h).fill(NO_CLASS);
  const status = new Uint8Array(n * h);
  const latestUpTo = new Int32Array(periods);

  for (let c = 0; c < n; c++) {
    const base = c * periods;
    let first = -1; // first active period so far
    let latest = -1; // latest active period so far
    let firstInWindow = -1; // first active period at or after the window's start
    let metric = 0;
    let s1 = 0;
    let s2 = 0;
    for (let k = 0; k < periods; k++) {
      const v = amounts[base + k];
      if (v > 0) {
        if (first < 0) first = k;
        latest = k;
        if (firstInWindow < 0 && k >= windowStart) firstInWindow = k;
      }
      latestUpTo[k] = latest;
      if (k >= windowStart) metric += metricTable[base + k];
      if (firstInWindow >= 0) {
        s1 += v;
        s2 += v * v;
      }
      if (k < t0) continue;
      const j = k - t0;
      const at = c * h + j;
      ranked[j * n + c] = first < 0 ? 0 : metric;
      const code = statusCode(first, latestUpTo, k, w);
      status[at] = code;
      if (code === POTENTIAL || code === NEW || firstInWindow < 0) continue;
      xyz[at] = runningXyzCode(amounts, base + firstInWindow, base + k + 1, s1, s2, sigma, x, y);
    }
  }

  const ends = Array.from({ length: h }, (_, j) => axis.last - h + 1 + j);
  return summariseHistory(
    { granularity: axis.granularity, periods: ends, clients: n, xyz, status },
    ranked,
    settings.abc,
  );
}

/**
 * §5 at period end t, from the client's first active period and, for every period up to t, its latest
 * active period up to there: R is t − w + 1..t, R′ the w periods before.
 */
function statusCode(first: number, latestUpTo: Int32Array, t: number, w: number): number {
  if (first < 0) return POTENTIAL;
  const rStart = t - w + 1;
  if (first >= rStart) return NEW;
  if (latestUpTo[t] < rStart) return LOST;
  const beforeR = t - w;
  return latestUpTo[beforeR] >= Math.max(t - 2 * w + 1, 0) ? PERMANENT : RESTORED;
}
