import { serialFromYMD, ymdFromSerial, type Language } from "../../core";

/** Number and date formatting in the display language; all text numbers in the pane go through here. */
export interface Formatters {
  readonly integer: (n: number) => string;
  readonly number: (n: number) => string;
  readonly percent: (fraction: number) => string;
  readonly date: (serial: number) => string;
  readonly month: (serial: number) => string;
}

/**
 * A JavaScript date (UTC midnight) for an Excel serial day number, for `Intl` to name.
 * @example dateOfSerial(45292).toISOString() // "2024-01-01T00:00:00.000Z"
 */
export function dateOfSerial(serial: number): Date {
  const { year, month, day } = ymdFromSerial(serial);
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * The Excel serial of an ISO date (`2024-01-31`, a date input's value), or null when it is not a date.
 * @example serialOfIsoDate("2024-01-01") // 45292
 */
export function serialOfIsoDate(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? serialFromYMD(year, month, day) : null;
}

const cache = new Map<Language, Formatters>();

export function formattersFor(lang: Language): Formatters {
  const known = cache.get(lang);
  if (known) return known;
  const integer = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(lang, {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });
  const month = new Intl.DateTimeFormat(lang, { year: "numeric", month: "short", timeZone: "UTC" });
  const made: Formatters = {
    integer: (n) => integer.format(n),
    number: (n) => number.format(n),
    percent: (f) => percent.format(f),
    date: (s) => date.format(dateOfSerial(s)),
    month: (s) => month.format(dateOfSerial(s)),
  };
  cache.set(lang, made);
  return made;
}
