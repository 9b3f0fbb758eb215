import type { Dataset, HeaderPeriodKind } from "../dataset";
import { periodOf } from "../periods";
import type { PeriodAxis, PeriodId, ResultWarning } from "../results";
import type { Granularity, Settings } from "../settings";

/** Where the analysis looks: the axis of §2 and the history before it that statuses need. */
export interface ResolvedAxis {
  /** The granularity used: the requested one, or a wide table's coarser native one. */
  readonly granularity: Granularity;
  readonly axis: PeriodAxis;
  /** First period of the history kept: the data's first period or the window's, whichever is earlier. */
  readonly historyFirst: PeriodId;
  /** The data's first period (T when there is no data). */
  readonly dataFirst: PeriodId;
  readonly warnings: readonly ResultWarning[];
}

const LENGTH: Readonly<Record<HeaderPeriodKind, number>> = { day: 0, week: 1, month: 2, quarter: 3 };

/**
 * The granularity to sum by: a wide table whose columns are longer periods than the one asked for
 * (quarters, asked by month) cannot be split, so its own periods are used, with a warning.
 * @example effectiveGranularity("month", "quarter") // "quarter"
 */
export function effectiveGranularity(requested: Granularity, native: HeaderPeriodKind | null): Granularity {
  if (native === null || native === "day" || LENGTH[native] <= LENGTH[requested]) return requested;
  return native;
}

/** First and last period holding a record: a wide table's period columns, a long table's sales. */
function dataSpan(dataset: Dataset, granularity: Granularity): { first: PeriodId; last: PeriodId } | null {
  let first = Infinity;
  let last = -Infinity;
  if (dataset.table.shape === "wide") {
    for (const column of dataset.table.columns) {
      if (column.role !== "period" || column.period === undefined) continue;
      const p = periodOf(column.period.start, granularity);
      if (p < first) first = p;
      if (p > last) last = p;
    }
  }
  if (first === Infinity) {
    const { day, count } = dataset.sales;
    let minDay = Infinity;
    let maxDay = -Infinity;
    for (let i = 0; i < count; i++) {
      if (day[i] < minDay) minDay = day[i];
      if (day[i] > maxDay) maxDay = day[i];
    }
    if (minDay === Infinity) return null;
    first = periodOf(minDay, granularity);
    last = periodOf(maxDay, granularity);
  }
  return { first, last };
}

/**
 * §2: period T (the last period with a record, the one before it, or the period of a date), the
 * window from the data's first period (or `settings.from`) to T, and the history statuses look at.
 * A wide table's own columns define its periods, blank or not; a long table's sales do.
 * @example resolveAxis(dataset, DEFAULT_SETTINGS).axis // { granularity: "month", first: 24288, last: 24299, count: 12 }
 */
export function resolveAxis(dataset: Dataset, settings: Settings): ResolvedAxis {
  const native = dataset.table.shape === "wide" ? dataset.table.periodKind : null;
  const granularity = effectiveGranularity(settings.granularity, native);
  const warnings: ResultWarning[] = [];
  if (granularity !== settings.granularity) {
    warnings.push({ code: "coarserPeriods", native: granularity, requested: settings.granularity });
  }
  const span = dataSpan(dataset, granularity);
  const asOf = settings.asOf;
  let last: PeriodId;
  if (asOf.kind === "date") last = periodOf(asOf.serial, granularity);
  else if (span === null) last = 0;
  else last = asOf.kind === "previous" ? span.last - 1 : span.last;
  const dataFirst = span === null ? last : span.first;
  const first = Math.min(settings.from === null ? dataFirst : periodOf(settings.from, granularity), last);
  return {
    granularity,
    axis: { granularity, first, last, count: last - first + 1 },
    historyFirst: Math.min(dataFirst, first),
    dataFirst,
    warnings,
  };
}
