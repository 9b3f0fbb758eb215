import type { ClientResult } from "../results";

/**
 * Clients by metric, largest first (table order among equals), potential clients last: the order in
 * which cumulative shares grow.
 * @example sortedClients(results).map((c) => c.metric) // [50, 30, 10, 0]
 */
export function sortedClients(clients: readonly ClientResult[]): ClientResult[] {
  const rank = (c: ClientResult) => (c.status === "potential" ? 1 : 0);
  return [...clients].sort((x, y) => rank(x) - rank(y) || y.metric - x.metric || x.index - y.index);
}
