import type { ClientResult } from "../results";
import { SCI_BANDS, type SciBand } from "./types";

/** Clients and their turnover in one reliability band (or without an index: `none`). */
export interface SciBandCount {
  readonly clients: number;
  readonly turnover: number;
}

/** One manager's clients per reliability band (§11); `manager` null for the clients without one. */
export interface SciManagerRow {
  readonly manager: string | null;
  readonly bands: Readonly<Record<SciBand | "none", SciBandCount>>;
}

/**
 * The band counts per manager that §11 asks for beside the team figures: clients and turnover in
 * each band, managers by name, the clients without a manager last. Empty when no client carries an index.
 * `managerOf` gives a client's manager (default: the one the table gives it first), `turnoverOf` the
 * turnover to add up (default: its metric over the window, which is turnover unless another metric is chosen).
 * @example sciByManager(classification.clients)[0] // { manager: "Ann", bands: { secure: { clients: 3, turnover: 1200 }, … } }
 */
export function sciByManager(
  clients: readonly ClientResult[],
  managerOf: (client: ClientResult) => string | null = (c) => c.manager,
  turnoverOf: (client: ClientResult) => number = (c) => c.metric,
): SciManagerRow[] {
  if (!clients.some((c) => c.sci !== undefined)) return [];
  const keys: readonly (SciBand | "none")[] = [...SCI_BANDS, "none"];
  const rows = new Map<string | null, Record<SciBand | "none", SciBandCount>>();
  for (const c of clients) {
    const manager = managerOf(c);
    let bands = rows.get(manager);
    if (!bands) {
      bands = Object.fromEntries(keys.map((k) => [k, { clients: 0, turnover: 0 }])) as Record<
        SciBand | "none",
        SciBandCount
      >;
      rows.set(manager, bands);
    }
    const key = c.sciBand ?? "none";
    bands[key] = { clients: bands[key].clients + 1, turnover: bands[key].turnover + turnoverOf(c) };
  }
  return [...rows.entries()]
    .map(([manager, bands]) => ({ manager, bands }))
    .sort((a, b) => (a.manager === null ? 1 : b.manager === null ? -1 : a.manager.localeCompare(b.manager)));
}

/**
 * How many clients are in each band, and without an index (`none`).
 * @example sciBandCounts(classification.clients) // { secure: 3, favourable: 1, vulnerable: 0, "at risk": 1, none: 2 }
 */
export function sciBandCounts(clients: readonly ClientResult[]): Record<SciBand | "none", number> {
  const counts = Object.fromEntries([...SCI_BANDS, "none"].map((k) => [k, 0])) as Record<
    SciBand | "none",
    number
  >;
  for (const c of clients) counts[c.sciBand ?? "none"]++;
  return counts;
}
