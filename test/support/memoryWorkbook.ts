/**
 * A workbook as plain maps, with a pure applier for write plans: what the Excel layer does to a
 * real workbook, reduced to cells, formats, names, rules and charts, so plans can be checked
 * by applying them.
 */
import type { CellValue, ConditionalRule, Grid, OwnedRange, PlanValue, RangeRef, WorkbookSnapshot, WriteOp, WritePlan } from "../../src/core";
import { isBlank, NAME_PREFIX } from "../../src/core";
import { subtractRange } from "../../src/core/plan/rangeMath";

export interface MemoryWorkbook {
  /** Sheet names in tab order. */
  readonly sheets: readonly string[];
  /** Non-blank cells by `cellKey`. */
  readonly cells: ReadonlyMap<string, CellValue>;
  /** Number format and style of a cell by `cellKey`, as text. */
  readonly formats: ReadonlyMap<string, string>;
  /** Sheet-scoped names by `sheet!name`. */
  readonly names: ReadonlyMap<string, RangeRef>;
  readonly rules: readonly { readonly range: RangeRef; readonly rule: ConditionalRule }[];
  readonly charts: ReadonlyMap<string, WriteOp>;
  /** Freeze panes, column widths, validation and selection, by a key naming what they set. */
  readonly extras: ReadonlyMap<string, string>;
}

export function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row}\u0000${col}`;
}

/** A workbook with these sheets, each given as a grid placed at `top`/`left` (default A1). */
export function memoryWorkbook(
  sheets: Readonly<Record<string, { readonly values: Grid; readonly top?: number; readonly left?: number }>>,
): MemoryWorkbook {
  const cells = new Map<string, CellValue>();
  for (const [name, s] of Object.entries(sheets)) {
    s.values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (!isBlank(v)) cells.set(cellKey(name, (s.top ?? 0) + r, (s.left ?? 0) + c), v);
      }),
    );
  }
  return { sheets: Object.keys(sheets), cells, formats: new Map(), names: new Map(), rules: [], charts: new Map(), extras: new Map() };
}

/** Every cell of `range`, row by row. */
export function* cellsOf(range: RangeRef): Generator<[number, number]> {
  for (let r = range.row; r < range.row + range.rows; r++) for (let c = range.col; c < range.col + range.cols; c++) yield [r, c];
}

/** The workbook after `plan`, op by op, as the Excel layer applies it. The input is not changed. */
export function applyToMemory(wb: MemoryWorkbook, plan: WritePlan): MemoryWorkbook {
  const sheets = [...wb.sheets];
  const cells = new Map(wb.cells);
  const formats = new Map(wb.formats);
  const names = new Map(wb.names);
  let rules = [...wb.rules];
  const charts = new Map(wb.charts);
  const extras = new Map(wb.extras);
  const clearRange = (range: RangeRef) => {
    for (const [r, c] of cellsOf(range)) {
      cells.delete(cellKey(range.sheet, r, c));
      formats.delete(cellKey(range.sheet, r, c));
    }
    rules = rules.flatMap((x) => subtractRange(x.range, range).map((part) => ({ range: part, rule: x.rule })));
  };
  const addFormat = (range: RangeRef, text: string) => {
    for (const [r, c] of cellsOf(range)) {
      const key = cellKey(range.sheet, r, c);
      formats.set(key, `${formats.get(key) ?? ""}${text};`);
    }
  };
  for (const op of plan.ops) {
    switch (op.kind) {
      case "sheet":
        if (!sheets.includes(op.sheet)) sheets.push(op.sheet);
        if (op.clear) {
          for (const key of [...cells.keys(), ...formats.keys()]) {
            if (key.startsWith(`${op.sheet}\u0000`)) {
              cells.delete(key);
              formats.delete(key);
            }
          }
          rules = rules.filter((x) => x.range.sheet !== op.sheet);
        }
        names.set(`${op.sheet}!${op.marker}`, { sheet: op.sheet, row: 0, col: 0, rows: 1, cols: 1 });
        break;
      case "clear":
        clearRange(op.range);
        break;
      case "values":
        op.values.forEach((line, i) =>
          line.forEach((v, j) => {
            const key = cellKey(op.range.sheet, op.range.row + i, op.range.col + j);
            const value = planCell(v);
            if (isBlank(value)) cells.delete(key);
            else cells.set(key, value);
          }),
        );
        break;
      case "numberFormat":
        addFormat(op.range, `nf=${op.format}`);
        break;
      case "style":
        addFormat(op.range, `style=${JSON.stringify(op.style)}`);
        break;
      case "conditionalFormat":
        rules.push({ range: op.range, rule: op.rule });
        break;
      case "validation":
        extras.set(`validation ${op.range.sheet} ${op.range.row},${op.range.col}`, JSON.stringify(op));
        break;
      case "columnWidths":
        op.widths.forEach((w, i) => extras.set(`width ${op.sheet} ${op.col + i}`, String(w)));
        break;
      case "freeze":
        extras.set(`freeze ${op.sheet}`, `${op.rows},${op.cols}`);
        break;
      case "name":
        names.set(`${op.range.sheet}!${op.name}`, op.range);
        break;
      case "chart":
        charts.set(`${op.anchor.sheet}!${op.name}`, op);
        break;
      case "select":
        extras.set("select", JSON.stringify(op.range));
        break;
    }
  }
  return { sheets, cells, formats, names, rules, charts, extras };
}

function planCell(v: PlanValue): CellValue {
  return typeof v === "object" && v !== null ? v.formula : v;
}

/** What the Excel layer would read: the active sheet's used range, the sheet names, Segmenta's names. */
export function snapshotOf(wb: MemoryWorkbook, active: string): WorkbookSnapshot {
  return { active: sheetSnapshot(wb, active), sheetNames: wb.sheets, owned: ownedOf(wb) };
}

export function ownedOf(wb: MemoryWorkbook): OwnedRange[] {
  return [...wb.names.entries()]
    .filter(([key]) => key.slice(key.indexOf("!") + 1).startsWith(NAME_PREFIX))
    .map(([key, range]) => ({ name: key.slice(key.indexOf("!") + 1), range }));
}

function sheetSnapshot(wb: MemoryWorkbook, sheet: string) {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const key of wb.cells.keys()) {
    const [s, r, c] = key.split("\u0000");
    if (s !== sheet) continue;
    top = Math.min(top, Number(r));
    left = Math.min(left, Number(c));
    bottom = Math.max(bottom, Number(r));
    right = Math.max(right, Number(c));
  }
  if (bottom < 0) return { name: sheet, top: 0, left: 0, values: [] };
  const values: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const line: CellValue[] = [];
    for (let c = left; c <= right; c++) line.push(wb.cells.get(cellKey(sheet, r, c)) ?? null);
    values.push(line);
  }
  return { name: sheet, top, left, values };
}
