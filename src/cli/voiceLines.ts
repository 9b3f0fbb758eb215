import { format, formatDay, formatNumber, shareText, type Locale, type VoiceFigures, type VoiceWords } from "../core";

/** Clients named on the attention line; the rest are on the Satisfaction sheet and in --json. */
const NAMED = 5;

/**
 * The readable summary's voice lines (§13): complaints in R, satisfaction, surveys, the attention
 * list and the clients the sales do not have.
 * @example voiceLines(figures, en, voiceWords("en"))[1] // "  Complaints in the period: 5, open: 3, mean days to resolve: 7"
 */
export function voiceLines(figures: VoiceFigures, locale: Locale, words: VoiceWords): string[] {
  const w = words.summary;
  const n = (v: number) => formatNumber(v, locale);
  const t = figures.total;
  const period = `${formatDay(figures.period.first, locale)}–${formatDay(figures.period.last, locale)}`;
  const lines = [format(w.title, { period })];
  if (figures.hasComplaints) {
    const days = t.complaints.meanDaysToResolve;
    lines.push(
      `  ${format(w.complaints, {
        n: n(t.complaints.inPeriod),
        open: n(t.complaints.open),
        days: days === null ? w.notAvailable : formatNumber(Math.round(days * 10) / 10, locale),
      })}`,
    );
  }
  if (figures.hasSurvey) {
    const s = t.satisfaction;
    lines.push(
      `  ${format(w.satisfaction, { satisfied: n(s.satisfied), hidden: n(s.hidden), discontent: n(s.discontent), notSurveyed: n(s.notSurveyed) })}`,
      `  ${format(w.surveys, {
        coverage: shareText(t.surveys.coverage, locale, w.notAvailable),
        overdue: n(t.surveys.overdue),
        due: n(t.surveys.dueAfterFirstPurchase),
      })}`,
    );
  }
  if (figures.attention.length > 0) {
    const names = figures.attention.slice(0, NAMED).map((a) => a.client);
    if (figures.attention.length > NAMED) names.push("…");
    lines.push(`  ${format(w.attention, { n: n(figures.attention.length), names: names.join(", ") })}`);
  }
  if (figures.unknownClients > 0) lines.push(`  ${format(w.unknown, { n: n(figures.unknownClients) })}`);
  return lines;
}
