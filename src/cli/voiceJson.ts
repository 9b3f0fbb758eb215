import { isoDate, type VoiceFigures, type VoiceRow, type VoiceWords } from "../core";
import { cleanNumber, cleanOrNull } from "./cleanNumber";

const date = (serial: number | null): string | null => (serial === null ? null : isoDate(serial));

/** One row of the `voice` object: the contract other tools read (`manager` only for a manager's row). */
function rowJson(row: VoiceRow, figures: VoiceFigures, words: VoiceWords, noManager: string | null): Record<string, unknown> {
  const category = (c: string) => (c === "" ? words.noCategory : c);
  return {
    ...(noManager === null ? {} : { manager: row.manager ?? noManager }),
    complaints: figures.hasComplaints
      ? {
          inPeriod: row.complaints.inPeriod,
          byCategory: Object.fromEntries(figures.categories.map((c) => [category(c), row.complaints.byCategory[c] ?? 0])),
          open: row.complaints.open,
          meanDaysToResolve: cleanOrNull(row.complaints.meanDaysToResolve),
        }
      : null,
    satisfaction: figures.hasSurvey ? { ...row.satisfaction } : null,
    surveys: figures.hasSurvey
      ? {
          coverage: cleanOrNull(row.surveys.coverage),
          overdue: row.surveys.overdue,
          dueAfterFirstPurchase: row.surveys.dueAfterFirstPurchase,
        }
      : null,
  };
}

/**
 * The `voice` object of `--json` (METHODOLOGY §13): names are a contract; a figure that is not
 * available is null (the complaints without a complaints table, satisfaction and surveys without a
 * survey); the blank manager's row is named `noManager` in the run's language.
 * @example voiceJson(figures, voiceWords("en"), "(no manager)").total.complaints.open // 3
 */
export function voiceJson(figures: VoiceFigures, words: VoiceWords, noManager: string): Record<string, unknown> {
  const cell = (c: { clients: number; turnover: number }) => ({ clients: c.clients, turnover: cleanNumber(c.turnover) });
  const byAbc = Object.fromEntries(
    Object.entries(figures.byAbc).map(([abc, v]) => [
      abc,
      {
        satisfied: figures.hasSurvey ? cell(v.satisfied) : null,
        hidden: figures.hasSurvey ? cell(v.hidden) : null,
        discontent: figures.hasSurvey ? cell(v.discontent) : null,
        notSurveyed: figures.hasSurvey ? cell(v.notSurveyed) : null,
        openComplaints: figures.hasComplaints ? cell(v.openComplaints) : null,
      },
    ]),
  );
  return {
    managers: figures.managers.map((m) => rowJson(m, figures, words, noManager)),
    total: rowJson(figures.total, figures, words, null),
    byAbc,
    attention: figures.attention.map((a) => ({
      client: a.client,
      manager: a.manager ?? noManager,
      abc: a.abc,
      openComplaints: figures.hasComplaints ? a.openComplaints : null,
      lastSurvey: date(a.lastSurvey),
      score: a.score,
    })),
    unknownClients: figures.unknownClients,
  };
}

/**
 * The keys each entry of `clients` gains with complaints or a survey (null where a table is missing).
 * @example voiceClientJson(figures, 0) // { satisfaction: "hidden", score: 3, lastSurvey: "2024-08-20", … }
 */
export function voiceClientJson(figures: VoiceFigures, index: number): Record<string, unknown> {
  const v = figures.clients[index];
  const survey = figures.hasSurvey;
  return {
    satisfaction: survey ? v.satisfaction : null,
    score: survey ? v.score : null,
    lastSurvey: survey ? date(v.lastSurvey) : null,
    complaints: figures.hasComplaints ? { inPeriod: v.complaintsInPeriod, open: v.openComplaints } : null,
    surveyOverdue: survey ? v.surveyOverdue : null,
    surveysDue: survey ? v.surveysDue.map((d) => ({ product: d.product, since: isoDate(d.since) })) : null,
  };
}
