import type { CellValue } from "../cells";
import type { HeaderPeriodKind } from "../dataset";
import { isDateFormat } from "./isDateFormat";
import { monthOfWord } from "./monthNames";
import { textTokens } from "./normaliseText";
import { fullYear, parseDate } from "./parseDate";
import { isoWeekStart, serialFromYmd } from "./serialDay";

/** The period a header names: its native length and the serial of its first day. */
export interface HeaderPeriod {
  readonly kind: HeaderPeriodKind;
  readonly start: number;
}

/** Quarter words: `Q`, `кв`, `квартал`, `T` (trimestre), `trimestre`, `trim`. */
const QUARTER_WORDS = new Set(["q", "кв", "квартал", "t", "trimestre", "trim", "quarter", "qtr"]);
const WEEK_WORDS = new Set(["w", "wk", "week", "нед", "неделя", "sem", "semana"]);
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
/** Words that do not change the period: `г.`, `de`, ordinal endings (`1er`, `1-й`). */
const FILLER = new Set(["г", "года", "год", "de", "del", "of", "er", "do", "ro", "to", "st", "nd", "rd", "th", "и", "ыи"]);

/**
 * Reads a wide table's column header as a period, or null when it is not one.
 * Numbers are dates when their format is a date format or they are plausible serials (1950-2100):
 * a "day" period (the reader widens days that all start months into months). Text may name a day
 * (`2024-01-15`), a month (`2024-01`, `2024/01`, `01.2024`, `Jan 2024`, `янв.24`, `январь 2024 г.`,
 * `ene-24`, `enero de 2024`), a quarter (`Q1 2024`, `2024 Q1`, `1 кв. 2024`, `I кв 2024`, `T1 2024`)
 * or an ISO week (`2024-W05`).
 *
 * @example parsePeriodHeader("Q1 2024") // { kind: "quarter", start: serial of 2024-01-01 }
 * @example parsePeriodHeader(45292, "mmm yyyy") // { kind: "day", start: 45292 }
 * @example parsePeriodHeader("Total") // null
 */
export function parsePeriodHeader(value: CellValue | undefined, format?: string): HeaderPeriod | null {
  if (typeof value === "number") {
    const dated = isDateFormat(format);
    // Unformatted: years and fractions are not date headers, whole serials are.
    if (!dated && (!Number.isInteger(value) || (value >= 1900 && value <= 2100))) return null;
    const start = parseDate(value, { dateFormatted: dated });
    return start === null ? null : { kind: "day", start };
  }
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (text === "" || text.length > 40) return null;
  const numeric = /^(\d{4})[-/.](\d{1,2})$/.exec(text) ?? /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (numeric) {
    const [year, month] = numeric[1].length === 4 ? [numeric[1], numeric[2]] : [numeric[2], numeric[1]];
    return monthPeriod(Number(year), Number(month));
  }
  const week = /^(\d{4})-?W(\d{1,2})$/i.exec(text);
  if (week) return weekPeriod(Number(week[1]), Number(week[2]));
  const day = parseDate(text);
  if (day !== null) return { kind: "day", start: day };
  return fromWords(textTokens(text).filter((t) => !FILLER.has(t)));
}

/** `Jan 2024`, `Q1 2024`, `1 кв 2024`, `W05 2024`: a year with a month, quarter or week. */
function fromWords(tokens: readonly string[]): HeaderPeriod | null {
  const years = tokens.filter((t) => /^\d{4}$/.test(t));
  const rest = tokens.filter((t) => !/^\d{4}$/.test(t));
  if (years.length === 0) return fromShortYear(tokens);
  if (years.length !== 1) return null;
  const year = Number(years[0]);
  if (rest.length === 1) {
    const month = monthOfWord(rest[0]);
    if (month !== null) return monthPeriod(year, month);
  }
  if (rest.length === 2) {
    const [a, b] = rest;
    const n = numberOrRoman(QUARTER_WORDS.has(a) ? b : QUARTER_WORDS.has(b) ? a : "");
    if (n !== null) return quarterPeriod(year, n);
    const w = numberOrRoman(WEEK_WORDS.has(a) ? b : WEEK_WORDS.has(b) ? a : "");
    if (w !== null) return weekPeriod(year, w);
  }
  return null;
}

/** `янв.24`, `ene-24`, `Jan-24`: a month word and a two-digit year. */
function fromShortYear(tokens: readonly string[]): HeaderPeriod | null {
  if (tokens.length !== 2 || !/^\d{2}$/.test(tokens[1])) return null;
  const month = monthOfWord(tokens[0]);
  return month === null ? null : monthPeriod(fullYear(tokens[1]), month);
}

function numberOrRoman(token: string): number | null {
  if (/^\d{1,2}$/.test(token)) return Number(token);
  return ROMAN[token] ?? null;
}

function monthPeriod(year: number, month: number): HeaderPeriod | null {
  const start = serialFromYmd(year, month, 1);
  return start === null ? null : { kind: "month", start };
}

function quarterPeriod(year: number, quarter: number): HeaderPeriod | null {
  if (quarter < 1 || quarter > 4) return null;
  const start = serialFromYmd(year, quarter * 3 - 2, 1);
  return start === null ? null : { kind: "quarter", start };
}

function weekPeriod(year: number, week: number): HeaderPeriod | null {
  const start = isoWeekStart(year, week);
  return start === null ? null : { kind: "week", start };
}
