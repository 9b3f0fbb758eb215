import type ExcelJS from "exceljs";
import { assertFiniteValues, type ConditionalRule, type RangeRef, type WriteOp, type WritePlan } from "../../../src/core";
import { formatToAdd, keptByClear } from "../../../src/xlsx/conditionalRules";
import { bookViews, excelColumnWidth, excelValue, frozenViews, listValidation, selectedViews, styleAfter, type FormatOp } from "../../../src/xlsx/planToExcel";
import type { CellFormat, ConditionalFormat, SheetView, WorkbookView } from "../../../src/xlsx/cellModel";
import type { ApplyReport } from "../../../src/xlsx/planSheets";
import { ownedRanges, scopeNamesToSheets, setSheetName } from "./workbookNames";

/** What the ExcelJS applier could not do (ExcelJS cannot write charts). */
export type { ApplyReport };

/*
 * Segmenta's cell model (`src/xlsx/cellModel.ts`) has ExcelJS's field names with narrower types (only
 * what the plan writes): what the model makes goes into ExcelJS as it is, and what ExcelJS holds (a
 * loaded file's styles, formats and views, which may be of kinds the plan never makes) is handed to the
 * model's functions through the casts below, which read only the fields they change.
 */
const asCellFormat = (style: Partial<ExcelJS.Style>) => style as CellFormat;
const asConditionalFormats = (formats: ExcelJS.ConditionalFormattingOptions[]) => formats as unknown as readonly ConditionalFormat[];

/** What ExcelJS keeps on a worksheet but does not type: per-cell validations, conditional formats. */
interface SheetExtras {
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
}

function extrasOf(ws: ExcelJS.Worksheet): SheetExtras {
  return ws as unknown as SheetExtras;
}

function forEachCell(ws: ExcelJS.Worksheet, range: RangeRef, visit: (cell: ExcelJS.Cell, r: number, c: number) => void): void {
  for (let r = 0; r < range.rows; r++) {
    const row = ws.getRow(range.row + r + 1);
    for (let c = 0; c < range.cols; c++) visit(row.getCell(range.col + c + 1), r, c);
  }
}

/** The style of a cell without formats, one object for all of them. */
const NO_STYLE: Partial<ExcelJS.Style> = Object.freeze({});

/**
 * Styles shared by the cells that went through the same changes from the same style. ExcelJS works
 * out a style's XML once per style object, so a million cells with a million equal objects cost
 * minutes where one shared object costs nothing; and loaded cells already share one object per
 * style of the file, so a style is never changed in place (that would change every cell sharing
 * it), only replaced.
 */
type StyleCache = (base: Partial<ExcelJS.Style>, op: FormatOp) => Partial<ExcelJS.Style>;

function styleCache(): StyleCache {
  const after = new WeakMap<object, Map<FormatOp, Partial<ExcelJS.Style>>>();
  return (base, op) => {
    let byOp = after.get(base);
    if (!byOp) after.set(base, (byOp = new Map()));
    let style = byOp.get(op);
    if (!style) byOp.set(op, (style = styleAfter(asCellFormat(base), op)));
    return style;
  };
}

/** The cell's style, or the shared empty one when it has none (a new cell gets an object of its own). */
function sharedWhenEmpty(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  for (const _key in style) return style;
  return NO_STYLE;
}

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  return wb.getWorksheet(name) ?? wb.addWorksheet(name);
}

/** Empties cells, their formats, and the conditional formats and validations inside `range`. */
function clearRange(ws: ExcelJS.Worksheet, range: RangeRef): void {
  const validations = extrasOf(ws).dataValidations.model;
  forEachCell(ws, range, (cell) => {
    cell.value = null;
    cell.style = NO_STYLE;
    if (validations[cell.address]) delete validations[cell.address];
  });
  ws.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => keptByClear(ws.name, cf, range));
}

/** The used cells of a sheet as one range (A1 when empty). */
function usedRange(ws: ExcelJS.Worksheet): RangeRef {
  return { sheet: ws.name, row: 0, col: 0, rows: Math.max(1, ws.rowCount), cols: Math.max(1, ws.columnCount) };
}

function addConditionalFormat(ws: ExcelJS.Worksheet, range: RangeRef, rule: ConditionalRule): void {
  const format = formatToAdd(asConditionalFormats(extrasOf(ws).conditionalFormattings), range, rule);
  if (format) ws.addConditionalFormatting(format);
}

function applyOp(wb: ExcelJS.Workbook, op: WriteOp, skipped: ApplyReport["skipped"][number][], styles: StyleCache): void {
  switch (op.kind) {
    case "sheet": {
      const ws = sheetOf(wb, op.sheet);
      if (op.clear) {
        clearRange(ws, usedRange(ws));
        ws.removeConditionalFormatting(() => false);
      }
      if (!ownedRanges(wb).some((o) => o.name === op.marker && o.range.sheet === op.sheet)) {
        setSheetName(wb, op.marker, { sheet: op.sheet, row: 0, col: 0, rows: 1, cols: 1 });
      }
      return;
    }
    case "clear":
      return clearRange(sheetOf(wb, op.range.sheet), op.range);
    case "values":
      return forEachCell(sheetOf(wb, op.range.sheet), op.range, (cell, r, c) => {
        cell.value = excelValue(op.values[r]?.[c] ?? null);
        cell.style = sharedWhenEmpty(cell.style);
      });
    case "numberFormat":
    case "style":
      return forEachCell(sheetOf(wb, op.range.sheet), op.range, (cell) => {
        cell.style = styles(cell.style, op);
      });
    case "conditionalFormat":
      return addConditionalFormat(sheetOf(wb, op.range.sheet), op.range, op.rule);
    case "validation": {
      const validation = listValidation(op.list);
      return forEachCell(sheetOf(wb, op.range.sheet), op.range, (cell) => {
        cell.dataValidation = validation;
      });
    }
    case "columnWidths": {
      const ws = sheetOf(wb, op.sheet);
      op.widths.forEach((width, i) => {
        ws.getColumn(op.col + i + 1).width = excelColumnWidth(width);
      });
      return;
    }
    case "freeze":
      sheetOf(wb, op.sheet).views = frozenViews(op.rows, op.cols);
      return;
    case "name":
      return setSheetName(wb, op.name, op.range);
    case "chart":
      skipped.push({ kind: "chart", name: op.name, sheet: op.anchor.sheet });
      return;
    case "select": {
      const ws = sheetOf(wb, op.range.sheet);
      wb.views = bookViews(wb.views as WorkbookView[], wb.worksheets.indexOf(ws));
      ws.views = selectedViews(ws.views as SheetView[], op.range.row, op.range.col);
      return;
    }
  }
}

/**
 * Carries out a write plan on an ExcelJS workbook op by op, as the Office.js applier does in Excel:
 * values and formulas, number formats, styles, conditional formats, list validations, column widths,
 * freeze panes, sheet-scoped names; sheets are created when missing and never deleted. Charts are
 * skipped (ExcelJS cannot write them) and listed in the report.
 */
export function applyPlanToWorkbook(wb: ExcelJS.Workbook, plan: WritePlan): ApplyReport {
  assertFiniteValues(plan);
  scopeNamesToSheets(wb);
  const skipped: ApplyReport["skipped"][number][] = [];
  const styles = styleCache();
  for (const op of plan.ops) applyOp(wb, op, skipped, styles);
  return { skipped };
}
