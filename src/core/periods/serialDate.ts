/** A calendar date; `month` is 1-based. */
export interface YMD {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Excel's day numbers: serial 1 is 1900-01-01 and serial 60 is the 29 February 1900 that never
 * was (Excel copied the leap-year bug of Lotus 1-2-3). From serial 61 (1900-03-01) on, a serial is
 * the number of days since 1899-12-30; below 60 it is one less than that.
 */
const FAKE_LEAP_DAY = 60;

/**
 * Days since 1899-12-30 of a real calendar date (proleptic Gregorian).
 * @example daysFromCivil(1900, 3, 1) // 61
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 + 25569;
}

/** The real calendar date `days` after 1899-12-30. */
function civilFromDays(days: number): YMD {
  const z = days - 25569 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Days since 1899-12-30 of the day an Excel serial stands for: the serial itself from 61 on, one
 * more below 60. Serial 60 (the fake 29 February 1900) counts as 28 February.
 * @example trueDay(45292) // 45292 (2024-01-01)
 */
export function trueDay(serial: number): number {
  const s = Math.floor(serial);
  return s > FAKE_LEAP_DAY ? s : s < FAKE_LEAP_DAY ? s + 1 : s;
}

/**
 * The Excel serial of a day given as days since 1899-12-30 (the inverse of `trueDay`).
 * @example serialOfTrueDay(61) // 61
 */
export function serialOfTrueDay(days: number): number {
  return days > FAKE_LEAP_DAY ? days : days - 1;
}

/**
 * The Excel serial of a calendar date (month 1-based); 1900-02-29 is Excel's serial 60.
 * @example serialFromYMD(2024, 1, 1) // 45292
 */
export function serialFromYMD(year: number, month: number, day: number): number {
  if (year === 1900 && month === 2 && day === 29) return FAKE_LEAP_DAY;
  return serialOfTrueDay(daysFromCivil(year, month, day));
}

/**
 * The calendar date of an Excel serial (the fraction of a day is dropped); serial 60 is 1900-02-29,
 * as Excel shows it.
 * @example ymdFromSerial(45292) // { year: 2024, month: 1, day: 1 }
 */
export function ymdFromSerial(serial: number): YMD {
  if (Math.floor(serial) === FAKE_LEAP_DAY) return { year: 1900, month: 2, day: 29 };
  return civilFromDays(trueDay(serial));
}

/**
 * The ISO date (yyyy-mm-dd) of an Excel serial: what a date input shows and what the funnel writes.
 * @example isoDate(45600) // "2024-11-04"
 */
export function isoDate(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
