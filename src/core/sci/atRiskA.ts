import { sortedClients } from "../plan/sortedClients";
import type { ClientResult } from "../results";

/**
 * The A clients at risk (§11), largest first: the first calls of the day.
 * @example atRiskA(classification.clients).map((c) => c.name) // ["Acme"]
 */
export function atRiskA(clients: readonly ClientResult[]): ClientResult[] {
  return sortedClients(clients).filter((c) => c.abc === "A" && c.sciBand === "at risk");
}
