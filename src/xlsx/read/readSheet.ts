import type { CellValue } from "../../core";
import { PackageError, type ZipArchive } from "../package";
import type { CellStyles } from "./styles";
import { XmlStream, attribute, decodeXmlText } from "./xmlStream";

/** What a sheet's cells need from the rest of the workbook. */
export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly styles: CellStyles;
  readonly date1904: boolean;
}

/**
 * The cells of one sheet as read, kept sparse: one entry per cell that holds a value or a number
 * format, in flat typed columns (no object per cell, no grid over empty space).
 */
export interface SparseCells {
  readonly count: number;
  readonly rows: Int32Array;
  readonly cols: Int32Array;
  /** Style index of each cell (its number format through `CellStyles`). */
  readonly styles: Int32Array;
  readonly values: readonly CellValue[];
}

/** Days between the 1900 and the 1904 date systems. */
const DAYS_1904 = 1462;
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

/** A cell value as the file stores it, before its type is applied. */
const enum Part {
  None,
  Value,
  Formula,
  Inline,
}

/**
 * The zero-based row and column of an A1 reference (`AB12` → row 11, col 27), or col -1 when the
 * text holds no column letters.
 */
function parseRef(ref: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 32;
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const digit = ref.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    row = row * 10 + digit;
  }
  return { row: row - 1, col: col - 1 };
}

class Growing {
  rows: Int32Array = new Int32Array(1024);
  cols: Int32Array = new Int32Array(1024);
  styles: Int32Array = new Int32Array(1024);
  values: CellValue[] = [];
  count = 0;

  add(row: number, col: number, style: number, value: CellValue): void {
    if (this.count === this.rows.length) {
      const size = this.count * 2;
      this.rows = grow(this.rows, size);
      this.cols = grow(this.cols, size);
      this.styles = grow(this.styles, size);
    }
    this.rows[this.count] = row;
    this.cols[this.count] = col;
    this.styles[this.count] = style;
    this.values.push(value);
    this.count++;
  }
}

function grow(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(array);
  return next;
}

/** A date's serial day from the ISO text of a `t="d"` cell, or null. */
function serialOfIso(text: string): number | null {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`);
  return Number.isFinite(ms) ? ms / MS_PER_DAY + UNIX_EPOCH_SERIAL : null;
}

/**
 * Streams one sheet part cell by cell. Values become what an add-in reads: numbers (a number in a
 * date format becomes its serial day in the 1900 date system, as ExcelJS hands it to the command
 * line), text (shared, inline or a formula's text result), booleans, errors `{ error }`; a formula
 * with no stored result becomes `{ error: "#VALUE!", formula }` so that it is reported, never read
 * as blank. Cells with neither value nor number format are not kept.
 */
export function readSheetCells(zip: ZipArchive, part: string, context: SheetContext): SparseCells {
  const { sharedStrings, styles, date1904 } = context;
  const cells = new Growing();
  let inData = false;
  let row = -1;
  let col = -1;
  let style = 0;
  let type = "n";
  let reading = Part.None;
  let value: string | null = null;
  let formula: string | null = null;
  let inline: string[] | null = null;
  let inCell = false;
  /** Depth inside `<rPh>`: phonetic text is not the cell's text. */
  let phonetic = 0;
  let bad = false;

  function finishCell(): void {
    inCell = false;
    let result: CellValue = null;
    if (value !== null) {
      if (type === "s") {
        const index = Number(value);
        const text = sharedStrings[index];
        if (text === undefined) bad = true;
        result = text ?? null;
      } else if (type === "str") result = decodeXmlText(value);
      else if (type === "inlineStr") result = decodeXmlText(value);
      else if (type === "b") result = value.trim() === "1" || value.trim() === "true";
      else if (type === "e") result = { error: decodeXmlText(value).trim() };
      else if (type === "d") {
        const serial = serialOfIso(value.trim());
        result = serial === null ? null : Math.floor(serial + 1e-6);
      } else if (value.trim() !== "") {
        const number = Number(value);
        if (Number.isNaN(number)) bad = true;
        else result = styles.isDate(style) ? Math.floor(number + (date1904 ? DAYS_1904 : 0) + 1e-6) : number;
      }
    } else if (inline !== null) result = decodeXmlText(inline.join(""));
    if (result === null && formula !== null) result = { error: "#VALUE!", formula: decodeXmlText(formula) };
    if (result !== null || styles.format(style) !== "") cells.add(row, col, style, result);
  }

  const stream = new XmlStream({
    wantsText: () => reading !== Part.None,
    text(raw) {
      if (reading === Part.Value) value = value === null ? raw : value + raw;
      else if (reading === Part.Formula) formula = formula === null ? raw : formula + raw;
      else if (phonetic === 0) inline?.push(raw);
    },
    tag(buf, start, end, nameStart, nameEnd, closing, selfClosing) {
      const length = nameEnd - nameStart;
      const first = buf.charCodeAt(nameStart);
      if (length === 1) {
        if (first === 99) {
          // c
          if (closing) {
            if (inCell) finishCell();
            return;
          }
          const ref = attribute(buf, start, end, "r");
          if (ref !== undefined) {
            const at = parseRef(ref);
            if (at.col >= 0) col = at.col;
            else col++;
            if (at.row >= 0) row = at.row;
          } else col++;
          const s = attribute(buf, start, end, "s");
          style = s === undefined ? 0 : Number(s) | 0;
          type = attribute(buf, start, end, "t") ?? "n";
          value = null;
          formula = null;
          inline = null;
          phonetic = 0;
          inCell = true;
          if (selfClosing) finishCell();
        } else if (first === 118 && inCell) {
          // v
          reading = closing || selfClosing ? Part.None : Part.Value;
          if (!closing && value === null) value = selfClosing ? null : "";
        } else if (first === 102 && inCell) {
          // f
          reading = closing || selfClosing ? Part.None : Part.Formula;
          if (!closing && formula === null) formula = "";
        } else if (first === 116 && inline !== null) {
          // t inside <is>
          reading = closing || selfClosing ? Part.None : Part.Inline;
        }
      } else if (length === 3 && first === 114 && buf.charCodeAt(nameStart + 1) === 111) {
        // row
        if (closing || !inData) return;
        const r = attribute(buf, start, end, "r");
        row = r === undefined ? row + 1 : Number(r) - 1;
        col = -1;
      } else if (length === 2 && first === 105 && buf.charCodeAt(nameStart + 1) === 115 && inCell) {
        // is
        if (!closing && !selfClosing) inline = [];
      } else if (length === 3 && first === 114 && buf.charCodeAt(nameStart + 1) === 80 && inline !== null) {
        // rPh
        reading = Part.None;
        if (closing) phonetic--;
        else if (!selfClosing) phonetic++;
      } else if (length === 9 && buf.startsWith("sheetData", nameStart)) {
        inData = !closing && !selfClosing;
      }
    },
  });
  try {
    zip.stream(part, (chunk) => stream.push(chunk));
  } catch (error) {
    throw error instanceof PackageError ? error : new PackageError("unreadablePart", part);
  }
  if (!stream.end() || bad) throw new PackageError("unreadablePart", part);
  return {
    count: cells.count,
    rows: cells.rows,
    cols: cells.cols,
    styles: cells.styles,
    values: cells.values,
  };
}
