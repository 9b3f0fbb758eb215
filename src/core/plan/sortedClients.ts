import type { ClientResult } from "../results";

/** Each client list's order, worked out once: the client sheet and the matrix both walk it. */
const orders = new WeakMap<readonly ClientResult[], readonly ClientResult[]>();

/**
 * Clients by metric, largest first (table order among equals), potential clients last: the order in
 * which cumulative shares grow. The same list gives the same (read-only) order without sorting again.
 * @example sortedClients(results).map((c) => c.metric) // [50, 30, 10, 0]
 */
export function sortedClients(clients: readonly ClientResult[]): readonly ClientResult[] {
  let order = orders.get(clients);
  if (order === undefined) {
    const rank = (c: ClientResult) => (c.status === "potential" ? 1 : 0);
    order = [...clients].sort((x, y) => rank(x) - rank(y) || y.metric - x.metric || x.index - y.index);
    orders.set(clients, order);
  }
  return order;
}
