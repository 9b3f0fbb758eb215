/** Excel serial day numbers (1900 date system), the unit of every date in core. */

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** Days in a month of a year (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The serial of a calendar day, or null when the day does not exist (2024-02-30) or lies outside
 * the years Excel can show (1900-9999).
 * @example serialFromYmd(2024, 1, 15) // 45306
 */
export function serialFromYmd(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  const serial = Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  // Excel counts a 29 February 1900 that never was: days before it are one lower.
  return serial < 61 ? serial - 1 : serial;
}

/**
 * The calendar day of a serial (serial 61 and later; earlier serials follow Excel's 1900 count).
 * @example ymdFromSerial(45306) // { year: 2024, month: 1, day: 15 }
 */
export function ymdFromSerial(serial: number): { year: number; month: number; day: number } {
  const s = Math.floor(serial);
  const d = new Date((s < 61 ? s + 1 - UNIX_EPOCH_SERIAL : s - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The serial of the Monday that starts ISO week `week` of ISO year `year`, or null if no such week.
 * @example isoWeekStart(2024, 5) // serial of 2024-01-29
 */
export function isoWeekStart(year: number, week: number): number | null {
  if (!Number.isInteger(week) || week < 1 || week > 53) return null;
  const jan4 = serialFromYmd(year, 1, 4);
  if (jan4 === null) return null;
  // Serial 2 (1900-01-01 in real days is a Monday; serial % 7 === 2 is Monday for serials ≥ 61).
  const weekday = (((jan4 - 2) % 7) + 7) % 7; // 0 = Monday
  const start = jan4 - weekday + (week - 1) * 7;
  if (week === 53 && ymdFromSerial(start + 3).year !== year) return null;
  return start;
}

/** Renders a serial as `YYYY-MM-DD` (header text of real-date headers). */
export function isoDate(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
