import {
  columnLetters,
  rangeAddress,
  type Dataset,
  type DetectedTable,
  type InputIssue,
  type ReadResult,
} from "../../core";
import type { Analysis } from "./analysis";

/** What the Detect view shows about the table found, already worked out. */
export interface TableFacts {
  readonly table: DetectedTable | null;
  readonly address: string | null;
  readonly clients: number | null;
  /** First and last day (Excel serials) with data: period columns (wide) or sale dates (long). */
  readonly firstDay: number | null;
  readonly lastDay: number | null;
  /** Period columns (wide tables), shown as one line instead of one dropdown each. */
  readonly periodColumns: { readonly count: number; readonly from: string; readonly to: string } | null;
  readonly issues: readonly InputIssue[];
}

function tableOf(read: ReadResult | null): DetectedTable | null {
  if (!read) return null;
  return read.ok ? read.value.table : read.table;
}

/** The data read, when the table could be read. */
export function datasetOf(analysis: Analysis): Dataset | null {
  return analysis.read?.ok ? analysis.read.value : null;
}

/** The input errors of the data (none when it was read, or not read at all). */
export function inputIssuesOf(analysis: Analysis): readonly InputIssue[] {
  return analysis.read && !analysis.read.ok ? analysis.read.issues : [];
}

function dayRange(dataset: Dataset): readonly [number, number] | null {
  const days = dataset.sales.day;
  if (days.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < dataset.sales.count; i += 1) {
    if (days[i] < first) first = days[i];
    if (days[i] > last) last = days[i];
  }
  return Number.isFinite(first) ? [first, last] : null;
}

/** The facts of an analysis for display; pure, so the components stay free of logic. */
export function tableFacts(analysis: Analysis): TableFacts {
  const table = tableOf(analysis.read);
  const dataset = datasetOf(analysis);
  const periods = table?.columns.filter((c) => c.role === "period") ?? [];
  const starts = periods.map((c) => c.period?.start).filter((s): s is number => s !== undefined);
  const days = dataset ? dayRange(dataset) : null;
  return {
    table,
    address: table ? rangeAddress(table.range) : null,
    clients: dataset ? dataset.clients.length : null,
    firstDay: days ? days[0] : starts.length > 0 ? Math.min(...starts) : null,
    lastDay: days ? days[1] : starts.length > 0 ? Math.max(...starts) : null,
    periodColumns:
      periods.length > 0
        ? {
            count: periods.length,
            from: columnLetters(periods[0].col),
            to: columnLetters(periods[periods.length - 1].col),
          }
        : null,
    issues: inputIssuesOf(analysis),
  };
}
