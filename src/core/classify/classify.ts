import type { Dataset } from "../dataset";
import type { Classification, ResultWarning } from "../results";
import { windowPeriods, type Metric, type Settings } from "../settings";
import { bucketSales, periodColumns, sumWindow } from "./bucketSales";
import { classifyRows, type ClassifyInput } from "./classifyRows";
import { resolveAxis } from "./resolveAxis";

/**
 * METHODOLOGY §2–§6 for a whole dataset: sales summed per client per period, ABC on the chosen
 * metric over the window, XYZ on turnover from each client's first active period in the window to T,
 * statuses over all history up to T, the ABC-XYZ matrix and warnings. Clients come out in table order.
 *
 * Decisions the method leaves open:
 * - T ("last") is the last period with a record: a wide table's last period column, a long table's
 *   latest sale (whatever its amount). Sales after T are ignored.
 * - margin without a margin column falls back to turnover with a `metricMissing` warning; the
 *   returned `settings.metric` says which metric was used.
 * - count is the number of sales with an amount > 0 in the window (a return is not a sale; a wide
 *   table has one sale per non-blank period cell).
 * - A wide table whose period columns are longer than the granularity asked for keeps its own
 *   periods (`coarserPeriods` warning, `settings.granularity` is the one used).
 * Settings are used as given: check them first with `validateSettings`.
 * @example classify(dataset, DEFAULT_SETTINGS).clients.map((c) => c.abc) // ["A", "B", "C", "C", "C"]
 */
export function classify(dataset: Dataset, settings: Settings): Classification {
  return classifyRows(classifyInput(dataset, settings).input);
}

/** What {@link classify} sums from the sales: the rows' input and each sale's period column. */
export interface PreparedClassify {
  readonly input: ClassifyInput;
  /** Each sale's column in `input.amounts` (-1: outside the history kept). */
  readonly columns: Int32Array;
  /**
   * The chosen metric summed per client and period, laid out like `input.amounts` (the same array
   * for turnover): a run as of any period end sums its window's metric from these columns.
   */
  readonly metricTable: Float64Array;
  /**
   * Asked for with `earlier`: each client's metric over the window up to T − w (same start), summed
   * with the same additions, so it is the metric of a run as of T − w.
   */
  readonly metricBefore: Float64Array | null;
  /** The column of the data's first period (sales of any amount). */
  readonly firstDataColumn: number;
}

/**
 * The sales summed per client and period, and the metric, before §3–§6 are applied: for callers that
 * need the same buckets for more than one date.
 * @example classifyRows(classifyInput(dataset, DEFAULT_SETTINGS).input).clients.length // dataset.clients.length
 */
export function classifyInput(dataset: Dataset, settings: Settings, earlier = false): PreparedClassify {
  const resolved = resolveAxis(dataset, settings);
  const { axis, historyFirst } = resolved;
  const periods = axis.last - historyFirst + 1;
  const sales = dataset.sales;
  const nClients = dataset.clients.length;
  const columns = periodColumns(sales, axis.granularity, historyFirst, periods);
  const amounts = bucketSales(sales, sales.amount, columns, nClients, periods);
  const warnings: ResultWarning[] = [...resolved.warnings];

  let metricUsed: Metric = settings.metric;
  if (settings.metric === "margin" && sales.margin === null) {
    warnings.push({ code: "metricMissing", metric: "margin" });
    metricUsed = "turnover";
  }
  const windowStart = axis.first - historyFirst;
  const metricTable = metricUsed === "turnover" ? amounts : metricBuckets(dataset, metricUsed, columns, periods);
  const metricBefore = earlier ? new Float64Array(nClients) : null;
  const cut = periods - windowPeriods(settings.windowMonths, axis.granularity);
  const metric = sumWindow(
    metricTable,
    nClients,
    periods,
    windowStart,
    metricBefore ? { cut, sums: metricBefore } : undefined,
  );

  return {
    input: {
      settings: { ...settings, granularity: axis.granularity, metric: metricUsed },
      axis,
      historyFirst,
      amounts,
      periods,
      metric,
      clients: dataset.clients,
      warnings,
    },
    columns,
    metricTable,
    metricBefore,
    firstDataColumn: resolved.dataFirst - historyFirst,
  };
}

/**
 * The margin, or the number of sales with an amount > 0 (a return is not a sale), summed per client
 * and period: the metric of any window is then a sum of columns, added in period order as turnover is.
 */
function metricBuckets(dataset: Dataset, metric: "margin" | "count", columns: Int32Array, periods: number): Float64Array {
  const sales = dataset.sales;
  const n = dataset.clients.length;
  if (metric === "margin" && sales.margin !== null) return bucketSales(sales, sales.margin, columns, n, periods);
  const table = new Float64Array(n * periods);
  for (let i = 0; i < sales.count; i++) {
    const k = columns[i];
    if (k >= 0 && sales.amount[i] > 0) table[sales.client[i] * periods + k] += 1;
  }
  return table;
}
