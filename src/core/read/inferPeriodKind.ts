import type { HeaderPeriodKind } from "../dataset";
import type { HeaderPeriod } from "./parsePeriodHeader";
import { ymdFromSerial } from "./serialDay";

/**
 * The native period kind of a wide table's headers. Day headers (real dates) that all fall on the
 * first of a month are months, and quarters when they all start quarters three months apart; day
 * headers all seven days apart are weeks. Headers of mixed kinds take the kind of the first.
 * Returns the periods with the kind applied.
 *
 * @example inferPeriodKind([{ kind: "day", start: 45292 }, { kind: "day", start: 45323 }]).kind // "month"
 */
export function inferPeriodKind(periods: readonly HeaderPeriod[]): {
  readonly kind: HeaderPeriodKind | null;
  readonly periods: readonly HeaderPeriod[];
} {
  if (periods.length === 0) return { kind: null, periods };
  if (!periods.every((p) => p.kind === "day")) return { kind: periods[0].kind, periods };
  const starts = [...new Set(periods.map((p) => p.start))].sort((a, b) => a - b);
  const days = starts.map(ymdFromSerial);
  let kind: HeaderPeriodKind = "day";
  if (days.every((d) => d.day === 1)) {
    const months = days.map((d) => d.year * 12 + d.month - 1);
    const quarterly =
      months.length >= 2 &&
      months.every((m) => m % 3 === 0) &&
      months.every((m, i) => i === 0 || m - months[i - 1] === 3);
    kind = quarterly ? "quarter" : "month";
  } else if (starts.length >= 2 && starts.every((s, i) => i === 0 || s - starts[i - 1] === 7)) {
    kind = "week";
  }
  return { kind, periods: periods.map((p) => ({ kind, start: p.start })) };
}
