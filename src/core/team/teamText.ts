import type { Locale } from "../locale/Locale";
import { formatNumber, formatPercent } from "../locale/intlFormat";
import { periodEnd, periodStart, ymdFromSerial } from "../periods";
import type { Granularity } from "../settings";

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A day written the locale's way with two-digit day and month.
 * @example formatDay(45931, ru) // "01.10.2025"
 */
export function formatDay(serial: number, locale: Locale): string {
  let f = dayFormats.get(locale.tag);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(locale.tag, {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      timeZone: "UTC",
    });
    dayFormats.set(locale.tag, f);
  }
  const { year, month, day } = ymdFromSerial(serial);
  return f.format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * The days periods `first` to `last` cover, e.g. R of §8.
 * @example periodRange(2025 * 12 + 9, 2025 * 12 + 11, "month", ru) // "01.10.2025–31.12.2025"
 */
export function periodRange(first: number, last: number, granularity: Granularity, locale: Locale): string {
  return `${formatDay(periodStart(first, granularity), locale)}–${formatDay(periodEnd(last, granularity), locale)}`;
}

/** A share, or the words for "not available". */
export function shareText(value: number | null, locale: Locale, notAvailable: string): string {
  return value === null ? notAvailable : formatPercent(value, locale);
}

/** A number, or the words for "not available". */
export function numberText(value: number | null, locale: Locale, notAvailable: string): string {
  return value === null ? notAvailable : formatNumber(value, locale);
}
