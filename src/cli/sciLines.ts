import {
  atRiskA,
  countedWord,
  format,
  formatNumber,
  SCI_BANDS,
  sciBandCounts,
  sciWords,
  type Classification,
  type Locale,
} from "../core";

/** A clients at risk named in the summary; the rest are on the matrix sheet and in --json. */
const NAMED = 5;

/**
 * The summary's reliability lines (§11) when the table has an SCI column: clients per band, then the
 * A clients at risk, largest first; nothing without an SCI column.
 * @example sciLines(result, en) // ["  Reliability (SCI): secure 2 · favourable 1 · vulnerable 0 · at risk 1 · no SCI 0", "  1 A client is at risk: Acme"]
 */
export function sciLines(result: Classification, locale: Locale): string[] {
  if (result.hasSci !== true) return [];
  const words = sciWords(locale.language);
  const n = (count: number) => formatNumber(count, locale);
  const counts = sciBandCounts(result.clients);
  const bands = [
    ...SCI_BANDS.map((b) => `${words.bands[b]} ${n(counts[b])}`),
    `${words.pane.noSci} ${n(counts.none)}`,
  ];
  const lines = [`  ${words.pane.bands}: ${bands.join(" · ")}`];
  const atRisk = atRiskA(result.clients);
  if (atRisk.length > 0) {
    const names = atRisk.slice(0, NAMED).map((c) => c.name);
    if (atRisk.length > NAMED) names.push("…");
    lines.push(
      `  ${format(countedWord(atRisk.length, words.pane.atRiskA, locale), { n: n(atRisk.length), names: names.join(", ") })}`,
    );
  }
  return lines;
}
