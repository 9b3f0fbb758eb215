/** Excel serial day numbers (1900 date system), the unit of every date in core. */

import { serialFromYMD, ymdFromSerial } from "../periods/serialDate";

export { ymdFromSerial };

/** Days in a month of a year (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The serial of a calendar day, or null when the day does not exist (2024-02-30) or lies outside
 * the years Excel can show (1900-9999). The arithmetic is the periods module's.
 * @example serialFromYmd(2024, 1, 15) // 45306
 */
export function serialFromYmd(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return serialFromYMD(year, month, day);
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

