import type { Classification } from "../results";
import { NO_CLASS, type ClassHistory } from "./types";

/** The two lists of §14's sheet and pane: client indexes, the largest metric at T first. */
export interface HistoryLists {
  /** ABC at T lower than at the period end before. */
  readonly slipping: readonly number[];
  /** A at every period end of the history. */
  readonly steadyA: readonly number[];
}

/**
 * Who slipped at the last step (a lower ABC class at T than at the period end before) and who was A
 * at every period end, each largest first by the metric at T (table order on a tie).
 * @example historyLists(history, classification).steadyA // [0]
 */
export function historyLists(history: ClassHistory, classification: Classification): HistoryLists {
  const h = history.periods.length;
  const slipping: number[] = [];
  const steadyA: number[] = [];
  for (let c = 0; c < history.clients; c++) {
    const base = c * h;
    const now = history.abc[base + h - 1];
    if (h >= 2 && now !== NO_CLASS) {
      const before = history.abc[base + h - 2];
      if (before !== NO_CLASS && now > before) slipping.push(c);
    }
    if (h > 0 && history.abcStreak[c] === h && now === 0) steadyA.push(c);
  }
  const metric = (c: number) => classification.clients[c].metric;
  const largestFirst = (p: number, q: number) => metric(q) - metric(p) || p - q;
  return { slipping: slipping.sort(largestFirst), steadyA: steadyA.sort(largestFirst) };
}
