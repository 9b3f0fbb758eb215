import type { Granularity } from "../settings";
import type { PeriodId } from "../results";

const MS_PER_DAY = 86_400_000;
/** Excel serial 0 as a Unix day (1899-12-30). */
const EXCEL_EPOCH_UNIX_DAY = -25_569;
/** Serial 2 (1900-01-01) is the Monday weeks are counted from. */
const FIRST_MONDAY = 2;

/**
 * The `PeriodId` (see results.ts) of an Excel day serial: months `year * 12 + month0`, quarters
 * `year * 4 + quarter0`, ISO weeks counted from the Monday of Excel's epoch.
 * @example periodOfDay(45292, "month") // 2024 * 12 + 0 (45292 is 2024-01-01)
 */
export function periodOfDay(serial: number, granularity: Granularity): PeriodId {
  const day = Math.floor(serial);
  if (granularity === "week") return Math.floor((day - FIRST_MONDAY) / 7);
  const date = new Date((day + EXCEL_EPOCH_UNIX_DAY) * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  return granularity === "month" ? year * 12 + month : year * 4 + Math.floor(month / 3);
}
