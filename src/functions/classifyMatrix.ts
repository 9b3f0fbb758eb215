import {
  rankAbc,
  statusOf,
  variationFromFirstPositive,
  xyzClassOf,
  type ClientResult,
  type Settings,
} from "../core";

/** One client's result as CLASSIFY writes it (table order): the engine's own fields. */
export type MatrixClient = Pick<ClientResult, "metric" | "share" | "cumShare" | "abc" | "cv" | "xyz" | "status">;

/**
 * The engine's rules (§3–§5) for a plain client × period matrix whose last column is period T and
 * whose first column starts the window: turnover is the row sum, ABC by `rankAbc` (potential clients
 * get none), CV from the first active period, no XYZ for new or potential clients or μ ≤ 0, status
 * with an activity window of `window` periods.
 * @example classifyMatrix([[50, 50], [0, 30]], DEFAULT_SETTINGS, 1).map((c) => c.status) // ["permanent", "new"]
 */
export function classifyMatrix(rows: readonly ArrayLike<number>[], settings: Settings, window: number): MatrixClient[] {
  const metrics = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    let sum = 0;
    for (let k = 0; k < row.length; k++) sum += row[k];
    metrics[i] = sum;
  });
  const ranking = rankAbc(metrics, settings.abc.a, settings.abc.b);
  return rows.map((row, i) => {
    const status = statusOf(row, window);
    if (status === "potential") {
      return { metric: metrics[i], share: 0, cumShare: null, abc: null, cv: null, xyz: null, status };
    }
    const variation = status === "new" ? null : variationFromFirstPositive(row, settings.sigma);
    const cv = variation && variation.ok ? variation.cv : null;
    return {
      metric: metrics[i],
      share: ranking.share[i],
      cumShare: ranking.before[i] + ranking.share[i],
      abc: ranking.cls[i],
      cv,
      xyz: cv === null ? null : xyzClassOf(cv, settings.xyz.x, settings.xyz.y),
      status,
    };
  });
}
