import type { CellValue, Grid } from "../cells";
import type { ColumnInfo, InputIssue } from "../dataset";
import type { GridLabel } from "./cellReaders";
import { cellContent } from "./cellContent";
import { textTokens } from "./normaliseText";
import type { HeaderPeriod } from "./parsePeriodHeader";
import { serialFromYmd, ymdFromSerial } from "./serialDay";
import { amountOf, sameSum } from "./subtotalRows";

/** Words a year's total column may carry beside its year: `Total 2023`, `Итого за 2023 г.`, `FY2023`. */
const YEAR_WORDS = new Set(["total", "totals", "итого", "итог", "всего", "за", "de", "del", "año", "year", "год", "г", "fy", "sum", "сумма"]);

/** A wide table's columns that close others: quarters among months, a year's total among its periods. */
export interface SubtotalColumns {
  /** Grid columns that add up: not periods, listed in a note. */
  readonly skipped: readonly number[];
  readonly issues: readonly InputIssue[];
}

/** The year a header names alone or with total words (`2023`, `Total 2023`, `Итого за 2023 г.`), else null. */
export function yearOfHeader(value: CellValue | undefined): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1990 && value <= 2100 ? value : null;
  if (typeof value !== "string" || value.length > 40) return null;
  const tokens = textTokens(value);
  const years = tokens.filter((t) => /^\d{4}$/.test(t));
  if (years.length !== 1 || !tokens.every((t) => t === years[0] || YEAR_WORDS.has(t))) return null;
  const year = Number(years[0]);
  return year >= 1990 && year <= 2100 ? year : null;
}

/**
 * In a wide table whose periods are of two lengths (months with `Q4 2023` columns between them), or
 * with a year's column (`Total 2023`) among its periods, a longer column that equals, in every row,
 * the sum of the shorter period columns it spans is a subtotal: skipped, and listed. One that does
 * not add up is refused naming its first cell that differs.
 * @example resolveSubtotalColumns(values, table, label).skipped // [4] for a "Q1 2024" column after Jan–Mar
 */
export function resolveSubtotalColumns(
  values: Grid,
  table: {
    readonly firstRow: number;
    readonly lastRow: number;
    readonly skipRows: ReadonlySet<number>;
    readonly periods: readonly { readonly col: number; readonly period: HeaderPeriod }[];
    /** Columns of the table that play no role, with their header cell (for years). */
    readonly others: readonly { readonly col: number; readonly header: CellValue }[];
    readonly decimalComma: boolean;
  },
  label: GridLabel,
  header: (col: number) => string,
): SubtotalColumns {
  const fine = table.periods.filter((p) => p.period.kind !== "quarter");
  if (fine.length === 0) return { skipped: [], issues: [] };
  const spans: { col: number; from: number; to: number }[] = [];
  for (const p of table.periods) {
    if (p.period.kind !== "quarter") continue;
    const { year, month } = ymdFromSerial(p.period.start);
    spans.push({ col: p.col, from: p.period.start, to: serialFromYmd(year + (month + 3 > 12 ? 1 : 0), ((month + 2) % 12) + 1, 1) ?? Infinity });
  }
  const firstPeriod = Math.min(...table.periods.map((p) => p.col));
  for (const o of table.others) {
    const year = o.col > firstPeriod ? yearOfHeader(o.header) : null;
    if (year !== null) spans.push({ col: o.col, from: serialFromYmd(year, 1, 1) ?? 0, to: serialFromYmd(year + 1, 1, 1) ?? Infinity });
  }
  const skipped: number[] = [];
  const issues: InputIssue[] = [];
  for (const span of spans) {
    const parts = fine.filter((p) => p.period.start >= span.from && p.period.start < span.to).map((p) => p.col);
    const wrong = firstDifference(values, table, span.col, parts);
    if (wrong === null) skipped.push(span.col);
    else
      issues.push({
        code: "subtotalColumnMismatch",
        cell: label(wrong.row, span.col),
        content: header(span.col),
        value: cellContent(values[wrong.row]?.[span.col]),
        sum: String(Math.round(wrong.sum * 100) / 100),
      });
  }
  return { skipped: skipped.sort((a, b) => a - b), issues };
}

/** The first row where a column is not the sum of `parts` (null when every row adds up). */
function firstDifference(
  values: Grid,
  table: { readonly firstRow: number; readonly lastRow: number; readonly skipRows: ReadonlySet<number>; readonly decimalComma: boolean },
  col: number,
  parts: readonly number[],
): { row: number; sum: number } | null {
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    if (table.skipRows.has(r)) continue;
    const row = values[r];
    if (row === undefined) continue;
    const total = amountOf(row[col], table.decimalComma);
    let sum = 0;
    let readable = true;
    for (const c of parts) {
      const a = amountOf(row[c], table.decimalComma);
      if (a === null) readable = false;
      else sum += a;
    }
    // A row with an unreadable period cell cannot be checked: the reader names that cell.
    if (readable && (total === null || !sameSum(total, sum))) return { row: r, sum };
  }
  return null;
}

/** Columns of a plan with the skipped subtotal columns given the role of a total. */
export function withTotalColumns(columns: readonly ColumnInfo[], skipped: readonly number[]): ColumnInfo[] {
  const set = new Set(skipped);
  return columns.map((c) => (set.has(c.col) ? { col: c.col, header: c.header, role: "total", by: "header" } : c));
}
