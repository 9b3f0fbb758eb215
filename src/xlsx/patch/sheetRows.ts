/**
 * The rows and the whole part of a sheet Segmenta writes: one cell's XML (text as an inline string,
 * formulas without a cached result), rows made a few thousand at a time, and a new worksheet part
 * with a placeholder where its rows are streamed into the zip.
 */
import type { PlannedSheet } from "../planSheets";
import { PlannedRowCursor, type PlannedCell } from "../plannedRows";
import { OFFICE_RELATIONSHIPS_NS } from "../package";
import { ByteSink, Markup, StringSink, styleAttribute, writeCell } from "./cellWriter";
import { conditionalXml, X14_NS, X14_SHEET_EXT } from "./conditionalXml";
import { colXml, MAIN_NS, sheetViewsXml, validationXml } from "./sheetElements";
import type { SharedStrings } from "./sharedStrings";
import type { StyleBook } from "./styleBook";

/**
 * One cell's XML: text as an inline string, or a shared one when `strings` is given (never a number),
 * formulas without a cached result.
 */
export function cellXml(row: number, cell: PlannedCell, styles: StyleBook, strings: SharedStrings | null = null): string {
  const sink = new StringSink();
  writeCell(sink, cell.col, `${row + 1}"`, styleAttribute(styles.xf(cell.style)), cell.value, strings);
  return sink.out;
}

/**
 * Stands for the rows in a worksheet part Segmenta writes whole (`newSheetXml`): the part stays a
 * small text that later edits (views, the drawing) work on, and its rows are streamed into the zip.
 * XML cannot hold U+0000, so the placeholder never meets a real part.
 */
export const ROWS_PLACEHOLDER = "\u0000rows\u0000";

/**
 * A whole worksheet part for a sheet Segmenta owns (new, or emptied by its `sheet` op): views, widths,
 * conditional formats and dropdowns, as the plan leaves them, with `ROWS_PLACEHOLDER` inside
 * `sheetData` where `sheetRowsXml` goes.
 */
export function newSheetXml(sheet: PlannedSheet, styles: StyleBook, selected: boolean): string {
  const x14: string[] = [];
  const formats = conditionalXml(sheet, styles, 1, x14);
  const widths = [...sheet.widths].sort((a, b) => a[0] - b[0]);
  const cols = widths.length > 0 ? `<cols>${widths.map(([c, w]) => colXml(c, w)).join("")}</cols>` : "";
  const validations =
    sheet.validations.length > 0
      ? `<dataValidations count="${sheet.validations.length}">${sheet.validations.map((v) => validationXml(v.range, v.validation)).join("")}</dataValidations>`
      : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${OFFICE_RELATIONSHIPS_NS}">` +
    `${sheet.views.length > 0 || selected ? sheetViewsXml(sheet.views, selected) : ""}<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${ROWS_PLACEHOLDER}</sheetData>` +
    `${formats}${validations}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `${x14.length > 0 ? `<extLst><ext uri="${X14_SHEET_EXT}" xmlns:x14="${X14_NS}"><x14:conditionalFormattings>${x14.join("")}</x14:conditionalFormattings></ext></extLst>` : ""}</worksheet>`
  );
}

const ROW_OPEN = new Markup('<row r="');
const TAG_END = new Markup(">");
const ROW_CLOSE = new Markup("</row>");

/** How many bytes of rows are handed to the zip at once. */
const PIECE = 1 << 20;

/**
 * The rows of a sheet Segmenta writes whole, in order, as UTF-8 pieces of about a megabyte: a sheet of
 * a million cells is never one string, and no cell is ever a string or an object of its own. Each
 * piece is a view of one reused buffer, valid until the next piece is asked for (the zip's deflater
 * reads or copies it at once).
 */
export function* sheetRowsXml(sheet: PlannedSheet, styles: StyleBook, strings: SharedStrings | null = null): Generator<Uint8Array> {
  const sink = new ByteSink(PIECE + (PIECE >> 2));
  /** Each style state's `s` attribute, worked out once. */
  const attributes: Markup[] = [];
  const rows = new PlannedRowCursor(sheet.layers);
  const { width, values, states } = rows;
  while (rows.next()) {
    const rowEnd = `${rows.row + 1}"`;
    let open = false;
    for (let col = 0; col < width; col++) {
      const value = values[col];
      const state = states[col];
      if ((value === null || value === undefined) && state === 0) continue;
      if (!open) {
        sink.markup(ROW_OPEN);
        sink.ascii(rowEnd);
        sink.markup(TAG_END);
        open = true;
      }
      const style = (attributes[state] ??= styleAttribute(styles.xf(rows.style(state))));
      writeCell(sink, col, rowEnd, style, value, strings);
    }
    if (open) sink.markup(ROW_CLOSE);
    if (sink.length >= PIECE) yield sink.take();
  }
  if (sink.length > 0) yield sink.take();
}
