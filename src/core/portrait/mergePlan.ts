import type { AbcClass } from "../results";
import { compareText } from "./compareText";
import type { ClientPortrait, PlanEntry, PlanRow, PlanRowState, PortraitGaps, PreviousPlanRow } from "./types";

const ABC_RANK: Readonly<Record<AbcClass, number>> = { A: 0, B: 1, C: 2 };
const NO_ENTRY: PlanEntry = { stage: "notOffered", date: null, comment: "" };

/**
 * The development plan for a re-run (§7): one open row per client and missing target product,
 * carrying over the stage, date and comment typed on the previous plan (matched on client key and
 * product). Previous rows that are no longer gaps stay: `done` when the client now buys the product,
 * `gone` when the client or product left the data, `dropped` when the product is no longer a target
 * (kept only if a manager typed something in it). Open rows come first, then A, B, C and unclassified
 * clients, permanent clients before others, larger turnover first.
 * @example mergePlan([{ clientKey: "a", product: "Tea", stage: "offered", … }], gaps) // the "a"/"Tea" row keeps "offered"
 */
export function mergePlan(previous: readonly PreviousPlanRow[], gaps: PortraitGaps): PlanRow[] {
  const { facts } = gaps;
  const np = facts.products.length;
  const productAt = new Map(facts.products.map((p, i) => [p, i]));
  const clientAt = new Map(gaps.clients.map((c) => [c.key, c]));
  const before = new Map<string, PreviousPlanRow>();
  for (const row of previous) {
    const key = rowKey(row.clientKey, row.product);
    if (!before.has(key)) before.set(key, row);
  }
  const rows: PlanRow[] = [];
  const open = new Set<string>();
  for (const client of gaps.clients) {
    for (const product of client.missing) {
      const key = rowKey(client.key, product);
      open.add(key);
      rows.push(planRow(client, product, entryOf(before.get(key)), "open"));
    }
  }
  for (const [key, row] of before) {
    if (open.has(key)) continue;
    const client = clientAt.get(row.clientKey);
    const p = productAt.get(row.product);
    if (!client || p === undefined) {
      rows.push({ ...row, abc: client?.abc ?? null, status: client?.status ?? null, metric: client?.metric ?? 0, state: "gone" });
      continue;
    }
    const state: PlanRowState = facts.clientTurnover[client.index * np + p] > 0 ? "done" : "dropped";
    if (state === "dropped" && !typed(row)) continue;
    rows.push(planRow(client, row.product, entryOf(row), state));
  }
  return rows.sort(comparePlanRows);
}

function rowKey(clientKey: string, product: string): string {
  return `${clientKey}\u0000${product}`;
}

function entryOf(row: PlanEntry | undefined): PlanEntry {
  if (!row) return NO_ENTRY;
  return { stage: row.stage, ...(row.stageText !== undefined ? { stageText: row.stageText } : {}), date: row.date, comment: row.comment };
}

function typed(row: PlanEntry): boolean {
  return row.stage !== "notOffered" || row.stageText !== undefined || row.date !== null || row.comment !== "";
}

function planRow(client: ClientPortrait, product: string, entry: PlanEntry, state: PlanRowState): PlanRow {
  return {
    clientKey: client.key,
    client: client.name,
    segment: client.segment,
    manager: client.manager,
    product,
    ...entry,
    abc: client.abc,
    status: client.status,
    metric: client.metric,
    state,
  };
}

function comparePlanRows(x: PlanRow, y: PlanRow): number {
  return (
    Number(x.state !== "open") - Number(y.state !== "open") ||
    (x.abc === null ? 3 : ABC_RANK[x.abc]) - (y.abc === null ? 3 : ABC_RANK[y.abc]) ||
    Number(x.status !== "permanent") - Number(y.status !== "permanent") ||
    y.metric - x.metric ||
    compareText(x.client, y.client) ||
    compareText(x.clientKey, y.clientKey) ||
    compareText(x.product, y.product)
  );
}
