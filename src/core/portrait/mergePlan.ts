import type { AbcClass, Status } from "../results";
import type { ClientPortrait, PlanEntry, PlanRow, PlanRowState, PortraitGaps, PreviousPlanRow } from "./types";

const ABC_RANK: Readonly<Record<AbcClass, number>> = { A: 0, B: 1, C: 2 };
const NO_ENTRY: PlanEntry = { stage: "notOffered", date: null, comment: "" };

/**
 * The development plan for a re-run (§7): one open row per client and missing target product,
 * carrying over the stage, date and comment typed on the previous plan (matched on client key and
 * product). Previous rows that are no longer gaps stay: `done` when the client now buys the product,
 * `gone` when the client or product left the data, `dropped` when the product is no longer a target
 * (kept only if a manager typed something in it). Open rows come first, then A, B, C and unclassified
 * clients, permanent clients before others, larger turnover first; a client's rows keep the
 * product order.
 * @example mergePlan([{ clientKey: "a", product: "Tea", stage: "offered", … }], gaps) // the "a"/"Tea" row keeps "offered"
 */
export function mergePlan(previous: readonly PreviousPlanRow[], gaps: PortraitGaps): PlanRow[] {
  const { facts } = gaps;
  const np = facts.products.length;
  const productAt = new Map(facts.products.map((p, i) => [p, i]));
  const clientAt = new Map(previous.length === 0 ? [] : gaps.clients.map((c) => [c.key, c]));
  const before = new Map<string, Map<string, PreviousPlanRow>>();
  for (const row of previous) {
    let byProduct = before.get(row.clientKey);
    if (!byProduct) before.set(row.clientKey, (byProduct = new Map()));
    if (!byProduct.has(row.product)) byProduct.set(row.product, row);
  }
  const rows: PlanRow[] = [];
  const waiting = gaps.clients.filter((c) => c.missing.length > 0).sort((x, y) => compareRank(x, x.key, y, y.key));
  for (const client of waiting) {
    const typedFor = before.get(client.key);
    for (const product of client.missing) rows.push(planRow(client, product, entryOf(typedFor?.get(product)), "open"));
  }
  const closed: PlanRow[] = [];
  for (const [clientKey, byProduct] of before) {
    const client = clientAt.get(clientKey);
    for (const [product, row] of byProduct) {
      if (client?.missing.includes(product)) continue;
      const p = productAt.get(product);
      if (!client || p === undefined) {
        const { refusedAt: _refusedAt, lastStage: _lastStage, ...kept } = row;
        closed.push({ ...kept, ...entryOf(row), abc: client?.abc ?? null, status: client?.status ?? null, metric: client?.metric ?? 0, state: "gone" });
        continue;
      }
      const state: PlanRowState = facts.clientTurnover[client.index * np + p] > 0 ? "done" : "dropped";
      if (state === "dropped" && !typed(row)) continue;
      closed.push(planRow(client, product, entryOf(row), state));
    }
  }
  closed.sort((x, y) => compareRank(x, x.clientKey, y, y.clientKey));
  return rows.concat(closed);
}

/**
 * What a previous row carries into this run. A row now refused keeps the stage it was refused at:
 * the one recorded before, else the stage Segmenta wrote at the last run (§12); any other row has none.
 */
function entryOf(row: PlanEntry | undefined): PlanEntry {
  if (row === undefined) return NO_ENTRY;
  const { lastStage, refusedAt, ...entry } = row;
  if (row.stage !== "refused") return entry;
  const at = refusedAt ?? (lastStage !== undefined && lastStage !== null && lastStage !== "refused" ? lastStage : null);
  return at === null ? entry : { ...entry, refusedAt: at };
}

function typed(row: PlanEntry): boolean {
  return row.stage !== "notOffered" || row.stageText !== undefined || row.date !== null || row.comment !== "";
}

function planRow(client: ClientPortrait, product: string, entry: PlanEntry, state: PlanRowState): PlanRow {
  const row: PlanRow = {
    clientKey: client.key,
    client: client.name,
    segment: client.segment,
    manager: client.manager,
    product,
    stage: entry.stage,
    date: entry.date,
    comment: entry.comment,
    ...(entry.refusedAt ? { refusedAt: entry.refusedAt } : {}),
    abc: client.abc,
    status: client.status,
    metric: client.metric,
    state,
  };
  return entry.stageText === undefined ? row : { ...row, stageText: entry.stageText };
}

interface Ranked {
  readonly abc: AbcClass | null;
  readonly status: Status | null;
  readonly metric: number;
}

/** A, B, C, then unclassified; permanent clients first; larger turnover first; then by key (code units). */
function compareRank(x: Ranked, xKey: string, y: Ranked, yKey: string): number {
  return (
    (x.abc === null ? 3 : ABC_RANK[x.abc]) - (y.abc === null ? 3 : ABC_RANK[y.abc]) ||
    Number(x.status !== "permanent") - Number(y.status !== "permanent") ||
    y.metric - x.metric ||
    (xKey < yKey ? -1 : xKey > yKey ? 1 : 0)
  );
}
