import type { RangeRef, WriteOp, WritePlan } from "../core";
import { assertFiniteValues, cellAddress, NAME_PREFIX } from "../core";
import { addConditionalFormat, applyStyle, columnPoints } from "./formatOps";
import { syncWithTimeout, WriteAbortedError } from "./syncWithTimeout";
import { excelValue, hasFormula, writeGrid } from "./writeGrid";

export interface ApplyOptions {
  /** Cells written so far of all the plan's value and number-format cells. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Checked before every batch: once aborted, nothing more is sent. */
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  /** Whether the host implements an ExcelApi version (native Pareto charts need 1.9). */
  readonly supports?: (version: string) => boolean;
  /** Rows per block (tests); by default sized from the column count. */
  readonly blockRows?: number;
}

/** Ops queued between two syncs at most, so that one request stays small. */
const OPS_PER_BATCH = 200;
/**
 * Value and format cells that may ride along in a batch of other ops (headers, a portrait matrix,
 * short lists: some 40 KB); larger grids get blocks and syncs of their own.
 */
const SMALL_GRID_CELLS = 1_000;

/** What the preparing sync learnt about the sheets the plan touches. */
interface SheetState {
  readonly sheet: Excel.Worksheet;
  readonly names: Set<string>;
  readonly charts: Set<string>;
  readonly used: Excel.Range | null;
}

/**
 * Carries out a write plan op by op: values and number formats in row blocks (one sync each, halved
 * when Excel finds a block too large) — small ones batched with the other ops —, everything else in
 * small batches; Segmenta's sheets are
 * created when missing and cleared, never deleted; names are replaced. Screen updating is suspended
 * once per batch, and every sync has a timeout.
 */
export async function applyPlan(context: Excel.RequestContext, plan: WritePlan, options: ApplyOptions = {}): Promise<void> {
  assertFiniteValues(plan);
  let queued = 0;
  let queuedCells = 0;
  const flush = async () => {
    if (options.signal?.aborted) throw new WriteAbortedError();
    context.application.suspendScreenUpdatingUntilNextSync();
    await syncWithTimeout(context, options.timeoutMs);
    queued = 0;
    queuedCells = 0;
  };
  const sheets = await prepare(context, plan, options.timeoutMs);
  const total = plan.ops.reduce((n, op) => n + (op.kind === "values" || op.kind === "numberFormat" ? op.range.rows * op.range.cols : 0), 0);
  let done = 0;
  const progress = (rows: number, cols: number) => {
    done += rows * cols;
    options.onProgress?.(done, total);
  };
  for (const op of plan.ops) {
    const state = sheets.get(sheetOf(op));
    if (!state) throw new Error(`Sheet "${sheetOf(op)}" is missing.`);
    if (op.kind === "values" || op.kind === "numberFormat") {
      const cells = op.range.rows * op.range.cols;
      if (queuedCells + cells <= SMALL_GRID_CELLS) {
        queueGrid(state.sheet, op);
        queuedCells += cells;
        progress(op.range.rows, op.range.cols);
        if (++queued >= OPS_PER_BATCH) await flush();
        continue;
      }
      if (queued > 0) await flush();
      await writeBlocks(state.sheet, op, flush, (rows) => progress(rows, op.range.cols), options.blockRows);
      continue;
    }
    queueOp(state, op, options.supports ?? (() => false));
    if (++queued >= OPS_PER_BATCH) await flush();
  }
  if (queued > 0) await flush();
}

function sheetOf(op: WriteOp): string {
  return "range" in op ? op.range.sheet : op.kind === "chart" ? op.anchor.sheet : op.sheet;
}

/** One sync: the plan's sheets (created when a `sheet` op asks for a missing one), their names and charts. */
async function prepare(context: Excel.RequestContext, plan: WritePlan, timeoutMs?: number): Promise<Map<string, SheetState>> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await syncWithTimeout(context, timeoutMs);
  const byName = new Map(worksheets.items.map((s) => [s.name, s]));
  const pending: { name: string; sheet: Excel.Worksheet; clear: boolean }[] = [];
  for (const name of new Set(plan.ops.map(sheetOf))) {
    const sheetOp = plan.ops.find((op) => op.kind === "sheet" && op.sheet === name);
    let sheet = byName.get(name);
    if (!sheet && sheetOp) sheet = worksheets.add(name);
    if (!sheet) continue;
    sheet.names.load("items/name");
    sheet.charts.load("items/name");
    pending.push({ name, sheet, clear: sheetOp?.kind === "sheet" && sheetOp.clear && byName.has(name) });
  }
  const used = pending.map((p) => (p.clear ? p.sheet.getUsedRangeOrNullObject() : null));
  for (const u of used) u?.load("address");
  await syncWithTimeout(context, timeoutMs);
  return new Map(
    pending.map((p, i) => [
      p.name,
      {
        sheet: p.sheet,
        names: new Set(p.sheet.names.items.map((n) => n.name)),
        charts: new Set(p.sheet.charts.items.map((c) => c.name)),
        used: used[i] && !used[i]!.isNullObject ? used[i] : null,
      },
    ]),
  );
}

function rangeOf(sheet: Excel.Worksheet, r: RangeRef): Excel.Range {
  return sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

async function writeBlocks(
  sheet: Excel.Worksheet,
  op: Extract<WriteOp, { kind: "values" | "numberFormat" }>,
  flush: () => Promise<void>,
  onRows: (rows: number) => void,
  rowsPerBlock?: number,
): Promise<void> {
  if (op.kind === "numberFormat") {
    await writeGrid(sheet, op.range, "numberFormat", () => op.format, flush, onRows, rowsPerBlock);
    return;
  }
  const property = hasFormula(op.values) ? "formulas" : "values";
  await writeGrid(sheet, op.range, property, (r, c) => excelValue(op.values[r]?.[c] ?? null), flush, onRows, rowsPerBlock);
}

/** Queues a small value or number-format grid whole, with the batch it joins. */
function queueGrid(sheet: Excel.Worksheet, op: Extract<WriteOp, { kind: "values" | "numberFormat" }>): void {
  const target = rangeOf(sheet, op.range);
  const rows = Array.from({ length: op.range.rows }, (_, r) => r);
  const cols = Array.from({ length: op.range.cols }, (_, c) => c);
  if (op.kind === "numberFormat") target.numberFormat = rows.map(() => cols.map(() => op.format));
  else target[hasFormula(op.values) ? "formulas" : "values"] = rows.map((r) => cols.map((c) => excelValue(op.values[r]?.[c] ?? null)));
}

/** Queues one op that needs no block logic. */
function queueOp(state: SheetState, op: WriteOp, supports: (version: string) => boolean): void {
  const { sheet } = state;
  switch (op.kind) {
    case "sheet":
      if (op.clear && state.used) {
        state.used.conditionalFormats.clearAll();
        state.used.clear("All");
      }
      if (op.clear) {
        for (const chart of [...state.charts].filter((c) => c.startsWith(NAME_PREFIX))) {
          sheet.charts.getItem(chart).delete();
          state.charts.delete(chart);
        }
      }
      replaceName(state, op.marker, sheet.getRange("A1"));
      return;
    case "clear": {
      const range = rangeOf(sheet, op.range);
      range.conditionalFormats.clearAll();
      range.clear("All");
      return;
    }
    case "style":
      applyStyle(rangeOf(sheet, op.range), op.style);
      return;
    case "conditionalFormat":
      addConditionalFormat(rangeOf(sheet, op.range), op.rule);
      return;
    case "validation": {
      const range = rangeOf(sheet, op.range);
      range.dataValidation.clear();
      range.dataValidation.rule = { list: { inCellDropDown: true, source: op.list.join(",") } };
      return;
    }
    case "columnWidths":
      op.widths.forEach((w, i) => (sheet.getRangeByIndexes(0, op.col + i, 1, 1).format.columnWidth = columnPoints(w)));
      return;
    case "freeze":
      sheet.freezePanes.unfreeze();
      if (op.rows > 0 && op.cols > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, op.rows, op.cols));
      else if (op.rows > 0) sheet.freezePanes.freezeRows(op.rows);
      else if (op.cols > 0) sheet.freezePanes.freezeColumns(op.cols);
      return;
    case "name":
      replaceName(state, op.name, rangeOf(sheet, op.range));
      return;
    case "chart":
      addChart(state, op, supports("1.9"));
      return;
    case "select":
      sheet.activate();
      rangeOf(sheet, op.range).select();
      return;
    case "values":
    case "numberFormat":
      throw new Error(`${op.kind} ops are written in blocks`);
  }
}

/** Replaces the sheet-scoped name `name` so that it marks `range`. */
function replaceName(state: SheetState, name: string, range: Excel.Range): void {
  if (state.names.has(name)) state.sheet.names.getItem(name).delete();
  state.sheet.names.add(name, range);
  state.names.add(name);
}

/**
 * A Pareto chart: Excel's own (ExcelApi 1.9) from the first two columns, else columns for the values
 * with the cumulative share as a line on a secondary axis; stacked columns for `stacked`, clustered
 * ones otherwise. Replaces a chart of the same name.
 */
function addChart(state: SheetState, op: Extract<WriteOp, { kind: "chart" }>, native: boolean): void {
  const { sheet } = state;
  if (state.charts.has(op.name)) sheet.charts.getItem(op.name).delete();
  const source = op.source;
  let chart: Excel.Chart;
  if (op.chart === "pareto" && native) {
    chart = sheet.charts.add("Pareto", rangeOf(sheet, { ...source, cols: 2 }), "Columns");
  } else {
    const type = op.chart === "stacked" ? "ColumnStacked" : "ColumnClustered";
    chart = sheet.charts.add(type, rangeOf(sheet, source), "Columns");
    if (op.chart === "pareto" && source.cols >= 3) {
      const line = chart.series.getItemAt(1);
      line.chartType = "Line";
      line.axisGroup = "Secondary";
    }
  }
  chart.name = op.name;
  chart.title.text = op.title;
  const a = op.anchor;
  chart.setPosition(cellAddress(a.row, a.col), cellAddress(a.row + a.rows - 1, a.col + a.cols - 1));
  state.charts.add(op.name);
}
