import type ExcelJS from "exceljs";
import { cellAddress, rangeAddress } from "../core";
import type { CellStyle, ConditionalRule, PlanValue, RangeRef, WriteOp, WritePlan } from "../core";
import { argb, excelRules } from "./conditionalRules";
import { ownedRanges, scopeNamesToSheets, setSheetName } from "./workbookNames";

/** What the ExcelJS applier could not do (ExcelJS cannot write charts). */
export interface ApplyReport {
  readonly skipped: readonly { readonly kind: "chart"; readonly name: string; readonly sheet: string }[];
}

/** What ExcelJS keeps on a worksheet but does not type: per-cell validations, conditional formats. */
interface SheetExtras {
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
}

function extrasOf(ws: ExcelJS.Worksheet): SheetExtras {
  return ws as unknown as SheetExtras;
}

const EXCELJS_DEFAULT_WIDTH = 9;

function forEachCell(ws: ExcelJS.Worksheet, range: RangeRef, visit: (cell: ExcelJS.Cell, r: number, c: number) => void): void {
  for (let r = 0; r < range.rows; r++) {
    const row = ws.getRow(range.row + r + 1);
    for (let c = 0; c < range.cols; c++) visit(row.getCell(range.col + c + 1), r, c);
  }
}

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  return wb.getWorksheet(name) ?? wb.addWorksheet(name);
}

function excelValue(value: PlanValue): ExcelJS.CellValue {
  if (value !== null && typeof value === "object") return { formula: value.formula.replace(/^=/, "") };
  return value;
}

/** Parses an ExcelJS conditional format's `ref` (`B2:B9`) on `sheet`. */
function refRange(sheet: string, ref: string): RangeRef | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const c1 = col(m[1]);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? col(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  return { sheet, row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

function inside(inner: RangeRef, outer: RangeRef): boolean {
  return inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols;
}

/** Empties cells, their formats, and the conditional formats and validations inside `range`. */
function clearRange(ws: ExcelJS.Worksheet, range: RangeRef): void {
  const validations = extrasOf(ws).dataValidations.model;
  forEachCell(ws, range, (cell) => {
    cell.value = null;
    cell.style = {};
    if (validations[cell.address]) delete validations[cell.address];
  });
  ws.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => {
    const at = refRange(ws.name, cf.ref);
    return at === null || !inside(at, range);
  });
}

/** The used cells of a sheet as one range (A1 when empty). */
function usedRange(ws: ExcelJS.Worksheet): RangeRef {
  return { sheet: ws.name, row: 0, col: 0, rows: Math.max(1, ws.rowCount), cols: Math.max(1, ws.columnCount) };
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold !== undefined || style.italic !== undefined || style.fontColor !== undefined) {
    const font: Partial<ExcelJS.Font> = { ...cell.font };
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.fontColor !== undefined) font.color = argb(style.fontColor);
    cell.font = font;
  }
  if (style.fill !== undefined) cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(style.fill) };
  if (style.horizontal !== undefined || style.wrap !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...cell.alignment };
    if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    cell.alignment = alignment;
  }
}

/** What a list of rules does, without priorities or the details a file round trip adds. */
function rulesKey(rules: readonly ExcelJS.ConditionalFormattingRule[]): string {
  return JSON.stringify(
    rules.map((rule) => {
      const loose = rule as Partial<{ formulae: unknown[]; color: unknown; cfvo: { type: string }[] }>;
      const fill = rule.style?.fill;
      return [
        rule.type,
        loose.formulae ?? null,
        loose.cfvo?.map((c) => c.type) ?? null,
        JSON.stringify(loose.color ?? null),
        fill && fill.type === "pattern" ? (fill.bgColor?.argb ?? null) : null,
        rule.style?.font?.color?.argb ?? null,
      ];
    }),
  );
}

function addConditionalFormat(ws: ExcelJS.Worksheet, range: RangeRef, rule: ConditionalRule): void {
  const ref = rangeAddress(range, false);
  const existing = extrasOf(ws).conditionalFormattings;
  const next = 1 + Math.max(0, ...existing.flatMap((cf) => cf.rules.map((r) => r.priority ?? 0)));
  const rules = excelRules(range, rule, next);
  // Applying the same plan again (in memory or on the saved file) leaves one copy of each format.
  const key = rulesKey(rules);
  if (existing.some((cf) => cf.ref === ref && rulesKey(cf.rules) === key)) return;
  ws.addConditionalFormatting({ ref, rules });
}

function applyOp(wb: ExcelJS.Workbook, op: WriteOp, skipped: ApplyReport["skipped"][number][]): void {
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
      });
    case "numberFormat":
      return forEachCell(sheetOf(wb, op.range.sheet), op.range, (cell) => {
        cell.numFmt = op.format;
      });
    case "style":
      return forEachCell(sheetOf(wb, op.range.sheet), op.range, (cell) => applyStyle(cell, op.style));
    case "conditionalFormat":
      return addConditionalFormat(sheetOf(wb, op.range.sheet), op.range, op.rule);
    case "validation": {
      const formula = `"${op.list.join(",").replace(/"/g, '""')}"`;
      return forEachCell(sheetOf(wb, op.range.sheet), op.range, (cell) => {
        cell.dataValidation = { type: "list", allowBlank: true, formulae: [formula] };
      });
    }
    case "columnWidths": {
      const ws = sheetOf(wb, op.sheet);
      op.widths.forEach((width, i) => {
        // ExcelJS takes a width of exactly 9 for its default and leaves it out of the file.
        ws.getColumn(op.col + i + 1).width = width === EXCELJS_DEFAULT_WIDTH ? width + 1e-4 : width;
      });
      return;
    }
    case "freeze": {
      const ws = sheetOf(wb, op.sheet);
      ws.views =
        op.rows > 0 || op.cols > 0
          ? [{ state: "frozen", xSplit: op.cols, ySplit: op.rows, topLeftCell: cellAddress(op.rows, op.cols) }]
          : [{ state: "normal" }];
      return;
    }
    case "name":
      return setSheetName(wb, op.name, op.range);
    case "chart":
      skipped.push({ kind: "chart", name: op.name, sheet: op.anchor.sheet });
      return;
    case "select": {
      const ws = sheetOf(wb, op.range.sheet);
      const index = wb.worksheets.indexOf(ws);
      const view = wb.views?.[0] ?? { x: 0, y: 0, width: 12000, height: 24000, visibility: "visible" };
      wb.views = [{ ...view, activeTab: index, firstSheet: 0 }];
      ws.views = [{ ...(ws.views[0] ?? { state: "normal" }), activeCell: cellAddress(op.range.row, op.range.col) }];
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
  scopeNamesToSheets(wb);
  const skipped: ApplyReport["skipped"][number][] = [];
  for (const op of plan.ops) applyOp(wb, op, skipped);
  return { skipped };
}
