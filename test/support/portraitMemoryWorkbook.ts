import {
  portraitSheetsToRead,
  rangeContains,
  rangesOverlap,
  type CellValue,
  type ConditionalRule,
  type Grid,
  type PlanValue,
  type RangeRef,
  type SheetSnapshot,
  type WorkbookSnapshot,
  type WritePlan,
} from "../../src/core";

/** One sheet of the in-memory workbook: cells by "row,col". */
export interface MemorySheet {
  readonly cells: Map<string, PlanValue>;
  readonly formats: Map<string, string>;
  readonly validations: { range: RangeRef; list: readonly string[] }[];
  readonly conditional: { range: RangeRef; rule: ConditionalRule }[];
}

/** A workbook that carries out write plans the way the appliers do, op by op. */
export interface MemoryWorkbook {
  readonly sheets: Map<string, MemorySheet>;
  /** Sheet-scoped names Segmenta created. */
  readonly names: Map<string, RangeRef>;
}

const at = (row: number, col: number) => `${row},${col}`;
const emptySheet = (): MemorySheet => ({ cells: new Map(), formats: new Map(), validations: [], conditional: [] });

export function memoryWorkbook(sheets: Record<string, Grid>): MemoryWorkbook {
  const wb: MemoryWorkbook = { sheets: new Map(), names: new Map() };
  for (const [name, grid] of Object.entries(sheets)) {
    const sheet = emptySheet();
    grid.forEach((row, r) => row.forEach((v, c) => v !== null && !(typeof v === "object") && sheet.cells.set(at(r, c), v)));
    wb.sheets.set(name, sheet);
  }
  return wb;
}

function clearRange(sheet: MemorySheet, range: RangeRef): void {
  for (const key of [...sheet.cells.keys()]) {
    const [r, c] = key.split(",").map(Number);
    if (rangeContains(range, r, c)) {
      sheet.cells.delete(key);
      sheet.formats.delete(key);
    }
  }
  const keep = <T extends { range: RangeRef }>(list: T[]) => list.splice(0, list.length, ...list.filter((x) => !rangesOverlap(x.range, range)));
  keep(sheet.validations);
  keep(sheet.conditional);
}

function sheetOf(wb: MemoryWorkbook, name: string): MemorySheet {
  const sheet = wb.sheets.get(name);
  if (!sheet) throw new Error(`the plan writes to sheet ${name}, which it did not create`);
  return sheet;
}

/** Carries out a plan. */
export function applyPlan(wb: MemoryWorkbook, plan: WritePlan): void {
  for (const op of plan.ops) {
    switch (op.kind) {
      case "sheet": {
        if (!wb.sheets.has(op.sheet)) wb.sheets.set(op.sheet, emptySheet());
        const sheet = sheetOf(wb, op.sheet);
        if (op.clear) clearRange(sheet, { sheet: op.sheet, row: 0, col: 0, rows: 1 << 20, cols: 1 << 14 });
        wb.names.set(op.marker, { sheet: op.sheet, row: 0, col: 0, rows: 1, cols: 1 });
        break;
      }
      case "clear":
        clearRange(sheetOf(wb, op.range.sheet), op.range);
        break;
      case "values": {
        const sheet = sheetOf(wb, op.range.sheet);
        if (op.values.length !== op.range.rows || op.values.some((r) => r.length !== op.range.cols)) throw new Error("values do not fit their range");
        op.values.forEach((row, r) =>
          row.forEach((v, c) => {
            const key = at(op.range.row + r, op.range.col + c);
            if (v === null) sheet.cells.delete(key);
            else sheet.cells.set(key, v);
          }),
        );
        break;
      }
      case "numberFormat": {
        const sheet = sheetOf(wb, op.range.sheet);
        for (let r = 0; r < op.range.rows; r++) for (let c = 0; c < op.range.cols; c++) sheet.formats.set(at(op.range.row + r, op.range.col + c), op.format);
        break;
      }
      case "validation":
        sheetOf(wb, op.range.sheet).validations.push({ range: op.range, list: op.list });
        break;
      case "conditionalFormat":
        sheetOf(wb, op.range.sheet).conditional.push({ range: op.range, rule: op.rule });
        break;
      case "name":
        wb.names.set(op.name, op.range);
        break;
      case "style":
      case "select":
        sheetOf(wb, op.range.sheet);
        break;
      case "columnWidths":
      case "freeze":
        sheetOf(wb, op.sheet);
        break;
      case "chart":
        sheetOf(wb, op.anchor.sheet);
        break;
    }
  }
}

export function setCell(wb: MemoryWorkbook, sheet: string, row: number, col: number, value: PlanValue): void {
  const s = sheetOf(wb, sheet);
  if (value === null) s.cells.delete(at(row, col));
  else s.cells.set(at(row, col), value);
}

export function getCell(wb: MemoryWorkbook, sheet: string, row: number, col: number): PlanValue {
  return sheetOf(wb, sheet).cells.get(at(row, col)) ?? null;
}

/** The sheet's used range as a snapshot (formulas as their text). */
export function sheetSnapshot(wb: MemoryWorkbook, name: string): SheetSnapshot {
  const sheet = sheetOf(wb, name);
  const keys = [...sheet.cells.keys()].map((k) => k.split(",").map(Number));
  if (keys.length === 0) return { name, top: 0, left: 0, values: [] };
  const top = Math.min(...keys.map((k) => k[0]));
  const left = Math.min(...keys.map((k) => k[1]));
  const bottom = Math.max(...keys.map((k) => k[0]));
  const right = Math.max(...keys.map((k) => k[1]));
  const values: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: CellValue[] = [];
    for (let c = left; c <= right; c++) {
      const v = sheet.cells.get(at(r, c)) ?? null;
      row.push(v !== null && typeof v === "object" ? v.formula : v);
    }
    values.push(row);
  }
  return { name, top, left, values };
}

/** What the Excel layer would hand core: the active sheet, all names, Segmenta's names, and its own sheets with user entries. */
export function workbookSnapshot(wb: MemoryWorkbook, active: string): WorkbookSnapshot {
  const base: WorkbookSnapshot = {
    active: sheetSnapshot(wb, active),
    sheetNames: [...wb.sheets.keys()],
    owned: [...wb.names].map(([name, range]) => ({ name, range })),
  };
  const others = Object.fromEntries(portraitSheetsToRead(base).map((name) => [name, sheetSnapshot(wb, name)]));
  return { ...base, others };
}
