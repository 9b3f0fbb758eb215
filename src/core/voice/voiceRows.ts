import type { ClientResult } from "../results";
import { SATISFACTIONS, type ClientVoice, type ComplaintRecord, type Satisfaction, type VoiceRow } from "./types";

/** The sums of one row, added up client by client and complaint by complaint. */
interface RowSums {
  inPeriod: number;
  byCategory: Map<string, number>;
  open: number;
  resolvedDays: number;
  resolvedCount: number;
  satisfaction: Record<Satisfaction, number>;
  bought: number;
  covered: number;
  overdue: number;
  due: number;
}

const emptySums = (categories: readonly string[]): RowSums => ({
  inPeriod: 0,
  byCategory: new Map(categories.map((c) => [c, 0])),
  open: 0,
  resolvedDays: 0,
  resolvedCount: 0,
  satisfaction: { satisfied: 0, hidden: 0, discontent: 0, notSurveyed: 0 },
  bought: 0,
  covered: 0,
  overdue: 0,
  due: 0,
});

function addSums(into: RowSums, from: RowSums): void {
  into.inPeriod += from.inPeriod;
  for (const [k, v] of from.byCategory) into.byCategory.set(k, (into.byCategory.get(k) ?? 0) + v);
  into.open += from.open;
  into.resolvedDays += from.resolvedDays;
  into.resolvedCount += from.resolvedCount;
  for (const s of SATISFACTIONS) into.satisfaction[s] += from.satisfaction[s];
  into.bought += from.bought;
  into.covered += from.covered;
  into.overdue += from.overdue;
  into.due += from.due;
}

const rowOf = (manager: string | null, s: RowSums): VoiceRow => ({
  manager,
  complaints: {
    inPeriod: s.inPeriod,
    byCategory: Object.fromEntries(s.byCategory),
    open: s.open,
    meanDaysToResolve: s.resolvedCount === 0 ? null : s.resolvedDays / s.resolvedCount,
  },
  satisfaction: { ...s.satisfaction },
  surveys: { coverage: s.bought === 0 ? null : s.covered / s.bought, overdue: s.overdue, dueAfterFirstPurchase: s.due },
});

export interface RowsInput {
  readonly clients: readonly ClientResult[];
  readonly voices: readonly ClientVoice[];
  readonly managers: readonly (string | null)[];
  readonly complaints: readonly ComplaintRecord[];
  readonly categories: readonly string[];
  readonly days: { readonly rFirst: number; readonly last: number };
}

/**
 * The per-manager rows of §13 and the total row, which is their sum: every client is credited to
 * its one manager (§8), a complaint of a client the sales do not have to "(no manager)". Managers in
 * the order of their first client, "(no manager)" last.
 */
export function voiceRows(input: RowsInput): { managers: VoiceRow[]; total: VoiceRow } {
  const { clients, voices, managers, days, categories } = input;
  const rows = new Map<string | null, RowSums>();
  const sumsOf = (manager: string | null) => {
    let s = rows.get(manager);
    if (!s) rows.set(manager, (s = emptySums(categories)));
    return s;
  };
  clients.forEach((client, i) => {
    const s = sumsOf(managers[i] ?? null);
    const v = voices[i];
    if (client.status !== "potential" && v.satisfaction !== null) s.satisfaction[v.satisfaction]++;
    if (v.boughtInYear) {
      s.bought++;
      if (v.surveyedInYear) s.covered++;
    }
    if (v.surveyOverdue) s.overdue++;
    s.due += v.surveysDue.length;
  });
  for (const c of input.complaints) {
    if (c.day > days.last) continue;
    const s = sumsOf(c.client < 0 ? null : (managers[c.client] ?? null));
    if (c.day >= days.rFirst) {
      s.inPeriod++;
      s.byCategory.set(c.category, (s.byCategory.get(c.category) ?? 0) + 1);
    }
    if (c.resolved === null || c.resolved > days.last) s.open++;
    else if (c.resolved >= days.rFirst) {
      s.resolvedDays += c.resolved - c.day;
      s.resolvedCount++;
    }
  }
  const order: (string | null)[] = [...rows.keys()].filter((m) => m !== null);
  if (rows.has(null)) order.push(null);
  const total = emptySums(categories);
  for (const m of order) addSums(total, rows.get(m) as RowSums);
  return { managers: order.map((m) => rowOf(m, rows.get(m) as RowSums)), total: rowOf(null, total) };
}
