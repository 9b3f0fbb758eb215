import { DEFAULT_HISTORY_DEPTH, type AnalyseOptions } from "../../core";

/**
 * Above this many clients the pane leaves the class history out unless asked: its cost grows with
 * clients × period ends, and in Excel the engine shares one thread with the workbook.
 */
export const PANE_HISTORY_LIMIT = 100_000;

/**
 * The history part of a pane run's options: 12 period ends, left out for a table of more than
 * PANE_HISTORY_LIMIT clients unless the manager turned it on (`large`).
 * @example historyOptions(false) // { history: 12, historyLimit: 100000 }
 */
export function historyOptions(large: boolean): Pick<AnalyseOptions, "history" | "historyLimit"> {
  return { history: DEFAULT_HISTORY_DEPTH, ...(large ? {} : { historyLimit: PANE_HISTORY_LIMIT }) };
}
