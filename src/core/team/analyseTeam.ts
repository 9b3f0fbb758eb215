import { classifyInput, classifyRows, type ClassifyInput, type PreparedClassify } from "../classify";
import { sumWindow } from "../classify/bucketSales";
import type { Dataset } from "../dataset";
import type { PeriodAxis } from "../results";
import { earlierClasses, type EarlierClasses } from "./earlierClasses";
import { windowPeriods, type Settings } from "../settings";
import { productFacts, type ProductFacts } from "./productPairs";
import { teamFigures } from "./teamFigures";
import type { TeamAnalysis } from "./types";

/**
 * The classification at T and the team figures of METHODOLOGY §8, from one bucketing of the sales:
 * the classification at T − w (same start) is computed from the same client × period sums cut at
 * T − w, not by reading the sales again. `managers` holds each client's manager (null: none), indexed
 * like `dataset.clients` (or given the axis, as `latestManagers` needs T); by default the manager the table gives the client.
 * `prepared` is the bucketing to use when the caller needs it too (the class history): asked for with `earlier`.
 * @example analyseTeam(dataset, DEFAULT_SETTINGS).team.total.primary // { clients: 2, amount: 150 }
 */
export function analyseTeam(
  dataset: Dataset,
  settings: Settings,
  managers:
    readonly (string | null)[] | ((axis: PeriodAxis) => readonly (string | null)[]) = dataset.clients.map(
    (c) => c.manager,
  ),
  prepared: PreparedClassify = classifyInput(dataset, settings, true),
): TeamAnalysis {
  const { input, columns, metricBefore, firstDataColumn } = prepared;
  const { periods, historyFirst, axis } = input;
  const w = windowPeriods(input.settings.windowMonths, axis.granularity);
  // The figures kept in typed arrays come first and the classification's objects last: allocating
  // after them would make the collector copy 50,000 fresh results (and their reasons) mid-run.
  const earlier = earlierClassification(input, w, metricBefore ?? metricUpTo(prepared, periods - w));
  // Migration needs w periods of data before T − w + 1 (the start of R).
  const migrationAvailable = earlier !== null && periods - w - firstDataColumn >= w;
  const products: ProductFacts | null =
    dataset.sales.product === null
      ? null
      : productFacts(dataset.sales, columns, dataset.clients.length, periods, periods - w, axis.first - historyFirst);
  const classification = classifyRows(input);
  const clientManagers = typeof managers === "function" ? managers(classification.axis) : managers;
  const team = teamFigures({
    classification,
    earlier: migrationAvailable ? earlier : null,
    amounts: input.amounts,
    periods,
    windowStart: input.axis.first - historyFirst,
    products,
    managers: clientManagers,
  });
  // The same additions as the team rows' turnover in R.
  const turnoverInR = sumWindow(input.amounts, dataset.clients.length, periods, periods - w);
  return { classification, earlier: migrationAvailable ? earlier : null, team, clientManagers, turnoverInR };
}

/** §3–§5 as of T − w with the same window start, from the buckets; null when T − w is before the window. */
function earlierClassification(input: ClassifyInput, w: number, metricBefore: Float64Array): EarlierClasses | null {
  const { periods, axis, historyFirst } = input;
  if (periods - w <= axis.first - historyFirst) return null;
  return earlierClasses(input, w, metricBefore);
}

/** Each client's metric over the window up to column `cut` − 1, with the additions of a run ending there. */
function metricUpTo(prepared: PreparedClassify, cut: number): Float64Array {
  const { input, metricTable } = prepared;
  const sums = new Float64Array(input.clients.length);
  sumWindow(metricTable, input.clients.length, input.periods, input.axis.first - input.historyFirst, { cut, sums });
  return sums;
}
