import { cellAddress, quoteSheet, type RangeRef } from "../cells";
import type { ColumnOverrides, DetectedTable, DetectionNote, InputIssue, ReadResult } from "../dataset";
import type { SheetSnapshot } from "../snapshot";
import { assignColumns, type ColumnPlan } from "./assignColumns";
import { findTable, type TableBounds } from "./findTable";
import { inferPeriodKind } from "./inferPeriodKind";
import { readLong } from "./readLong";
import { readWide } from "./readWide";
import { cellContent } from "./cellContent";
import { isBlankCell, sheetView } from "./sheetView";

export interface ReadOptions {
  /** Role -> header text or column letters (`"C"`); always wins over recognition. */
  readonly overrides?: ColumnOverrides;
  /** How cell addresses are written in issues: (sheetRow, sheetCol) => "Sales!C17" by default; the CLI passes "sales.csv: C17". */
  readonly cellLabel?: (row: number, col: number) => string;
  /** Cells Segmenta owns (its earlier output): ignored entirely when finding the table. */
  readonly owned?: readonly RangeRef[];
}

/**
 * Turns a sheet as Excel hands it into a Dataset (METHODOLOGY §1): finds the table under title
 * rows and above a totals row, tells wide from long, gives columns their roles, and reads every
 * row. Any unreadable cell, missing column or unknown override makes the result `ok: false` with
 * all issues found (and the table, when one was found). Never throws for bad data.
 *
 * @example readTable(sheet).ok // true for a readable table
 */
export function readTable(sheet: SheetSnapshot, options: ReadOptions = {}): ReadResult {
  const view = sheetView(sheet, options.owned);
  const bounds = findTable(view);
  if (bounds === null) return { ok: false, issues: [{ code: "noTable", sheet: sheet.name }], table: null };
  if (bounds.tableBelow !== null) {
    const { firstBlank, lastBlank, headerRow } = bounds.tableBelow;
    const header = (sheet.values[headerRow] ?? []).filter((v) => !isBlankCell(v)).map((v) => cellContent(v));
    const issue: InputIssue = {
      code: "tableBelowBlankRows",
      sheet: sheet.name,
      first: firstBlank + sheet.top + 1,
      last: lastBlank + sheet.top + 1,
      below: headerRow + sheet.top + 1,
      content: header.join(", "),
    };
    return { ok: false, issues: [issue], table: null };
  }
  const plan = assignColumns(view, bounds, sheet, options.overrides);
  const { kind, periods } = inferPeriodKind(plan.periods.map((p) => p.period));
  const widePeriods = plan.periods.map((p, i) => ({ col: p.col, period: periods[i] }));
  const table = detectedTable(sheet, bounds, plan, widePeriods, kind);
  if (plan.issues.length > 0) return { ok: false, issues: plan.issues, table };

  const sheetLabel = options.cellLabel ?? ((row: number, col: number) => `${quoteSheet(sheet.name)}!${cellAddress(row, col)}`);
  const label = (row: number, col: number) => sheetLabel(row + sheet.top, col + sheet.left);
  const issues: InputIssue[] = [];
  const rows = {
    values: sheet.values,
    firstRow: bounds.firstRow,
    lastRow: bounds.lastRow,
    skipRows: bounds.subtotalRows,
    roles: plan.roles,
    top: sheet.top,
  };
  const read =
    plan.shape === "wide"
      ? readWide({ ...rows, periods: widePeriods }, issues, label)
      : readLong({ ...rows, formats: sheet.formats }, issues, label);
  if (issues.length > 0) return { ok: false, issues, table };
  return { ok: true, value: { table, clients: read.clients, products: read.products, sales: read.sales } };
}

function detectedTable(
  sheet: SheetSnapshot,
  bounds: TableBounds,
  plan: ColumnPlan,
  periods: ColumnPlan["periods"],
  periodKind: DetectedTable["periodKind"],
): DetectedTable {
  const periodOf = new Map(periods.map((p) => [p.col + sheet.left, p.period]));
  const columns = plan.columns.map((c) => {
    const period = periodOf.get(c.col);
    return period ? { ...c, period } : c;
  });
  const notes: DetectionNote[] = [];
  if (bounds.titleRow !== null) notes.push({ code: "titleRowsSkipped", row: bounds.titleRow + sheet.top });
  notes.push(...plan.notes);
  for (const row of [...bounds.subtotalRows, ...(bounds.totalsRow === null ? [] : [bounds.totalsRow])])
    notes.push({ code: "totalsRowSkipped", row: row + sheet.top });
  const cols = columns.map((c) => c.col);
  const firstCol = Math.min(...cols);
  const lastCol = Math.max(...cols);
  const lastSheetRow = (bounds.totalsRow ?? bounds.lastRow) + sheet.top;
  const headerRow = bounds.headerRow + sheet.top;
  return {
    shape: plan.shape,
    sheet: sheet.name,
    headerRow,
    firstRow: bounds.firstRow + sheet.top,
    lastRow: bounds.lastRow + sheet.top,
    totalsRow: bounds.totalsRow === null ? null : bounds.totalsRow + sheet.top,
    range: { sheet: sheet.name, row: headerRow, col: firstCol, rows: Math.max(1, lastSheetRow - headerRow + 1), cols: lastCol - firstCol + 1 },
    columns,
    notes,
    periodKind: plan.shape === "wide" ? periodKind : null,
  };
}
