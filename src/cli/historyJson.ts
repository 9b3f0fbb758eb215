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

/** Stands for client `c`'s history in the document until {@link printJson} writes it there. */
export function clientHistoryMark(c: number): string {
  return `\u0000${c}`;
}

/**
 * The `--json` document with two-space indents, each client's history compact on its own line: 12
 * period ends of 50,000 clients printed one value a line would double the output and its time.
 */
export function printJson(doc: unknown, history: ClassHistory | null): string {
  const text = JSON.stringify(doc, null, 2);
  if (history === null) return text;
  return text.replace(/"history": "\\u0000(\d+)"/g, (_, c: string) =>
    `"history": ${JSON.stringify(clientHistoryJson(history, Number(c)))}`,
  );
}
