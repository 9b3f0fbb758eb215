export { isoDate, serialFromYMD, ymdFromSerial, trueDay, serialOfTrueDay, type YMD } from "./serialDate";
export {
  periodOf,
  periodStart,
  periodEnd,
  quarterOfMonth,
  firstMonthOfQuarter,
  periodParts,
  type PeriodParts,
} from "./periodOf";
