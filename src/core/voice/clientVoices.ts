import type { Dataset } from "../dataset";
import { periodStart } from "../periods";
import { foldClientKey } from "../read/clientIndex";
import type { Classification } from "../results";
import type { SalesFacts } from "./salesFacts";
import { scoreBand } from "./scoreCell";
import type { ClientVoice, SurveyDue, VoiceRecords } from "./types";

/** The days a run looks at: R's first day, the last year's first day, and D (the last day of T). */
export interface VoiceDays {
  readonly rFirst: number;
  readonly yearFirst: number;
  readonly last: number;
}

const productKey = (product: string | null): string => (product === null ? "" : foldClientKey(product.trim()));

/**
 * Each client's voice as of D (METHODOLOGY §13): rows dated after D are ignored. Satisfaction: per
 * product surveyed (a blank product is the general questionnaire) the latest row (on one date, the
 * row further down), the client's score the lowest of those rows' scores; complaints in R and open at
 * D; overdue when it bought in the last year without a survey in it; the pairs first bought in R with
 * no survey of that product, nor a general one, dated on or after the pair's first period's first day.
 */
export function clientVoices(
  records: VoiceRecords,
  dataset: Dataset,
  classification: Classification,
  facts: SalesFacts,
  days: VoiceDays,
): ClientVoice[] {
  const n = dataset.clients.length;
  const g = classification.axis.granularity;
  const latest: Map<string, { day: number; score: number }>[] = Array.from({ length: n }, () => new Map());
  const surveyDays: { day: number; product: string }[][] = Array.from({ length: n }, () => []);
  for (const s of records.survey ?? []) {
    if (s.client < 0 || s.day > days.last) continue;
    const key = productKey(s.product);
    const seen = latest[s.client].get(key);
    // Rows are in table order: `>=` keeps a date's last row.
    if (seen === undefined || s.day >= seen.day) latest[s.client].set(key, { day: s.day, score: s.score });
    surveyDays[s.client].push({ day: s.day, product: key });
  }
  const inPeriod = new Int32Array(n);
  const open = new Int32Array(n);
  for (const c of records.complaints ?? []) {
    if (c.client < 0 || c.day > days.last) continue;
    if (c.day >= days.rFirst) inPeriod[c.client]++;
    if (c.resolved === null || c.resolved > days.last) open[c.client]++;
  }
  const due: SurveyDue[][] = Array.from({ length: n }, () => []);
  for (const pair of facts.newPairs) {
    const since = periodStart(pair.first, g);
    const product = pair.product < 0 ? null : dataset.products[pair.product];
    const wanted = product === null ? null : productKey(product);
    const answered = surveyDays[pair.client].some(
      (s) => s.day >= since && (wanted === null || s.product === "" || s.product === wanted),
    );
    if (!answered) due[pair.client].push({ product, since });
  }
  return classification.clients.map((client, i) => {
    let score: number | null = null;
    let lastSurvey: number | null = null;
    for (const { day, score: s } of latest[i].values()) {
      if (score === null || s < score) score = s;
      if (lastSurvey === null || day > lastSurvey) lastSurvey = day;
    }
    const band = score === null ? null : scoreBand(score);
    const boughtInYear = facts.boughtInYear[i] === 1;
    const surveyedInYear = surveyDays[i].some((s) => s.day >= days.yearFirst);
    return {
      satisfaction: client.status === "potential" ? null : (band ?? "notSurveyed"),
      band,
      score,
      lastSurvey,
      complaintsInPeriod: inPeriod[i],
      openComplaints: open[i],
      surveyOverdue: boughtInYear && !surveyedInYear,
      boughtInYear,
      surveyedInYear,
      surveysDue: due[i],
    };
  });
}
