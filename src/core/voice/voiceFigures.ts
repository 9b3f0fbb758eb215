import type { Dataset } from "../dataset";
import { periodEnd, periodOf, periodStart } from "../periods";
import type { Classification } from "../results";
import { clientVoices } from "./clientVoices";
import { unknownKey } from "./readVoice";
import { salesFacts, yearPeriods } from "./salesFacts";
import {
  ABC_KEYS,
  SATISFACTIONS,
  type AbcKey,
  type AbcVoice,
  type AttentionEntry,
  type ClientVoice,
  type ClientsTurnover,
  type SurveyTask,
  type VoiceFigures,
  type VoiceRecords,
} from "./types";
import { voiceRows } from "./voiceRows";

/** What the figures are computed from, besides the two tables. */
export interface VoiceContext {
  readonly dataset: Dataset;
  readonly classification: Classification;
  /** Each client's manager as the team figures credit it (§8), indexed like the clients. */
  readonly managers: readonly (string | null)[];
  /** Each client's turnover in R, indexed like the clients. */
  readonly turnoverInR: ArrayLike<number>;
}

const ABC_RANK: Readonly<Record<AbcKey, number>> = { A: 0, B: 1, C: 2, none: 3 };

/**
 * The figures of METHODOLOGY §13 as of T (D = the last day of T; rows dated after D ignored):
 * each client's voice, the per-manager and total rows, satisfaction and open complaints per ABC
 * class with turnover in R, the attention list (ABC class, then turnover in R, largest first), the
 * surveys owed, the distinct clients the sales do not have, and complaints per category per period
 * of the last year.
 * @example voiceFigures(records, { dataset, classification, managers, turnoverInR }).total.complaints.open // 3
 */
export function voiceFigures(records: VoiceRecords, context: VoiceContext): VoiceFigures {
  const { dataset, classification, managers, turnoverInR } = context;
  const { axis, window } = classification;
  const g = axis.granularity;
  const T = axis.last;
  const L = yearPeriods(g);
  const days = { rFirst: periodStart(T - window + 1, g), yearFirst: periodStart(T - L + 1, g), last: periodEnd(T, g) };
  const facts = salesFacts(dataset, classification);
  const voices = clientVoices(records, dataset, classification, facts, days);
  const complaints = (records.complaints ?? []).filter((c) => c.day <= days.last);
  const categories = [...records.categories, ...(complaints.some((c) => c.category === "") ? [""] : [])];
  const rows = voiceRows({ clients: classification.clients, voices, managers, complaints, categories, days });

  const unknown = new Set<string>();
  for (const r of [...complaints, ...(records.survey ?? [])]) if (r.client < 0 && r.day <= days.last) unknown.add(unknownKey(r));

  const abcOf = (i: number): AbcKey => classification.clients[i].abc ?? "none";
  const byAbc = byAbcClass(voices, classification, abcOf, turnoverInR);
  const rank = (i: number, j: number) =>
    ABC_RANK[abcOf(i)] - ABC_RANK[abcOf(j)] || turnoverInR[j] - turnoverInR[i] || i - j;
  const attention: AttentionEntry[] = voices
    .map((v, i) => ({ v, i }))
    .filter(({ v }) => v.openComplaints > 0 || v.band === "discontent" || v.band === "hidden")
    .sort((a, b) => rank(a.i, b.i))
    .map(({ v, i }) => ({
      index: i,
      client: classification.clients[i].name,
      manager: managers[i] ?? null,
      abc: classification.clients[i].abc,
      openComplaints: v.openComplaints,
      lastSurvey: v.lastSurvey,
      score: v.score,
      turnover: turnoverInR[i],
    }));
  const tasks = surveyTasks(voices, classification, managers, rank);

  const periods = Array.from({ length: L }, (_, k) => T - L + 1 + k);
  const counts = periods.map(() => new Array<number>(categories.length).fill(0));
  for (const c of complaints) {
    const k = periodOf(c.day, g) - (T - L + 1);
    if (k >= 0) counts[k][categories.indexOf(c.category)]++;
  }
  return {
    period: { first: days.rFirst, last: days.last },
    year: { first: days.yearFirst, last: days.last },
    hasComplaints: records.complaints !== null,
    hasSurvey: records.survey !== null,
    categories,
    clients: voices,
    managers: rows.managers,
    total: rows.total,
    byAbc,
    attention,
    tasks,
    unknownClients: unknown.size,
    trend: { periods, counts },
  };
}

function byAbcClass(
  voices: readonly ClientVoice[],
  classification: Classification,
  abcOf: (i: number) => AbcKey,
  turnoverInR: ArrayLike<number>,
): Record<AbcKey, AbcVoice> {
  const keys = [...SATISFACTIONS, "openComplaints"] as const;
  const out = Object.fromEntries(
    ABC_KEYS.map((k) => [k, Object.fromEntries(keys.map((s) => [s, { clients: 0, turnover: 0 }]))]),
  ) as Record<AbcKey, Record<(typeof keys)[number], ClientsTurnover>>;
  const add = (abc: AbcKey, key: (typeof keys)[number], turnover: number) => {
    const cell = out[abc][key];
    out[abc][key] = { clients: cell.clients + 1, turnover: cell.turnover + turnover };
  };
  voices.forEach((v, i) => {
    if (classification.clients[i].status !== "potential" && v.satisfaction !== null)
      add(abcOf(i), v.satisfaction, turnoverInR[i]);
    if (v.openComplaints > 0) add(abcOf(i), "openComplaints", turnoverInR[i]);
  });
  return out;
}

/** The surveys owed: first purchases first, then overdue clients, each in the attention list's order. */
function surveyTasks(
  voices: readonly ClientVoice[],
  classification: Classification,
  managers: readonly (string | null)[],
  rank: (i: number, j: number) => number,
): SurveyTask[] {
  const order = voices.map((_, i) => i).sort(rank);
  const tasks: SurveyTask[] = [];
  const base = (i: number) => ({ index: i, client: classification.clients[i].name, manager: managers[i] ?? null });
  for (const i of order)
    for (const due of voices[i].surveysDue)
      tasks.push({ ...base(i), kind: "firstPurchase", product: due.product, since: due.since });
  for (const i of order)
    if (voices[i].surveyOverdue) tasks.push({ ...base(i), kind: "overdue", product: null, since: voices[i].lastSurvey });
  return tasks;
}
