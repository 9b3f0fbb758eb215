import type { CellValue } from "../cells";
import { monthOfWord } from "./monthNames";
import { textTokens } from "./normaliseText";
import { serialFromYmd } from "./serialDay";

/** Options of {@link parseDate}. */
export interface DateOptions {
  /** The cell has a date number format: any serial is a date. */
  readonly dateFormatted?: boolean;
  /**
   * How the column writes `a/b/yyyy` when both parts could be the day: "dmy" (default) or "mdy".
   * A part above 12 always settles it for that cell. See {@link slashOrderEvidence}.
   */
  readonly order?: "dmy" | "mdy";
}

/** Serials from 1950 to 2100: plain numbers in that range read as dates without a date format. */
export const PLAIN_SERIALS = { min: 18_264, max: 73_051 } as const;
const MAX_SERIAL = 2_958_465; // 9999-12-31

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/;
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** Words that may sit in a written date without changing it: `de`, `г.`, `года`, `del`, `of`, `the`. */
const FILLER = new Set(["de", "del", "г", "года", "год", "of", "the", "st", "nd", "rd", "th"]);

/**
 * Reads a date cell as an Excel serial day (the time of day dropped), or null when it is not a date.
 * Numbers: 8-digit `YYYYMMDD` (a valid day), else a serial (any serial with a date format, else
 * 1950-2100). Text: `2024-01-15`, `15.01.2024`, `15/01/2024`, `01/15/2024`, `20240115`,
 * `15 янв 2024`, `15 января 2024 г.`, `Jan 15, 2024`, `15-ene-2024`, `15 de enero de 2024`.
 * Two-digit years follow Excel: 00-29 are 2000s, 30-99 are 1900s. Impossible days are null.
 *
 * @example parseDate("15.01.2024") // 45306
 * @example parseDate(20240115) // 45306
 * @example parseDate("2024-02-30") // null
 */
export function parseDate(value: CellValue | undefined, options: DateOptions = {}): number | null {
  if (typeof value === "number") return parseDateNumber(value, options.dateFormatted === true);
  if (typeof value === "string") return parseDateText(value, options.order ?? "dmy");
  return null;
}

function parseDateNumber(value: number, dateFormatted: boolean): number | null {
  if (!Number.isFinite(value)) return null;
  if (Number.isInteger(value) && value >= 10_000_101 && value <= 99_991_231) {
    return serialFromYmd(Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100);
  }
  const min = dateFormatted ? 1 : PLAIN_SERIALS.min;
  const max = dateFormatted ? MAX_SERIAL : PLAIN_SERIALS.max;
  return value >= min && value < max + 1 ? Math.floor(value) : null;
}

function parseDateText(raw: string, order: "dmy" | "mdy"): number | null {
  const text = raw.trim();
  let m = ISO.exec(text);
  if (m) return serialFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = COMPACT.exec(text);
  if (m) return serialFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = fullYear(m[4]);
    const monthFirst = m[2] !== "." && (a > 12 ? false : b > 12 ? true : order === "mdy");
    return monthFirst ? serialFromYmd(year, a, b) : serialFromYmd(year, b, a);
  }
  return parseWrittenDate(text);
}

/** `15 янв 2024`, `Jan 15, 2024`, `15-ene-24`: one month word, a day and a year. */
function parseWrittenDate(text: string): number | null {
  const tokens = textTokens(text).filter((t) => !FILLER.has(t));
  if (tokens.length !== 3) return null;
  const numbers: string[] = [];
  let month: number | null = null;
  for (const t of tokens) {
    if (/^\d+$/.test(t)) numbers.push(t);
    else if (month === null) month = monthOfWord(t);
    else return null;
  }
  if (month === null || numbers.length !== 2) return null;
  const [dayText, yearText] = numbers[0].length === 4 ? [numbers[1], numbers[0]] : numbers;
  if (dayText.length > 2 || (yearText.length !== 4 && yearText.length !== 2)) return null;
  return serialFromYmd(fullYear(yearText), month, Number(dayText));
}

/** A year as written: four digits as they are, two digits by Excel's rule (00-29 → 20xx, 30-99 → 19xx). */
export function fullYear(text: string): number {
  const y = Number(text);
  if (text.length !== 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

/**
 * What a date text says about the column's order: "mdy" for `01/15/2024`, "dmy" for `15/01/2024`,
 * "either" when both parts are 12 or less and differ (`03/04/2024`), null when it tells nothing
 * (`05/05/2024`, or not a slash/dash date).
 * @example slashOrderEvidence("01/15/2024") // "mdy"
 */
export function slashOrderEvidence(text: string): "dmy" | "mdy" | "either" | null {
  const m = NUMERIC.exec(text.trim());
  if (!m || m[2] === ".") return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (a > 12 && b <= 12) return "dmy";
  if (b > 12 && a <= 12) return "mdy";
  return a <= 12 && b <= 12 && a !== b ? "either" : null;
}
