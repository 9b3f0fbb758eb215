import { cellAddress, quoteSheet, rangeAddress, type RangeRef } from "../cells";
import type { ColumnOverrides, DetectedTable, DetectionNote, InputIssue, ReadResult } from "../dataset";
import type { SheetSnapshot } from "../snapshot";
import { assignColumns, type ColumnPlan } from "./assignColumns";
import { usesDecimalComma } from "./columnEvidence";
import { cropSheet } from "./cropSheet";
import { emptyTrailingPeriods } from "./emptyPeriods";
import { findTable, tableAt, type TableBounds } from "./findTable";
import { inferPeriodKind } from "./inferPeriodKind";
import { readLong } from "./readLong";
import { readWide } from "./readWide";
import { sheetView } from "./sheetView";
import { resolveSubtotalColumns, withTotalColumns } from "./subtotalColumns";
import { resolveSubtotalRows } from "./subtotalRows";

export interface ReadOptions {
  /** Role -> header text or column letters (`"C"`); always wins over recognition. */
  readonly overrides?: ColumnOverrides;
  /** How cell addresses are written in issues: (sheetRow, sheetCol) => "Sales!C17" by default; the CLI passes "sales.csv: C17". */
  readonly cellLabel?: (row: number, col: number) => string;
  /** Cells Segmenta owns (its earlier output): ignored entirely when finding the table. */
  readonly owned?: readonly RangeRef[];
  /** Read only this range of the sheet (sheet coordinates): the user's pick among two tables. */
  readonly range?: RangeRef;
  /**
   * How `a/b/yyyy` dates are read when no date of the column has a part above 12: as the user chose
   * (`given`), else the locale's order (`fallback`, a note says it was assumed), else day first.
   */
  readonly dateOrder?: { readonly given?: "dmy" | "mdy"; readonly fallback?: "dmy" | "mdy" };
}

/**
 * Turns a sheet as Excel hands it into a Dataset (METHODOLOGY §1): finds the table under title
 * rows and above a totals row, tells wide from long, gives columns their roles, skips subtotal rows
 * and columns that add up (and refuses those that do not), joins blocks with the same header, and
 * reads every row. Any unreadable cell, missing column or unknown override makes the result
 * `ok: false` with all issues found (and the table, when one was found). Never throws for bad data.
 *
 * @example readTable(sheet).ok // true for a readable table
 */
export function readTable(whole: SheetSnapshot, options: ReadOptions = {}): ReadResult {
  const sheet = options.range ? cropSheet(whole, options.range) : whole;
  const view = sheetView(sheet, options.owned);
  const bounds = findTable(view);
  if (bounds === null) return { ok: false, issues: [{ code: "noTable", sheet: sheet.name }], table: null };
  const sheetRange = (b: TableBounds, fromRow = b.headerRow): string =>
    rangeAddress(
      { sheet: sheet.name, row: fromRow + sheet.top, col: b.firstCol + sheet.left, rows: (b.totalsRow ?? b.lastRow) - fromRow + 1, cols: b.lastCol - b.firstCol + 1 },
      false,
    );
  if (bounds.tableBelow !== null) {
    const below = tableAt(view, bounds.tableBelow.headerRow);
    const first = { ...bounds, lastRow: Math.min(bounds.lastRow, bounds.tableBelow.firstBlank - 1), totalsRow: null };
    const issue: InputIssue = { code: "twoTables", sheet: sheet.name, first: sheetRange(first), second: sheetRange(below, bounds.tableBelow.firstRow) };
    return { ok: false, issues: [issue], table: null };
  }
  const sheetLabel = options.cellLabel ?? ((row: number, col: number) => `${quoteSheet(sheet.name)}!${cellAddress(row, col)}`);
  const label = (row: number, col: number) => sheetLabel(row + sheet.top, col + sheet.left);
  const assigned = assignColumns(view, bounds, sheet, options.overrides);
  const periodCols = assigned.periods.map((p) => p.col);
  const amountCols = assigned.shape === "wide" ? periodCols : assigned.roles.amount === undefined ? [] : [assigned.roles.amount];
  // The decimal mark is a pass over the column: looked for only when a subtotal must be summed.
  const hasOthers =
    assigned.shape === "wide" &&
    (assigned.columns.some((c) => c.role === "ignore") || assigned.periods.some((p) => p.period.kind === "quarter"));
  const decimalComma =
    bounds.subtotalRows.length > 0 || hasOthers ? usesDecimalComma(sheet.values, amountCols, bounds.firstRow, bounds.lastRow) : false;
  const subtotals = resolveSubtotalRows(
    sheet.values,
    { ...bounds, candidates: bounds.subtotalRows, ignore: bounds.repeatRows, amountCols, decimalComma },
    label,
  );
  const skipRows = [...bounds.repeatRows, ...subtotals.skipped].sort((a, b) => a - b);
  const subColumns =
    assigned.shape === "wide"
      ? resolveSubtotalColumns(
          sheet.values,
          {
            ...bounds,
            skipRows: new Set(bounds.repeatRows),
            periods: assigned.periods,
            others: assigned.columns.filter((c) => c.role === "ignore").map((c) => ({ col: c.col - sheet.left, header: view.value(bounds.headerRow, c.col - sheet.left) })),
            decimalComma,
          },
          label,
          (col) => assigned.columns.find((c) => c.col === col + sheet.left)?.header ?? "",
        )
      : { skipped: [], issues: [] };
  const plan = withoutColumns(assigned, subColumns.skipped, sheet.left);
  const { kind, periods } = inferPeriodKind(plan.periods.map((p) => p.period));
  const widePeriods = plan.periods.map((p, i) => ({ col: p.col, period: periods[i] }));
  const notes: DetectionNote[] = [];
  if (bounds.repeatRows.length > 0) notes.push({ code: "tablesJoined", rows: bounds.repeatRows.map((r) => r + sheet.top) });
  if (subtotals.skipped.length > 0) notes.push({ code: "subtotalRowsSkipped", rows: subtotals.skipped.map((r) => r + sheet.top) });
  if (subColumns.skipped.length > 0) notes.push({ code: "subtotalColumnsSkipped", cols: subColumns.skipped.map((c) => c + sheet.left) });
  const table = detectedTable(sheet, bounds, plan, widePeriods, kind, notes);
  if (plan.issues.length > 0) return { ok: false, issues: plan.issues, table };

  // Subtotals that do not add up are listed with every unreadable cell, all at once.
  const issues: InputIssue[] = [...subtotals.issues, ...subColumns.issues];
  const rows = {
    values: sheet.values,
    firstRow: bounds.firstRow,
    lastRow: bounds.lastRow,
    skipRows,
    roles: plan.roles,
    top: sheet.top,
  };
  const read =
    plan.shape === "wide"
      ? readWide({ ...rows, periods: widePeriods }, issues, label)
      : readLong({ ...rows, formats: sheet.formats, dateOrder: options.dateOrder }, issues, label);
  if (issues.length > 0) return { ok: false, issues, table };
  const empty = plan.shape === "wide" ? emptyTrailingPeriods(sheet.values, rows, widePeriods) : [];
  const noted = withReadNotes(table, sheet, empty, read.dateOrderAssumed, plan.roles.date);
  const finalTable = read.dateOrder ? { ...noted, dateOrder: read.dateOrder } : noted;
  return { ok: true, value: { table: finalTable, clients: read.clients, products: read.products, sales: read.sales } };
}

/** The plan without the subtotal columns: not periods, shown as totals. */
function withoutColumns(plan: ColumnPlan, skipped: readonly number[], left: number): ColumnPlan {
  if (skipped.length === 0) return plan;
  const set = new Set(skipped);
  return {
    ...plan,
    periods: plan.periods.filter((p) => !set.has(p.col)),
    columns: withTotalColumns(plan.columns, skipped.map((c) => c + left)),
  };
}

/** The table with the notes only the rows can tell: blank periods at its end, a day order assumed. */
function withReadNotes(
  table: DetectedTable,
  sheet: SheetSnapshot,
  empty: readonly number[],
  assumed: "dmy" | "mdy" | undefined,
  dateCol: number | undefined,
): DetectedTable {
  if (empty.length === 0 && assumed === undefined) return table;
  const notes = [...table.notes];
  let columns = table.columns;
  if (empty.length > 0) {
    const sheetCols = new Set(empty.map((c) => c + sheet.left));
    columns = columns.map((c) => (sheetCols.has(c.col) ? { ...c, role: "ignore" as const } : c));
    notes.push({ code: "emptyTrailingPeriods", cols: [...sheetCols] });
  }
  if (assumed !== undefined) notes.push({ code: "dateOrderAssumed", text: assumed, ...(dateCol === undefined ? {} : { chosen: dateCol + sheet.left }) });
  return { ...table, columns, notes };
}

function detectedTable(
  sheet: SheetSnapshot,
  bounds: TableBounds,
  plan: ColumnPlan,
  periods: ColumnPlan["periods"],
  periodKind: DetectedTable["periodKind"],
  readNotes: readonly DetectionNote[],
): DetectedTable {
  const periodOf = new Map(periods.map((p) => [p.col + sheet.left, p.period]));
  const columns = plan.columns.map((c) => {
    const period = periodOf.get(c.col);
    return period ? { ...c, period } : c;
  });
  const notes: DetectionNote[] = [];
  if (bounds.titleRow !== null) notes.push({ code: "titleRowsSkipped", row: bounds.titleRow + sheet.top });
  notes.push(...plan.notes, ...readNotes);
  if (bounds.totalsRow !== null) notes.push({ code: "totalsRowSkipped", row: bounds.totalsRow + sheet.top });
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
