import type { ClientInfo } from "../dataset";
import type { Classification, PeriodId } from "../results";
import type { Settings } from "../settings";
import { sumWindow } from "./bucketSales";
import { classifyRows } from "./classifyRows";

export interface MatrixOptions {
  /** Client keys per row (default "1", "2", …). */
  readonly keys?: readonly string[];
  /** The period of the first column (default 0): only reasons that name a period use it. */
  readonly firstPeriod?: PeriodId;
}

/**
 * §3–§6 for a plain client × period table of amounts (a wide table already summed): the first column
 * starts the window, the last is T, turnover is the metric. Gives the same numbers as `classify` on
 * the equivalent dataset; `settings.asOf`, `from` and `metric` do not apply. Blank or non-numeric
 * cells and rows shorter than the longest count as 0.
 * @example classifyMatrix([[100, 100, 100, 100], [100, 0, 100, 0]], DEFAULT_SETTINGS).clients.map((c) => c.xyz) // ["X", "Z"]
 */
export function classifyMatrix(
  rows: readonly ArrayLike<number>[],
  settings: Settings,
  options: MatrixOptions = {},
): Classification {
  const n = rows.length;
  let periods = 0;
  for (const row of rows) periods = Math.max(periods, row.length);
  const amounts = new Float64Array(n * periods);
  for (let c = 0; c < n; c++) {
    const row = rows[c];
    for (let k = 0; k < row.length; k++) {
      const v = row[k];
      amounts[c * periods + k] = typeof v === "number" && Number.isFinite(v) ? v : 0;
    }
  }
  const metric = sumWindow(amounts, n, periods, 0);
  const first = options.firstPeriod ?? 0;
  const clients: ClientInfo[] = [];
  for (let c = 0; c < n; c++) {
    const key = options.keys?.[c] ?? String(c + 1);
    clients.push({ key, name: key, segment: null, manager: null, row: c });
  }
  return classifyRows({
    settings: { ...settings, metric: "turnover", asOf: { kind: "last" }, from: null },
    axis: { granularity: settings.granularity, first, last: first + periods - 1, count: periods },
    historyFirst: first,
    amounts,
    periods,
    metric,
    clients,
    warnings: [],
  });
}
