import type { ClientResult } from "../../core";

export interface ParetoCurve {
  /** Points of the curve: share of clients (0–1, largest first) → cumulative share of turnover (0–1). */
  readonly points: readonly (readonly [number, number])[];
  /** The share of clients it takes to reach each limit (`a`, `b`), or null when none is reached. */
  readonly reach: readonly (number | null)[];
}

/**
 * The Pareto curve of a result: clients with turnover, largest first, against their cumulative share
 * of it, at most `maxPoints` points (enough for a picture of any size), and how many clients it takes
 * to reach each limit.
 * @example paretoCurve([{ share: 0.5 }, { share: 0.3 }, { share: 0.1 }, { share: 0.05 }, { share: 0.05 }], [0.5, 0.8]).reach // [0.2, 0.4]
 */
export function paretoCurve(
  clients: readonly Pick<ClientResult, "share">[],
  limits: readonly number[],
  maxPoints = 120,
): ParetoCurve {
  const shares = clients
    .map((c) => c.share)
    .filter((s) => s > 0)
    .sort((x, y) => y - x);
  const n = shares.length;
  if (n === 0) return { points: [], reach: limits.map(() => null) };
  const cumulative = new Array<number>(n);
  let sum = 0;
  shares.forEach((s, i) => (cumulative[i] = sum += s));
  // Rounded as every class limit is, so 0.49999999999 reaches 50 %.
  const reach = limits.map((limit) => {
    const i = cumulative.findIndex((c) => Math.round(c * 1e9) / 1e9 >= limit);
    return i < 0 ? null : (i + 1) / n;
  });
  const step = Math.max(1, Math.ceil(n / maxPoints));
  const points: [number, number][] = [[0, 0]];
  for (let i = step - 1; i < n; i += step) points.push([(i + 1) / n, Math.min(1, cumulative[i])]);
  if (points[points.length - 1][0] < 1) points.push([1, Math.min(1, cumulative[n - 1])]);
  return { points, reach };
}
