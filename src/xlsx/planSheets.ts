import type { CellStyle, RangeRef, SheetSnapshot, WriteOp, WritePlan } from "../core";
import type { CellModelValue, ConditionalFormat, ListValidation, SheetView, WorkbookView } from "./cellModel";
import { formatToAdd, keptByClear } from "./conditionalRules";
import { bookViews, excelValue, frozenViews, listValidation, selectedViews } from "./planToExcel";
import { absoluteAddress, type NameModel } from "./workbookNames";

/**
 * One cell op of a plan on one sheet. A sheet's layers are laid over each other in plan order, so
 * a later op wins and a `clear` empties what came before (see `plannedRows`).
 */
export type CellLayer =
  /** `value(r, c)` is the value at row `r`, column `c` of `range` (zero-based, relative to it). */
  | { readonly kind: "values"; readonly range: RangeRef; readonly value: (r: number, c: number) => CellModelValue }
  | { readonly kind: "clear"; readonly range: RangeRef }
  | { readonly kind: "numberFormat"; readonly range: RangeRef; readonly format: string }
  | { readonly kind: "style"; readonly range: RangeRef; readonly style: CellStyle };

/** A list validation over a rectangle. */
export interface PlannedValidation {
  readonly range: RangeRef;
  readonly validation: ListValidation;
}

/** A sheet as the plan leaves it: its cell layers and everything written around the rows. */
export interface PlannedSheet {
  readonly name: string;
  readonly layers: readonly CellLayer[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly validations: readonly PlannedValidation[];
  /** Zero-based column → width in characters. */
  readonly widths: ReadonlyMap<number, number>;
  readonly views: readonly SheetView[];
}

/** What a writer could not write (a chart anchored on a sheet it cannot hold one). */
export interface ApplyReport {
  readonly skipped: readonly { readonly kind: "chart"; readonly name: string; readonly sheet: string }[];
}

/** A new workbook as a plan leaves it, sheets in the order they were created. */
export interface PlannedWorkbook {
  readonly sheets: readonly PlannedSheet[];
  /** The defined names, one entry per name with its ranges (before they are scoped to sheets). */
  readonly names: readonly NameModel[];
  readonly views: readonly WorkbookView[];
  readonly skipped: ApplyReport["skipped"];
}

interface SheetDraft {
  readonly name: string;
  layers: CellLayer[];
  conditionalFormats: ConditionalFormat[];
  validations: PlannedValidation[];
  readonly widths: Map<number, number>;
  views: SheetView[];
}

/**
 * `a` without the cells of `b`: up to four rectangles (above, below, left, right of the overlap).
 * @example rangeMinus(range("A1:A10"), range("A3:A4")) // [A1:A2, A5:A10]
 */
export function rangeMinus(a: RangeRef, b: RangeRef): RangeRef[] {
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(a.row + a.rows, b.row + b.rows);
  const left = Math.max(a.col, b.col);
  const right = Math.min(a.col + a.cols, b.col + b.cols);
  if (top >= bottom || left >= right) return [a];
  const out: RangeRef[] = [];
  if (a.row < top) out.push({ ...a, rows: top - a.row });
  if (bottom < a.row + a.rows) out.push({ ...a, row: bottom, rows: a.row + a.rows - bottom });
  if (a.col < left) out.push({ ...a, row: top, rows: bottom - top, cols: left - a.col });
  if (right < a.col + a.cols) out.push({ ...a, row: top, rows: bottom - top, col: right, cols: a.col + a.cols - right });
  return out;
}

function withoutValidations(validations: readonly PlannedValidation[], range: RangeRef): PlannedValidation[] {
  return validations.flatMap((v) => rangeMinus(v.range, range).map((rest) => ({ range: rest, validation: v.validation })));
}

/** The data sheet's cells as the first layer: values as a spreadsheet opening the file shows them (error values left out). */
function dataLayer(data: SheetSnapshot): CellLayer {
  const cols = data.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  return {
    kind: "values",
    range: { sheet: data.name, row: data.top, col: data.left, rows: data.values.length, cols },
    value: (r, c) => {
      const v = data.values[r]?.[c];
      return v === undefined || (v !== null && typeof v === "object") ? null : v;
    },
  };
}

/** Carries out one op on the drafts, as `applyPlanToWorkbook` carries it out on a workbook. */
class PlanDraft {
  readonly sheets = new Map<string, SheetDraft>();
  /** name → sheet → range: Segmenta's names are sheet-scoped, one range per sheet. */
  readonly names = new Map<string, Map<string, RangeRef>>();
  views: WorkbookView[] = [];
  readonly skipped: ApplyReport["skipped"][number][] = [];

  sheet(name: string): SheetDraft {
    let sheet = this.sheets.get(name);
    if (!sheet) {
      sheet = { name, layers: [], conditionalFormats: [], validations: [], widths: new Map(), views: [] };
      this.sheets.set(name, sheet);
    }
    return sheet;
  }

  setName(name: string, range: RangeRef): void {
    const ranges = this.names.get(name) ?? new Map<string, RangeRef>();
    ranges.set(range.sheet, range);
    this.names.set(name, ranges);
  }

  apply(op: WriteOp): void {
    switch (op.kind) {
      case "sheet": {
        const sheet = this.sheet(op.sheet);
        if (op.clear) {
          // Everything on the sheet goes: its cells, conditional formats and validations.
          sheet.layers = [];
          sheet.conditionalFormats = [];
          sheet.validations = [];
        }
        if (!this.names.get(op.marker)?.has(op.sheet)) this.setName(op.marker, { sheet: op.sheet, row: 0, col: 0, rows: 1, cols: 1 });
        return;
      }
      case "clear": {
        const sheet = this.sheet(op.range.sheet);
        sheet.layers.push({ kind: "clear", range: op.range });
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => keptByClear(sheet.name, cf, op.range));
        sheet.validations = withoutValidations(sheet.validations, op.range);
        return;
      }
      case "values": {
        const values = op.values;
        this.sheet(op.range.sheet).layers.push({ kind: "values", range: op.range, value: (r, c) => excelValue(values[r]?.[c] ?? null) });
        return;
      }
      case "numberFormat":
        this.sheet(op.range.sheet).layers.push({ kind: "numberFormat", range: op.range, format: op.format });
        return;
      case "style":
        this.sheet(op.range.sheet).layers.push({ kind: "style", range: op.range, style: op.style });
        return;
      case "conditionalFormat": {
        const sheet = this.sheet(op.range.sheet);
        const format = formatToAdd(sheet.conditionalFormats, op.range, op.rule);
        if (format) sheet.conditionalFormats.push(format);
        return;
      }
      case "validation": {
        const sheet = this.sheet(op.range.sheet);
        sheet.validations = [...withoutValidations(sheet.validations, op.range), { range: op.range, validation: listValidation(op.list) }];
        return;
      }
      case "columnWidths": {
        const sheet = this.sheet(op.sheet);
        op.widths.forEach((width, i) => sheet.widths.set(op.col + i, width));
        return;
      }
      case "freeze":
        this.sheet(op.sheet).views = frozenViews(op.rows, op.cols);
        return;
      case "name":
        return this.setName(op.name, op.range);
      case "chart":
        this.skipped.push({ kind: "chart", name: op.name, sheet: op.anchor.sheet });
        return;
      case "select": {
        const sheet = this.sheet(op.range.sheet);
        this.views = bookViews(this.views, [...this.sheets.keys()].indexOf(sheet.name));
        sheet.views = selectedViews(sheet.views, op.range.row, op.range.col);
        return;
      }
    }
  }
}

/**
 * A new workbook holding `data` (the sheet of a CSV file) with `plan` carried out on it, as plain
 * data to be written row by row: the same sheets, cells, formats, conditional formats, validations,
 * widths, views and names that `applyPlanToWorkbook` leaves in an ExcelJS workbook, with each
 * sheet's cells kept as the plan's own ops rather than one object per cell.
 * @example planSheets(csvSheet, plan).sheets.map((s) => s.name) // ["sales", "Clients (Segmenta)", "ABC-XYZ matrix"]
 */
export function planSheets(data: SheetSnapshot, plan: WritePlan): PlannedWorkbook {
  return planned(plan, dataLayer(data));
}

/**
 * What `plan` writes, sheet by sheet, without a data sheet underneath: for a writer that patches an
 * existing workbook, where the data sheet's cells are already in the file.
 * @example planOnly(plan).sheets.map((s) => s.name) // ["Sales", "Clients (Segmenta)", "ABC-XYZ matrix"]
 */
export function planOnly(plan: WritePlan): PlannedWorkbook {
  return planned(plan, null);
}

/** The plan carried out on the drafts, over a data sheet's cells when there is one. */
function planned(plan: WritePlan, data: CellLayer | null): PlannedWorkbook {
  const draft = new PlanDraft();
  if (data !== null) draft.sheet(data.range.sheet).layers.push(data);
  for (const op of plan.ops) draft.apply(op);
  const names = [...draft.names].map(([name, ranges]) => ({ name, ranges: [...ranges.values()].map(absoluteAddress) }));
  return { sheets: [...draft.sheets.values()], names, views: draft.views, skipped: draft.skipped };
}
