import type { PeriodId } from "../results";
import type { Granularity } from "../settings";
import { serialFromYMD, serialOfTrueDay, trueDay, ymdFromSerial, type YMD } from "./serialDate";

/** 1900-01-01, Excel's serial 1, was a Monday: ISO week 0 starts on it (days since 1899-12-30). */
const FIRST_MONDAY = 2;

/**
 * The period that contains an Excel serial day: months `year * 12 + month0`, quarters
 * `year * 4 + quarter0`, ISO weeks (Monday to Sunday) counted from the week of 1900-01-01.
 * @example periodOf(45337, "month") // 2024 * 12 + 1 (15 Feb 2024)
 */
export function periodOf(serial: number, granularity: Granularity): PeriodId {
  if (granularity === "week") return Math.floor((trueDay(serial) - FIRST_MONDAY) / 7);
  const { year, month } = ymdFromSerial(serial);
  return granularity === "month" ? year * 12 + month - 1 : year * 4 + Math.floor((month - 1) / 3);
}

/**
 * The Excel serial of a period's first day (a Monday for weeks).
 * @example periodStart(2024 * 4 + 1, "quarter") // 45383 (2024-04-01)
 */
export function periodStart(id: PeriodId, granularity: Granularity): number {
  if (granularity === "week") return serialOfTrueDay(FIRST_MONDAY + 7 * id);
  if (granularity === "month") return serialFromYMD(Math.floor(id / 12), mod(id, 12) + 1, 1);
  return serialFromYMD(Math.floor(id / 4), mod(id, 4) * 3 + 1, 1);
}

/**
 * The Excel serial of a period's last day.
 * @example periodEnd(2024 * 12 + 1, "month") // 45351 (2024-02-29)
 */
export function periodEnd(id: PeriodId, granularity: Granularity): number {
  return periodStart(id + 1, granularity) - 1;
}

/**
 * The quarter a month belongs to.
 * @example quarterOfMonth(2024 * 12 + 4) // 2024 * 4 + 1 (May 2024 is in Q2)
 */
export function quarterOfMonth(month: PeriodId): PeriodId {
  return Math.floor(month / 3);
}

/**
 * The first month of a quarter.
 * @example firstMonthOfQuarter(2024 * 4 + 1) // 2024 * 12 + 3 (April 2024)
 */
export function firstMonthOfQuarter(quarter: PeriodId): PeriodId {
  return quarter * 3;
}

/** Year and 1-based number of a month or quarter, or the ISO week-year and week number. */
export interface PeriodParts {
  readonly year: number;
  /** Month 1–12, quarter 1–4 or ISO week 1–53. */
  readonly number: number;
}

/**
 * A period as year and number; for weeks the ISO week-year (the year of the week's Thursday).
 * @example periodParts(periodOf(serialFromYMD(2021, 1, 3), "week"), "week") // { year: 2020, number: 53 }
 */
export function periodParts(id: PeriodId, granularity: Granularity): PeriodParts {
  if (granularity === "month") return { year: Math.floor(id / 12), number: mod(id, 12) + 1 };
  if (granularity === "quarter") return { year: Math.floor(id / 4), number: mod(id, 4) + 1 };
  const thursday: YMD = ymdFromSerial(serialOfTrueDay(FIRST_MONDAY + 7 * id + 3));
  const jan1 = trueDay(serialFromYMD(thursday.year, 1, 1));
  const dayOfYear = FIRST_MONDAY + 7 * id + 3 - jan1;
  return { year: thursday.year, number: Math.floor(dayOfYear / 7) + 1 };
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}
