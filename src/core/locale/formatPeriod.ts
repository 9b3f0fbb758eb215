import { periodParts } from "../periods";
import type { PeriodId } from "../results";
import type { Granularity } from "../settings";
import { format } from "./format";
import type { Locale } from "./Locale";
import { shortMonthName } from "./intlFormat";

/**
 * A period as people write it: "Jan 2024" / "янв. 2024" / "ene 2024", "Q1 2024" / "1 кв. 2024" /
 * "T1 2024", ISO weeks "2024-W05" in every language.
 * @example formatPeriod(2024 * 4, "quarter", en) // "Q1 2024"
 */
export function formatPeriod(id: PeriodId, granularity: Granularity, locale: Locale): string {
  const { year, number } = periodParts(id, granularity);
  if (granularity === "month")
    return format(locale.periods.month, { month: shortMonthName(number, locale), year });
  if (granularity === "quarter") return format(locale.periods.quarter, { q: number, year });
  return format(locale.periods.week, { year, week: String(number).padStart(2, "0") });
}
