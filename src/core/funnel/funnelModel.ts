import type { PlanRow, Stage } from "../portrait/types";

/** The method's sales stages in order (§12); refused is not a step but an exit from any of them. */
export const FUNNEL_STEPS = [
  "notOffered",
  "presentation",
  "offer",
  "contract",
  "payment",
  "closed",
] as const satisfies readonly Stage[];
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/** Plan rows per stage for one manager, segment or product (null: the rows without one). */
export interface FunnelGroup {
  readonly name: string | null;
  readonly stages: Readonly<Record<Stage, number>>;
  readonly total: number;
}

/** A plan row whose next-step date has passed while it is still in progress. */
export interface OverdueRow {
  readonly client: string;
  readonly product: string;
  readonly manager: string | null;
  readonly stage: Stage;
  /** The next-step date (Excel serial). */
  readonly date: number;
  /** Whole days between the date and the run's day. */
  readonly days: number;
}

/** The funnel of the development plan (§12). */
export interface FunnelModel {
  /** The run's day (Excel serial) that overdue dates are measured against. */
  readonly today: number;
  /** Plan rows per current stage (rows whose stage is a word Segmenta does not know are left out). */
  readonly stages: Readonly<Record<Stage, number>>;
  readonly total: number;
  /** Rows that reached each step: those at it or past it, and refused rows that were refused at it or later. */
  readonly reached: Readonly<Record<FunnelStep, number>>;
  /** reached[next] / reached[step] for each step but the last, null when no row reached the step. */
  readonly conversion: readonly {
    readonly from: FunnelStep;
    readonly to: FunnelStep;
    readonly share: number | null;
  }[];
  readonly byManager: readonly FunnelGroup[];
  readonly bySegment: readonly FunnelGroup[];
  readonly byProduct: readonly FunnelGroup[];
  /** Refused rows by the stage they came at (null: not recorded, e.g. refused before the first run that kept stages). */
  readonly refusals: readonly { readonly at: Stage | null; readonly count: number }[];
  /** Oldest date first. */
  readonly overdue: readonly OverdueRow[];
}

const STAGE_LIST: readonly Stage[] = [...FUNNEL_STEPS, "refused"];

function zero(): Record<Stage, number> {
  return Object.fromEntries(STAGE_LIST.map((s) => [s, 0])) as Record<Stage, number>;
}

/** How far a row went: the index of its step, a refused row's refused-at step (0 when not recorded). */
function reach(row: PlanRow): number {
  if (row.stage !== "refused") return FUNNEL_STEPS.indexOf(row.stage);
  const at = row.refusedAt;
  return at === undefined || at === null || at === "refused" ? 0 : FUNNEL_STEPS.indexOf(at);
}

function groups(rows: readonly PlanRow[], key: (row: PlanRow) => string | null): FunnelGroup[] {
  const by = new Map<string | null, Record<Stage, number>>();
  for (const row of rows) {
    const name = key(row);
    let stages = by.get(name);
    if (!stages) by.set(name, (stages = zero()));
    stages[row.stage]++;
  }
  return [...by.entries()]
    .map(([name, stages]) => ({ name, stages, total: STAGE_LIST.reduce((n, s) => n + stages[s], 0) }))
    .sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name)));
}

/**
 * The funnel of the development plan (§12) from its rows and the run's day: rows per stage, by
 * manager, segment and product; the conversion from each stage to the next; refusals by the stage
 * they came at; rows whose next-step date has passed (not closed, not refused), oldest first.
 * @example funnelModel(plan, 45600).conversion[0] // { from: "notOffered", to: "presentation", share: 0.4 }
 */
export function funnelModel(plan: readonly PlanRow[], today: number): FunnelModel {
  const rows = plan.filter((r) => r.stageText === undefined);
  const stages = zero();
  for (const r of rows) stages[r.stage]++;
  const reachedList = FUNNEL_STEPS.map((_, i) => rows.filter((r) => reach(r) >= i).length);
  const reached = Object.fromEntries(FUNNEL_STEPS.map((s, i) => [s, reachedList[i]])) as Record<
    FunnelStep,
    number
  >;
  const conversion = FUNNEL_STEPS.slice(0, -1).map((from, i) => ({
    from,
    to: FUNNEL_STEPS[i + 1],
    share: reachedList[i] === 0 ? null : reachedList[i + 1] / reachedList[i],
  }));
  const refusedBy = new Map<Stage | null, number>();
  for (const r of rows) {
    if (r.stage !== "refused") continue;
    const at = r.refusedAt ?? null;
    refusedBy.set(at, (refusedBy.get(at) ?? 0) + 1);
  }
  const refusals = [...STAGE_LIST, null]
    .filter((at) => refusedBy.has(at))
    .map((at) => ({ at, count: refusedBy.get(at) ?? 0 }));
  const overdue = rows
    .filter(
      (r): r is PlanRow & { date: number } =>
        typeof r.date === "number" && r.date < today && r.stage !== "closed" && r.stage !== "refused",
    )
    .map((r) => ({
      client: r.client,
      product: r.product,
      manager: r.manager,
      stage: r.stage,
      date: r.date,
      days: Math.floor(today) - Math.floor(r.date),
    }))
    .sort((a, b) => a.date - b.date || a.client.localeCompare(b.client));
  return {
    today,
    stages,
    total: rows.length,
    reached,
    conversion,
    byManager: groups(rows, (r) => r.manager),
    bySegment: groups(rows, (r) => r.segment),
    byProduct: groups(rows, (r) => r.product),
    refusals,
    overdue,
  };
}
