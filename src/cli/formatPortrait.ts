import { FUNNEL_STEPS, PORTRAIT_WORDS, describePortraitIssue, format, formatNumber, formatPercent, funnelWords, isoDate } from "../core";
import type { FunnelModel, Language, Locale, PortraitAnalysis } from "../core";
import { cleanNumber, cleanOrNull } from "./cleanNumber";
import type { CliWords } from "../locales/cliWords";

/**
 * The portrait part of the summary: the sheets, the top gaps per segment and the least developed
 * clients (`portraitSummary`), or why no portrait was built.
 */
export function formatPortrait(portrait: PortraitAnalysis, lang: Language, locale: Locale, words: CliWords): string[] {
  const w = words.portrait;
  const { model, summary } = portrait;
  if (model === null || summary === null) {
    return portrait.issues.map((issue) => format(w.notBuilt, { reason: describePortraitIssue(issue, lang) }));
  }
  const lines = [format(w.title, { sheets: Object.values(model.sheets).join(", ") })];
  if (model.targets.marks.size === 0) return [...lines, `  ${format(w.noTargets, { sheet: model.sheets.portrait })}`];
  if (summary.gaps.length > 0) {
    lines.push(w.gaps);
    for (const segment of summary.gaps) {
      const list = segment.gaps.map((g) => format(w.gap, { product: g.product, share: formatPercent(g.share, locale), missing: formatNumber(g.missing, locale) }));
      lines.push(`  ${segment.segment}: ${list.join("; ")}`);
    }
  }
  if (summary.lowest.length > 0) {
    lines.push(w.lowest);
    for (const c of summary.lowest) {
      lines.push(
        `  ${format(w.client, {
          name: c.name,
          segment: c.segment ?? PORTRAIT_WORDS[lang].noSegment,
          bought: c.bought,
          targets: c.targets,
          degree: formatPercent(c.degree ?? 0, locale),
          next: c.next ?? w.noNext,
        })}`,
      );
    }
  }
  if (portrait.funnel) lines.push(...funnelLines(portrait.funnel, lang, locale));
  return lines;
}

/** The funnel (§12) in three lines: rows per stage with the share moving on, refusals by stage, the overdue rows. */
function funnelLines(f: FunnelModel, lang: Language, locale: Locale): string[] {
  const w = funnelWords(lang);
  const names = PORTRAIT_WORDS[lang].stages;
  const stages = [...FUNNEL_STEPS, "refused" as const].map((stage, i) => {
    const share = f.conversion[i]?.share;
    const rows = `${names[stage]} ${formatNumber(f.stages[stage], locale)}`;
    return share === undefined || share === null ? rows : `${rows} → ${formatPercent(share, locale)}`;
  });
  const lines = [format(w.summary.stages, { stages: stages.join(" · ") })];
  if (f.refusals.length > 0) {
    const list = f.refusals.map((r) => `${r.at === null ? w.notRecorded : names[r.at]} ${formatNumber(r.count, locale)}`);
    lines.push(`  ${format(w.summary.refusals, { list: list.join(", ") })}`);
  }
  const oldest = f.overdue[0];
  if (oldest) {
    lines.push(
      `  ${format(w.summary.overdue, {
        date: isoDate(f.today),
        count: formatNumber(f.overdue.length, locale),
        client: oldest.client,
        product: oldest.product,
        late: format(w.pane.late, { days: formatNumber(oldest.days, locale) }),
      })}`,
    );
  }
  return lines;
}

/** The funnel of the plan (§12) as `--json` prints it: stage codes (not translated), shares as fractions, dates as ISO days. */
function funnelJson(f: FunnelModel): Record<string, unknown> {
  return {
    stages: f.stages,
    reached: f.reached,
    conversion: f.conversion.map((c) => ({ ...c, share: cleanOrNull(c.share) })),
    refusals: f.refusals,
    overdue: f.overdue.map((o) => ({ ...o, date: isoDate(o.date) })),
  };
}

/** The portrait as `--json` prints it: its sheets, top gaps per segment, least developed clients, the funnel. */
export function portraitJson(portrait: PortraitAnalysis): Record<string, unknown> {
  const { model, summary } = portrait;
  if (model === null || summary === null) return { issues: portrait.issues };
  return {
    sheets: model.sheets,
    targets: model.targets.marks.size,
    gaps: summary.gaps.flatMap((s) => s.gaps.map((g) => ({ segment: g.segment, product: g.product, share: cleanNumber(g.share), missing: g.missing }))),
    lowest: summary.lowest.map((c) => ({ client: c.key, name: c.name, segment: c.segment, bought: c.bought, targets: c.targets, degree: cleanOrNull(c.degree), next: c.next })),
    ...(portrait.funnel ? { funnel: funnelJson(portrait.funnel) } : {}),
  };
}
