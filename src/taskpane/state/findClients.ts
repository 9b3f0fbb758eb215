import type { ClientResult } from "../../core";

/** Lower case, without accents (ё read as е), spaces collapsed: how a typed name is compared. */
function folded(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The clients whose name (or key) contains what the user typed, ignoring case, accents and extra
 * spaces: names that start with it first, then the largest clients; at most `limit`, with how many
 * more match.
 * @example findClients(clients, "acme", 5) // { found: [Acme Ltd, …], more: 0 }
 */
export function findClients(
  clients: readonly ClientResult[],
  query: string,
  limit: number,
): { readonly found: readonly ClientResult[]; readonly more: number } {
  const q = folded(query);
  if (q === "") return { found: [], more: 0 };
  const hits: { client: ClientResult; starts: boolean }[] = [];
  for (const client of clients) {
    const name = folded(client.name);
    const at = name.indexOf(q);
    if (at >= 0) hits.push({ client, starts: at === 0 });
    else if (folded(client.key).includes(q)) hits.push({ client, starts: false });
  }
  hits.sort((x, y) => Number(y.starts) - Number(x.starts) || y.client.metric - x.client.metric);
  return { found: hits.slice(0, limit).map((h) => h.client), more: Math.max(0, hits.length - limit) };
}
