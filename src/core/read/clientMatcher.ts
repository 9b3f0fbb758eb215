import type { ClientInfo } from "../dataset";
import { foldClientKey, trimKey } from "./clientIndex";

/**
 * Finds the client another sheet names (a client list, complaints, a survey) among the sales'
 * clients by the key rule of §1: spaces trimmed, letter case aside; by its key first, else by its
 * display name. Returns the client's index, or -1 for a client the sales do not have.
 * @example clientMatcher([{ key: "Acme", name: "Acme", … }])(" ACME ") // 0
 */
export function clientMatcher(clients: readonly ClientInfo[]): (written: string | number | boolean) => number {
  const byKey = new Map<string, number>();
  clients.forEach((c, i) => {
    const k = foldClientKey(c.key);
    if (!byKey.has(k)) byKey.set(k, i);
  });
  clients.forEach((c, i) => {
    const k = foldClientKey(c.name);
    if (!byKey.has(k)) byKey.set(k, i);
  });
  return (written) => byKey.get(foldClientKey(trimKey(String(written)))) ?? -1;
}
