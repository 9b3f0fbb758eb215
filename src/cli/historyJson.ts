import { ABC_OR_NONE, HISTORY_STATUSES, XYZ_OR_NONE, isoDate, periodStart, type ClassHistory } from "../core";
import { cleanNumber, cleanOrNull } from "./cleanNumber";

/** One client's path as `--json` prints it, aligned with `history.periods`; null where there is no class. */
export interface ClientHistoryJson {
  readonly abc: readonly (string | null)[];
  readonly xyz: readonly (string | null)[];
  readonly status: readonly string[];
  readonly abcStreak: number;
}

/** A code's class name, null for "none". */
function named(words: readonly string[], code: number): string | null {
  return words[code] === "none" ? null : words[code];
}

/**
 * The `history` object of `--json` (METHODOLOGY §14): the period ends oldest first, each named by its
 * first day; the transitions FROM → TO with `none`; stability (null with no pair); each period end's
 * clients and share of turnover per ABC class. The names are a contract.
 * @example historyJson(history).periods[0] // "2024-01-01"
 */
export function historyJson(history: ClassHistory): Record<string, unknown> {
  return {
    periods: history.periods.map((p) => isoDate(periodStart(p, history.granularity))),
    transitions: history.transitions,
    stability: {
      abc: cleanOrNull(history.stability.abc),
      xyz: cleanOrNull(history.stability.xyz),
    },
    byPeriod: history.byPeriod.map((p) =>
      Object.fromEntries(
        (["A", "B", "C"] as const).map((k) => [
          k,
          { clients: p.classes[k].clients, share: cleanNumber(p.classes[k].share) },
        ]),
      ),
    ),
  };
}

/** Client `c`'s sequences and ABC streak. */
export function clientHistoryJson(history: ClassHistory, c: number): ClientHistoryJson {
  const h = history.periods.length;
  const at = (codes: Uint8Array) => Array.from(codes.subarray(c * h, (c + 1) * h));
  return {
    abc: at(history.abc).map((code) => named(ABC_OR_NONE, code)),
    xyz: at(history.xyz).map((code) => named(XYZ_OR_NONE, code)),
    status: at(history.status).map((code) => HISTORY_STATUSES[code]),
    abcStreak: history.abcStreak[c],
  };
}
