/**
 * What Excel stores when a string is written through `Range.values` or `Range.formulas`: the same
 * as if a user had typed it into the cell. Numbers (`00123` → 123, `1e5`, `1,234.5`, `(12)`),
 * percents (`12%` → 0.12), dates in the common en/ru/es forms (`1/2`, `3-12`, `2024-01-05`,
 * `05.01.2024`, `Jan 2024`), booleans (`TRUE`) and formulas (`=…`, and `+…`, `-…`, `@…` that are
 * not plain numbers) are converted. Nothing is converted when the cell's number format is text
 * (`@`), and a leading apostrophe is Excel's text prefix: it is dropped from the value and the rest
 * is kept as it is. See `shared/EXCEL-API-NOTES.md`, "Text that Excel converts as it is written".
 */
import type { FakeCell } from "./fakeModel";

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  янв: 1,
  фев: 2,
  мар: 3,
  апр: 4,
  май: 5,
  мая: 5,
  июн: 6,
  июл: 7,
  авг: 8,
  сен: 9,
  окт: 10,
  ноя: 11,
  дек: 12,
  ene: 1,
  abr: 4,
  ago: 8,
  dic: 12,
};

/** The year a date typed without one falls in (Excel takes the current year). */
const THIS_YEAR = new Date().getUTCFullYear();

/** The Excel serial of a calendar day, or null for an impossible one. */
function serial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 9999) return null;
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return time / 86_400_000 + 25_569;
}

const fullYear = (y: string) => (y.length <= 2 ? (Number(y) < 30 ? 2000 : 1900) + Number(y) : Number(y));

function typedDate(text: string): number | null {
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (m) return serial(Number(m[1]), Number(m[2]), Number(m[3]));
  // en-US: month first with slashes or dashes (`1/2`, `3-12`, `1/2/24`).
  m = /^(\d{1,2})[-/](\d{1,2})(?:[-/](\d{2}|\d{4}))?$/.exec(text);
  if (m) return serial(m[3] ? fullYear(m[3]) : THIS_YEAR, Number(m[1]), Number(m[2]));
  // ru/es: day first with dots (`05.01.2024`, `5.1`).
  m = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4}))?$/.exec(text);
  if (m) return serial(m[3] ? fullYear(m[3]) : THIS_YEAR, Number(m[2]), Number(m[1]));
  // Month names: `Jan 2024`, `Jan-24`, `янв 24`, `5-Jan`, `5 янв 2024`.
  m = /^([a-zа-яё]{3,})\.?[-\s](\d{2}|\d{4})$/i.exec(text);
  if (m && MONTHS[m[1].slice(0, 3).toLowerCase()] !== undefined)
    return serial(fullYear(m[2]), MONTHS[m[1].slice(0, 3).toLowerCase()], 1);
  m = /^(\d{1,2})[-\s]([a-zа-яё]{3,})\.?(?:[-\s](\d{2}|\d{4}))?$/i.exec(text);
  if (m && MONTHS[m[2].slice(0, 3).toLowerCase()] !== undefined)
    return serial(m[3] ? fullYear(m[3]) : THIS_YEAR, MONTHS[m[2].slice(0, 3).toLowerCase()], Number(m[1]));
  return null;
}

function typedNumber(text: string): number | null {
  let t = text;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) {
    t = paren[1];
    negative = true;
  }
  let percent = false;
  if (t.endsWith("%")) {
    t = t.slice(0, -1);
    percent = true;
  }
  if (!/^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(t) || !/\d/.test(t)) return null;
  let n = Number(t.replace(/,/g, ""));
  if (!Number.isFinite(n)) return null;
  if (percent) n /= 100;
  return negative ? -n : n;
}

/**
 * The value Excel keeps for `text` written into a cell whose number format is `format`.
 * @example typedEntry("00123", "General") // 123
 * @example typedEntry("'00123", "General") // "00123"
 * @example typedEntry("00123", "@") // "00123"
 */
export function typedEntry(text: string, format: string | undefined): FakeCell {
  if (text.startsWith("'")) return text.slice(1);
  if (format === "@") return text;
  const trimmed = text.trim();
  if (trimmed === "") return text;
  if (trimmed.startsWith("=")) return trimmed;
  const number = typedNumber(trimmed);
  if (number !== null) return number;
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === "true";
  const date = typedDate(trimmed);
  if (date !== null) return date;
  // Excel takes `+…`, `-…` and `@…` that are not numbers as the start of a formula.
  if (/^[+-]/.test(trimmed)) return `=${trimmed}`;
  if (trimmed.startsWith("@")) return `=${trimmed.slice(1)}`;
  return text;
}
