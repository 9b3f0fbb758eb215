import { classifyInput, classifyRows, type ClassifyInput } from "../classify";
import type { Dataset } from "../dataset";
import type { PeriodAxis } from "../results";
import { earlierClasses, type EarlierClasses } from "./earlierClasses";
import type { Settings } from "../settings";
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
  const { input, columns } = classifyInput(dataset, settings);
  const classification = classifyRows(input);
  const w = classification.window;
  const { periods, historyFirst } = input;
  const earlier = earlierClassification(dataset, input, columns, w);
  let firstData = periods;
  for (let i = 0; i < columns.length; i++)
    if (columns[i] >= 0 && columns[i] < firstData) firstData = columns[i];
  // Migration needs w periods of data before T − w + 1 (the start of R).
  const migrationAvailable = earlier !== null && periods - w - firstData >= w;
  const products: ProductFacts | null =
    dataset.sales.product === null
      ? null
      : productFacts(
          dataset.sales,
          columns,
          dataset.clients.length,
          periods,
          periods - w,
          input.axis.first - historyFirst,
        );
  const team = teamFigures({
    classification,
    earlier: migrationAvailable ? earlier : null,
    amounts: input.amounts,
    periods,
    windowStart: input.axis.first - historyFirst,
    products,
    managers: typeof managers === "function" ? managers(classification.axis) : managers,
  });
  return { classification, earlier: migrationAvailable ? earlier : null, team };
}

/** §3–§5 as of T − w with the same window start, from the buckets; null when T − w is before the window. */
function earlierClassification(
  dataset: Dataset,
  input: ClassifyInput,
  columns: Int32Array,
  w: number,
): EarlierClasses | null {
  const { periods, axis, historyFirst, settings, amounts } = input;
  const cut = periods - w;
  const windowStart = axis.first - historyFirst;
  if (cut <= windowStart) return null;
  const n = dataset.clients.length;
  const metric = new Float64Array(n);
  const sales = dataset.sales;
  if (settings.metric === "turnover") {
    for (let c = 0; c < n; c++) {
      let sum = 0;
      for (let k = c * periods + windowStart; k < c * periods + cut; k++) sum += amounts[k];
      metric[c] = sum;
    }
  } else {
    const margin = settings.metric === "margin" ? sales.margin : null;
    for (let i = 0; i < sales.count; i++) {
      const k = columns[i];
      if (k < windowStart || k >= cut) continue;
      if (margin !== null) metric[sales.client[i]] += margin[i];
      else if (sales.amount[i] > 0) metric[sales.client[i]] += 1;
    }
  }
  return earlierClasses(input, w, metric);
}
