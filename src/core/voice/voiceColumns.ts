import type { ResultExtraColumns } from "../plan/planWords";
import type { ConditionalRule, PlanValue } from "../plan/types";
import type { TeamColumn, TeamColumnGroup } from "../team/teamSheetPlan";
import type { TeamFigures, TeamRow } from "../team/types";
import type { VoiceFigures, VoiceRow } from "./types";
import type { VoiceWords } from "./voiceWords";

/** Discontent red, hidden discontent amber (Excel's "bad" and "neutral"). */
export function bandRule(words: VoiceWords): ConditionalRule {
  return {
    kind: "textEquals",
    rules: [
      { text: words.bands.discontent, fill: "#FFC7CE", fontColor: "#9C0006" },
      { text: words.bands.hidden, fill: "#FFEB9C", fontColor: "#9C5700" },
    ],
  };
}

/**
 * The client table's columns of §13, after Reason: Satisfaction and Last survey with a survey table,
 * Open complaints with a complaints table (blank for a potential client's satisfaction).
 * @example voiceColumns(figures, voiceWords("en")).headers // ["Satisfaction", "Last survey", "Open complaints"]
 */
export function voiceColumns(figures: VoiceFigures, words: VoiceWords): ResultExtraColumns {
  const headers: string[] = [];
  const widths: number[] = [];
  if (figures.hasSurvey) {
    headers.push(words.columns.satisfaction, words.columns.lastSurvey);
    widths.push(20, 12);
  }
  if (figures.hasComplaints) {
    headers.push(words.columns.openComplaints);
    widths.push(10);
  }
  return {
    headers,
    widths,
    formats: figures.hasSurvey ? [{ offset: 1, format: "yyyy-mm-dd" }] : [],
    rules: figures.hasSurvey ? [{ offset: 0, rule: bandRule(words) }] : [],
    cells: (client) => {
      const v = figures.clients[client.index];
      const cells: PlanValue[] = [];
      if (figures.hasSurvey) cells.push(v.satisfaction === null ? null : words.bands[v.satisfaction], v.lastSurvey);
      if (figures.hasComplaints) cells.push(v.openComplaints);
      return cells;
    },
  };
}

/**
 * The Team sheet's columns of §13: per manager, complaints in R, complaints open at D and survey
 * coverage (each only when its table exists); the total row is the voice total (complaints of
 * clients the sales do not have included).
 */
export function voiceTeamGroup(team: TeamFigures, figures: VoiceFigures, words: VoiceWords): TeamColumnGroup {
  const byManager = new Map(figures.managers.map((r) => [r.manager, r]));
  const rowOf = (r: TeamRow): VoiceRow | null => (r === team.total ? figures.total : (byManager.get(r.manager) ?? null));
  const columns: TeamColumn[] = [];
  if (figures.hasComplaints)
    columns.push(
      { header: words.team.complaints, value: (r) => rowOf(r)?.complaints.inPeriod ?? 0, format: "count" },
      { header: words.team.open, value: (r) => rowOf(r)?.complaints.open ?? 0, format: "count" },
    );
  if (figures.hasSurvey)
    columns.push({ header: words.team.coverage, value: (r) => rowOf(r)?.surveys.coverage ?? null, format: "percent" });
  return { title: words.team.title, columns };
}
