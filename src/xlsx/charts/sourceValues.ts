import { rangesOverlap, type RangeRef } from "../../core/cells";
import type { WriteOp } from "../../core/plan/types";
import { chartPartXml, type ChartOp, type SourceValue, type SourceValues } from "./chartPart";

/**
 * The cells of `source` as the plan leaves them: its `values` ops replayed in order over the range
 * (`clear` empties cells). A formula has no value until the workbook recalculates, so it caches as empty.
 * @example sourceValuesFromPlan(plan.ops, op.source)[1] // ["Acme", 120, 0.6]
 */
export function sourceValuesFromPlan(ops: readonly WriteOp[], source: RangeRef): SourceValues {
  const cells: SourceValue[][] = Array.from({ length: source.rows }, () =>
    Array.from({ length: source.cols }, (): SourceValue => null),
  );
  for (const op of ops) {
    if ((op.kind !== "values" && op.kind !== "clear") || !rangesOverlap(op.range, source)) continue;
    const r0 = Math.max(op.range.row, source.row);
    const r1 = Math.min(op.range.row + op.range.rows, source.row + source.rows);
    const c0 = Math.max(op.range.col, source.col);
    const c1 = Math.min(op.range.col + op.range.cols, source.col + source.cols);
    for (let r = r0; r < r1; r++) {
      for (let c = c0; c < c1; c++) {
        const value = op.kind === "values" ? (op.values[r - op.range.row]?.[c - op.range.col] ?? null) : null;
        cells[r - source.row][c - source.col] = typeof value === "object" && value !== null ? null : value;
      }
    }
  }
  return cells;
}

/**
 * The number format of each column of `source` as the plan leaves its last row (a data row): the last
 * `numberFormat` op covering that cell, `undefined` where none does.
 */
export function sourceFormatsFromPlan(ops: readonly WriteOp[], source: RangeRef): (string | undefined)[] {
  const row = source.row + source.rows - 1;
  return Array.from({ length: source.cols }, (_, i) => {
    const cell = { sheet: source.sheet, row, col: source.col + i, rows: 1, cols: 1 };
    let format: string | undefined;
    for (const op of ops) if (op.kind === "numberFormat" && rangesOverlap(op.range, cell)) format = op.format;
    return format;
  });
}

/** The chart part of a plan's chart op, its caches and number formats taken from the plan's ops. */
export function chartPartFromPlan(op: ChartOp, ops: readonly WriteOp[]): string {
  return chartPartXml(op, sourceValuesFromPlan(ops, op.source), sourceFormatsFromPlan(ops, op.source));
}

/** The plan's chart ops grouped by the sheet they are drawn on, in plan order. */
export function chartOpsBySheet(ops: readonly WriteOp[]): Map<string, ChartOp[]> {
  const bySheet = new Map<string, ChartOp[]>();
  for (const op of ops) {
    if (op.kind !== "chart") continue;
    const list = bySheet.get(op.anchor.sheet) ?? [];
    // A later op of the same name replaces the earlier one, as in Excel.
    bySheet.set(op.anchor.sheet, [...list.filter((c) => c.name !== op.name), op]);
  }
  return bySheet;
}
