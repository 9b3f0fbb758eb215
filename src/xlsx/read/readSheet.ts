import { cellAddress, type CellValue } from "../../core";
import { PackageError, type ZipArchive } from "../package";
import type { CellStyles } from "./styles";
import { MAX_PENDING, XmlStream, attribute, decodeXmlText } from "./xmlStream";

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

/** The attributes of a `<c>` tag that matter, read in one pass (reused object, no string per reference). */
const cellAttrs = { row: -1, col: -1, style: 0, type: "n" };

/**
 * Reads `r` (as zero-based row and column, -1 when absent), `s` and `t` from the tag text between
 * `from` (after the name) and `end` (at `>`).
 */
function cellAttributes(buf: string, from: number, end: number): typeof cellAttrs {
  const out = cellAttrs;
  out.row = -1;
  out.col = -1;
  out.style = 0;
  out.type = "n";
  let i = from;
  while (i < end) {
    const code = buf.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 47) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < end && buf.charCodeAt(i) !== 61) i++;
    const name = i - nameStart === 1 ? buf.charCodeAt(nameStart) : 0;
    const quote = buf.charCodeAt(i + 1);
    const valueStart = i + 2;
    let valueEnd = valueStart;
    while (valueEnd < end && buf.charCodeAt(valueEnd) !== quote) valueEnd++;
    if (name === 114) {
      // r: column letters, then row digits
      let j = valueStart;
      let col = 0;
      for (; j < valueEnd; j++) {
        const letter = buf.charCodeAt(j) | 32;
        if (letter < 97 || letter > 122) break;
        col = col * 26 + (letter - 96);
      }
      let row = 0;
      for (; j < valueEnd; j++) row = row * 10 + (buf.charCodeAt(j) - 48);
      out.col = col - 1;
      out.row = row - 1;
    } else if (name === 115) {
      // s
      let style = 0;
      for (let j = valueStart; j < valueEnd; j++) style = style * 10 + (buf.charCodeAt(j) - 48);
      out.style = style;
    } else if (name === 116) out.type = buf.slice(valueStart, valueEnd);
    i = valueEnd + 1;
  }
  return out;
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
  /** The first cell pointing past the end of the shared texts, named when the sheet is refused. */
  let badIndex: string | null = null;
  /** Characters of the current cell's text so far: a cell longer than any Excel holds is refused. */
  let textLength = 0;

  function finishCell(): void {
    inCell = false;
    let result: CellValue = null;
    // An empty <v/> holds nothing, except for text results, which may be empty text.
    if (value !== null && (value !== "" || type === "str" || type === "inlineStr")) {
      if (type === "s") {
        const index = Number(value);
        const text = Number.isInteger(index) ? sharedStrings[index] : undefined;
        if (text === undefined) badIndex ??= cellAddress(row, col);
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

  const stream = new XmlStream(part, {
    wantsText: () => reading !== Part.None,
    text(raw) {
      textLength += raw.length;
      if (textLength > MAX_PENDING) throw new PackageError("implausiblePart", part);
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
          const attrs = cellAttributes(buf, nameEnd, end);
          col = attrs.col >= 0 ? attrs.col : col + 1;
          if (attrs.row >= 0) row = attrs.row;
          style = attrs.style;
          type = attrs.type;
          value = null;
          formula = null;
          inline = null;
          phonetic = 0;
          textLength = 0;
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
  if (badIndex !== null) throw new PackageError("badSharedString", part, undefined, badIndex);
  return {
    count: cells.count,
    rows: cells.rows,
    cols: cells.cols,
    styles: cells.styles,
    values: cells.values,
  };
}
