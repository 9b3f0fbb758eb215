import {
  formatNumber,
  format,
  numberText,
  periodRange,
  shareText,
  type Locale,
  type TeamFigures,
  type TeamRow,
} from "../core";
import type { Granularity } from "../core";
import type { team as TeamWordsEn } from "../locales/en/team";
import type { Words } from "../locales/Words";

type TeamWords = Words<typeof TeamWordsEn>;

/** Pads cells into columns: the first left-aligned, the rest right-aligned. */
export function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  return rows.map((r) =>
    r
      .map((cell, i) => {
        const pad = " ".repeat(widths[i] - [...cell].length);
        return i === 0 ? cell + pad : pad + cell;
      })
      .join("  ")
      .trimEnd(),
  );
}

/**
 * The team lines of the readable summary: one row per manager and a total row (clients by status,
 * lost in R, primary, new directions, repeat, loyalty), then the health figures and class changes.
 * @example teamLines(team, "month", en, words, true)[0] // "Sales team, 01/07/2024–30/09/2024"
 */
export function teamLines(
  team: TeamFigures,
  granularity: Granularity,
  locale: Locale,
  words: TeamWords,
  hasManagerColumn: boolean,
): string[] {
  const c = words.columns;
  const na = words.notAvailable;
  const n = (x: number) => formatNumber(x, locale);
  const money = (x: number) => formatNumber(Math.round(x), locale);
  const row = (r: TeamRow, name: string) => [
    name,
    n(r.clients.new),
    n(r.clients.permanent),
    n(r.clients.restored),
    n(r.clients.lost),
    n(r.lostInPeriod),
    money(r.primary.amount),
    r.newDirections === null ? na : money(r.newDirections.amount),
    money(r.repeat.amount),
    shareText(r.health.loyaltyIndex, locale, na),
  ];
  const header = [
    c.manager,
    c.new,
    c.permanent,
    c.restored,
    c.lost,
    c.lostInPeriod,
    c.primary,
    c.newDirections,
    c.repeat,
    c.loyaltyIndex,
  ];
  const t = team.total;
  const lines = [
    format(words.summary.heading, {
      period: periodRange(team.period.first, team.period.last, granularity, locale),
    }),
    ...table([
      header,
      ...team.managers.map((m) => row(m, m.manager ?? words.noManager)),
      row(t, words.total),
    ]).map((l) => `  ${l}`),
    format(words.summary.health, {
      loyalty: shareText(t.health.loyaltyIndex, locale, na),
      permanent: shareText(t.health.permanentShare, locale, na),
      old: shareText(t.health.oldClientsShare, locale, na),
      products: numberText(t.health.productsPerClient, locale, na),
    }),
  ];
  if (t.classChanges !== null)
    lines.push(
      format(words.summary.migration, {
        up: n(t.classChanges.abcUp),
        down: n(t.classChanges.abcDown),
        xyz: n(t.classChanges.xyzChanged),
      }),
    );
  if (!hasManagerColumn) lines.push(words.summary.noManagerColumn);
  return lines;
}
