import { columnLetters, describeReadNote, describeReason, describeWarning, formatPeriod, isReadNote, rangeAddress } from "../core";
import { surfaceWords } from "../locales";
import type { Classification, Dataset, Locale } from "../core";
import { cleanNumber, cleanOrNull } from "./cleanNumber";

/** One client as `--json` prints it; `null` where a class does not apply. */
export interface ClientJson {
  readonly client: string;
  readonly name: string;
  readonly abc: string | null;
  readonly xyz: string | null;
  readonly cv: number | null;
  readonly status: string;
  readonly turnover: number;
  readonly share: number;
  readonly cumShare: number | null;
  readonly reason: string;
  /** Reliability index 0–1 (§11), null without a value or an SCI column. */
  readonly sci: number | null;
  /** `secure`, `favourable`, `vulnerable`, `at risk` (not translated), or null. */
  readonly sciBand: string | null;
}

/** The whole `--json` document. */
export interface ResultJson {
  readonly clients: readonly ClientJson[];
  readonly detected: Readonly<Record<string, unknown>>;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly summary: Readonly<Record<string, unknown>>;
}

/** What the run wrote, for the summary and the JSON. */
export interface OutputInfo {
  readonly file: string | null;
  readonly skippedCharts: readonly string[];
}

/**
 * What was detected in the table, in plain data: sheet rows 1-based, columns as letters; `encoding`
 * a CSV file's (null for a workbook), `assumed` every note about what the read assumed or skipped,
 * as the summary says it.
 */
export function detectedJson(file: string, dataset: Dataset, encoding: string | null = null, locale?: Locale): Record<string, unknown> {
  const t = dataset.table;
  const readWords = surfaceWords("readNotes")[locale?.language ?? "en"];
  return {
    file,
    encoding,
    sheet: t.sheet,
    range: rangeAddress(t.range, false),
    shape: t.shape,
    periodKind: t.periodKind,
    headerRow: t.headerRow + 1,
    firstRow: t.firstRow + 1,
    lastRow: t.lastRow + 1,
    totalsRow: t.totalsRow === null ? null : t.totalsRow + 1,
    columns: t.columns.map((c) => ({ column: columnLetters(c.col), header: c.header, role: c.role, by: c.by })),
    notes: t.notes,
    assumed: t.notes.filter(isReadNote).map((n) => describeReadNote(n, readWords)),
    clients: dataset.clients.length,
    sales: dataset.sales.count,
  };
}

/**
 * The `--json` document: every client in table order with its classes and reason in the user's
 * language, what was detected, the settings used and the counts.
 */
export function resultJson(
  file: string,
  dataset: Dataset,
  result: Classification,
  locale: Locale,
  output: OutputInfo,
  encoding: string | null = null,
): ResultJson {
  const clients = result.clients.map((c) => ({
    client: c.key,
    name: c.name,
    abc: c.abc,
    xyz: c.xyz,
    cv: cleanOrNull(c.cv),
    status: c.status,
    turnover: cleanNumber(c.metric),
    share: cleanNumber(c.share),
    cumShare: cleanOrNull(c.cumShare),
    reason: describeReason(c, result, locale),
    sci: cleanOrNull(c.sci ?? null),
    sciBand: c.sciBand ?? null,
  }));
  const noXyz = (["A", "B", "C"] as const).reduce((n, abc) => n + result.matrix.cells[abc].none.count, 0);
  const { granularity } = result.axis;
  return {
    clients,
    detected: detectedJson(file, dataset, encoding, locale),
    settings: { ...result.settings, language: locale.language },
    summary: {
      clients: result.clients.length,
      total: cleanNumber(result.total),
      window: {
        first: formatPeriod(result.axis.first, granularity, locale),
        last: formatPeriod(result.axis.last, granularity, locale),
        periods: result.axis.count,
        activityPeriods: result.window,
      },
      abc: result.counts.abc,
      xyz: { ...result.counts.xyz, none: noXyz },
      status: result.counts.status,
      matrix: result.matrix,
      warnings: result.warnings.map((w) => ({ ...w, text: describeWarning(w, locale) })),
      output: output.file,
      skippedCharts: output.skippedCharts,
    },
  };
}
