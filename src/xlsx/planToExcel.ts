import { cellAddress } from "../core";
import type { CellStyle, PlanValue, WriteOp } from "../core";
import type { CellAlignment, CellFont, CellFormat, CellModelValue, ListValidation, SheetView, WorkbookView } from "./cellModel";
import { argb } from "./conditionalRules";

/**
 * How a write plan's values, styles, validations, widths and views look as cell models: one place for
 * the writer (`planSheets`, then `./patch`) and the tests' ExcelJS reference applier
 * (`test/support/exceljs`), so both mean the same file. The shapes are Segmenta's own (`cellModel.ts`),
 * named as spreadsheet cell models name them, so the reference applier hands them to ExcelJS as they are.
 */

/**
 * A plan value as a cell takes it: formulas lose their `=`.
 * @example excelValue({ formula: "=B2*2" }) // { formula: "B2*2" }
 */
export function excelValue(value: PlanValue): CellModelValue {
  if (value !== null && typeof value === "object") return { formula: value.formula.replace(/^=/, "") };
  return value;
}

/**
 * A cell style with a plan's style laid over it: only the parts the plan names change (bold keeps
 * the fill, a fill keeps the font). Returns a new object; `style` is not changed.
 * @example cellStyleWith({ numFmt: "0%" }, { bold: true }) // { numFmt: "0%", font: { bold: true } }
 */
export function cellStyleWith(style: CellFormat, change: CellStyle): CellFormat {
  const next: CellFormat = { ...style };
  if (change.bold !== undefined || change.italic !== undefined || change.fontColor !== undefined) {
    const font: CellFont = { ...style.font };
    if (change.bold !== undefined) font.bold = change.bold;
    if (change.italic !== undefined) font.italic = change.italic;
    if (change.fontColor !== undefined) font.color = argb(change.fontColor);
    next.font = font;
  }
  if (change.fill !== undefined) next.fill = { type: "pattern", pattern: "solid", fgColor: argb(change.fill) };
  if (change.horizontal !== undefined || change.wrap !== undefined) {
    const alignment: CellAlignment = { ...style.alignment };
    if (change.horizontal !== undefined) alignment.horizontal = change.horizontal;
    if (change.wrap !== undefined) alignment.wrapText = change.wrap;
    next.alignment = alignment;
  }
  return next;
}

/** The plan ops that change how a cell looks. */
export type FormatOp = Extract<WriteOp, { kind: "numberFormat" | "style" }>;

/**
 * A cell style after a plan's `numberFormat` or `style` op, as a new object (`style` is not
 * changed: ExcelJS shares one style object between the cells of a loaded file that look alike).
 * @example styleAfter({ font: { bold: true } }, { kind: "numberFormat", range, format: "0%" }) // { font: { bold: true }, numFmt: "0%" }
 */
export function styleAfter(style: CellFormat, op: FormatOp): CellFormat {
  return op.kind === "numberFormat" ? { ...style, numFmt: op.format } : cellStyleWith(style, op.style);
}

/**
 * The list dropdown of a plan's `validation` op.
 * @example listValidation(["A", "B"]).formulae // ['"A,B"']
 */
export function listValidation(list: readonly string[]): ListValidation {
  return { type: "list", allowBlank: true, formulae: [`"${list.join(",").replace(/"/g, '""')}"`] };
}

const EXCELJS_DEFAULT_WIDTH = 9;

/**
 * A column width as ExcelJS must be given it to write it: ExcelJS takes a width of exactly 9 for its
 * default and leaves it out of the file.
 * @example excelColumnWidth(9) // 9.0001
 */
export function excelColumnWidth(width: number): number {
  return width === EXCELJS_DEFAULT_WIDTH ? width + 1e-4 : width;
}

/**
 * A sheet's views after a `freeze` op: frozen above `rows` and left of `cols`, or none frozen.
 * @example frozenViews(1, 2)[0] // { state: "frozen", xSplit: 2, ySplit: 1, topLeftCell: "C2" }
 */
export function frozenViews(rows: number, cols: number): SheetView[] {
  return rows > 0 || cols > 0 ? [{ state: "frozen", xSplit: cols, ySplit: rows, topLeftCell: cellAddress(rows, cols) }] : [{ state: "normal" }];
}

/**
 * A sheet's views after a `select` op: the first view, its frozen panes kept, with the active cell.
 * @example selectedViews([], 0, 0) // [{ state: "normal", activeCell: "A1" }]
 */
export function selectedViews(views: readonly SheetView[], row: number, col: number): SheetView[] {
  return [{ ...(views[0] ?? { state: "normal" }), activeCell: cellAddress(row, col) }];
}

/**
 * The workbook's views after a `select` op: the sheet at `index` in front.
 * @example bookViews([], 2)[0].activeTab // 2
 */
export function bookViews(views: readonly WorkbookView[] | undefined, index: number): WorkbookView[] {
  const view: Omit<WorkbookView, "activeTab" | "firstSheet"> = views?.[0] ?? { x: 0, y: 0, width: 12000, height: 24000, visibility: "visible" };
  return [{ ...view, activeTab: index, firstSheet: 0 }];
}
