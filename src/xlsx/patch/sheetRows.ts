/**
 * The rows and the whole part of a sheet Segmenta writes: one cell's XML (text as an inline string,
 * formulas without a cached result), rows made a few thousand at a time, and a new worksheet part
 * with a placeholder where its rows are streamed into the zip.
 */
import { columnLetters } from "../../core";
import type { PlannedSheet } from "../planSheets";
import { plannedRows, type PlannedCell } from "../plannedRows";
import { OFFICE_RELATIONSHIPS_NS } from "../package";
import { conditionalXml, X14_NS, X14_SHEET_EXT } from "./conditionalXml";
import { colXml, MAIN_NS, sheetViewsXml, validationXml } from "./sheetElements";
import type { SharedStrings } from "./sharedStrings";
import type { StyleBook } from "./styleBook";
import { escapeXml } from "./xmlText";

const LETTERS: string[] = [];

/** A column's letters, each worked out once. */
function letters(col: number): string {
  return (LETTERS[col] ??= columnLetters(col));
}

/** A number as the file stores it: NaN and ±Infinity never reach a cell (the plan was checked before). */
function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return String(value);
}

/**
 * One cell's XML: text as an inline string, or a shared one when `strings` is given (never a number),
 * formulas without a cached result.
 */
export function cellXml(row: number, cell: PlannedCell, styles: StyleBook, strings: SharedStrings | null = null): string {
  const ref = `${letters(cell.col)}${row + 1}`;
  const s = styles.xf(cell.style);
  const style = s === 0 ? "" : ` s="${s}"`;
  const value = cell.value;
  // Empty text is a blank cell, as Excel makes it when "" is written through `values`.
  if (value === null || value === undefined || value === "") return `<c r="${ref}"${style}/>`;
  if (typeof value === "number") return `<c r="${ref}"${style}><v>${numberText(value)}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "string" && strings !== null) return `<c r="${ref}"${style} t="s"><v>${strings.index(value)}</v></c>`;
  if (typeof value === "string")
    return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
  if (typeof value === "object" && "formula" in value && typeof value.formula === "string")
    return `<c r="${ref}"${style}><f>${escapeXml(value.formula)}</f></c>`;
  throw new TypeError(`a value the plan does not write: ${JSON.stringify(value)}`);
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

/**
 * The rows of a sheet Segmenta writes whole, in order, a few thousand rows per piece: a sheet of a
 * million cells is never one string.
 */
export function* sheetRowsXml(sheet: PlannedSheet, styles: StyleBook, strings: SharedStrings | null = null): Generator<string> {
  let batch: string[] = [];
  for (const { row, cells } of plannedRows(sheet.layers)) {
    let xml = `<row r="${row + 1}">`;
    for (const cell of cells) xml += cellXml(row, cell, styles, strings);
    batch.push(`${xml}</row>`);
    if (batch.length >= 2000) {
      yield batch.join("");
      batch = [];
    }
  }
  if (batch.length > 0) yield batch.join("");
}

