import { classifyInput, classifyRows, type ClassifyInput } from "../classify";
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
 * @example analyseTeam(dataset, DEFAULT_SETTINGS).team.total.primary // { clients: 2, amount: 150 }
 */
export function analyseTeam(
  dataset: Dataset,
  settings: Settings,
  managers:
    readonly (string | null)[] | ((axis: PeriodAxis) => readonly (string | null)[]) = dataset.clients.map(
    (c) => c.manager,
  ),
): TeamAnalysis {
  const { input, columns, metricBefore, firstDataColumn } = classifyInput(dataset, settings, true);
  const { periods, historyFirst, axis } = input;
  const w = windowPeriods(input.settings.windowMonths, axis.granularity);
  // The figures kept in typed arrays come first and the classification's objects last: allocating
  // after them would make the collector copy 50,000 fresh results (and their reasons) mid-run.
  const earlier = earlierClassification(dataset, input, columns, w, metricBefore);
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

/**
 * §3–§5 as of T − w with the same window start, from the buckets; null when T − w is before the
 * window. `metricBefore` is the turnover up to T − w summed with the classification's own (null for
 * another metric: summed here from the sales).
 */
function earlierClassification(
  dataset: Dataset,
  input: ClassifyInput,
  columns: Int32Array,
  w: number,
  metricBefore: Float64Array | null,
): EarlierClasses | null {
  const { periods, axis, historyFirst, settings } = input;
  const cut = periods - w;
  const windowStart = axis.first - historyFirst;
  if (cut <= windowStart) return null;
  if (metricBefore !== null) return earlierClasses(input, w, metricBefore);
  const n = dataset.clients.length;
  const metric = new Float64Array(n);
  const sales = dataset.sales;
  const margin = settings.metric === "margin" ? sales.margin : null;
  for (let i = 0; i < sales.count; i++) {
    const k = columns[i];
    if (k < windowStart || k >= cut) continue;
    if (margin !== null) metric[sales.client[i]] += margin[i];
    else if (sales.amount[i] > 0) metric[sales.client[i]] += 1;
  }
  return earlierClasses(input, w, metric);
}
