import {
  ABC_OR_NONE,
  XYZ_OR_NONE,
  format,
  formatNumber,
  formatPeriod,
  historyLists,
  shareText,
  type Classification,
  type ClassHistory,
  type Locale,
  type Transitions,
} from "../core";
import type { CliWords } from "../locales/cliWords";
import { table } from "./formatTeam";

type HistoryWords = CliWords["history"];

/** A transition matrix as aligned lines: the class at a period end in rows, at the next in columns. */
function matrixLines<K extends string>(
  matrix: Transitions<K>,
  keys: readonly K[],
  locale: Locale,
  none: string,
): string[] {
  const name = (k: K) => (k === "none" ? none : k);
  return table([
    ["", ...keys.map(name)],
    ...keys.map((from) => [name(from), ...keys.map((to) => formatNumber(matrix[from][to], locale))]),
  ]).map((line) => `    ${line}`);
}

/**
 * The class history lines of the readable summary (§14): the period ends covered, both transition
 * matrices, the stability, and how many clients slipped at the last step or were A throughout.
 * @example historyLines(history, classification, en, words)[0] // "Class history, 12 period ends: Jan 2024 – Dec 2024"
 */
export function historyLines(
  history: ClassHistory,
  classification: Classification,
  locale: Locale,
  words: HistoryWords,
): string[] {
  const h = history.periods.length;
  if (h === 0) return [];
  const period = (j: number) => formatPeriod(history.periods[j], history.granularity, locale);
  const lists = historyLists(history, classification);
  const lines = [
    format(words.heading, { count: formatNumber(h, locale), first: period(0), last: period(h - 1) }),
    `  ${words.abc}`,
    ...matrixLines(history.transitions.abc, ABC_OR_NONE, locale, words.none),
    `  ${words.xyz}`,
    ...matrixLines(history.transitions.xyz, XYZ_OR_NONE, locale, words.none),
    `  ${format(words.stability, {
      abc: shareText(history.stability.abc, locale, words.notAvailable),
      xyz: shareText(history.stability.xyz, locale, words.notAvailable),
    })}`,
  ];
  if (h >= 2)
    lines.push(
      `  ${format(words.slipping, { last: period(h - 1), before: period(h - 2), count: formatNumber(lists.slipping.length, locale) })}`,
    );
  lines.push(`  ${format(words.steadyA, { count: formatNumber(lists.steadyA.length, locale) })}`);
  return lines;
}
