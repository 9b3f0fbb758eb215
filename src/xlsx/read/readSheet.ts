import { cellAddress, type CellValue } from "../../core";
import { PackageError, type ZipArchive } from "../package";
import type { CellStyles } from "./styles";
import { CellType, cellAttributes, Growing, plainNumber, serialOfIso } from "./cellText";
import { TextTable } from "./textTable";
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

/** A cell value as the file stores it, before its type is applied. */
const enum Part {
  None,
  Value,
  Formula,
  Inline,
}

/** How far a sheet's reading is: the fraction of its part inflated and parsed, and the rows read so far. */
export type SheetProgress = (fraction: number, rows: number) => void;

/**
 * Streams one sheet part cell by cell. Values become what an add-in reads: numbers (a number in a
 * date format becomes its serial day in the 1900 date system, as ExcelJS hands it to the command
 * line), text (shared, inline or a formula's text result), booleans, errors `{ error }`; a formula
 * with no stored result becomes `{ error: "#VALUE!", formula }` so that it is reported, never read
 * as blank. Cells with neither value nor number format are not kept.
 */
export function readSheetCells(
  zip: ZipArchive,
  part: string,
  context: SheetContext,
  onProgress?: SheetProgress,
): SparseCells {
  const { sharedStrings, styles, date1904 } = context;
  const cells = new Growing();
  let inData = false;
  let row = -1;
  let col = -1;
  let style = 0;
  let type = CellType.Number;
  let reading = Part.None;
  /** The cell has a `<v>` with content: its text is `valueBuf[valueStart, valueEnd)`, or `valueJoined` when it came in pieces. */
  let hasValue = false;
  let valueBuf = "";
  let valueStart = 0;
  let valueEnd = 0;
  let valueJoined: string | null = null;
  let formula: string | null = null;
  /** The inline text, `inlineBuf[inlineStart, inlineEnd)` while it came in one piece, else joined. */
  let inline: string | null = null;
  let inlineBuf = "";
  let inlineStart = 0;
  let inlineEnd = 0;
  let inlineJoined = false;
  /** Repeated inline texts (client ids, products) are one string each, found before one is cut. */
  const texts = new TextTable();
  let inCell = false;
  /** Depth inside `<rPh>`: phonetic text is not the cell's text. */
  let phonetic = 0;
  let bad = false;
  /** The first cell pointing past the end of the shared texts, named when the sheet is refused. */
  let badIndex: string | null = null;
  /** Characters of the current cell's text so far: a cell longer than any Excel holds is refused. */
  let textLength = 0;

  const valueText = () => valueJoined ?? valueBuf.slice(valueStart, valueEnd);

  /** The inline text decoded; a piece without entities or `_xHHHH_` escapes is taken from the table. */
  function inlineText(): string {
    if (inlineJoined || inline === null) return decodeXmlText(inline ?? "");
    if (inlineStart === inlineEnd) return "";
    for (let i = inlineStart; i < inlineEnd; i++) {
      const code = inlineBuf.charCodeAt(i);
      if (code === 38 || (code === 95 && inlineBuf.charCodeAt(i + 1) === 120))
        return decodeXmlText(inlineBuf.slice(inlineStart, inlineEnd));
    }
    return texts.text(inlineBuf, inlineStart, inlineEnd);
  }

  function finishCell(): void {
    inCell = false;
    let result: CellValue = null;
    // An empty <v/> holds nothing, except for text results, which may be empty text.
    const empty = valueJoined === null && valueStart === valueEnd;
    if (hasValue && (!empty || type === CellType.Str || type === CellType.Inline)) {
      if (type === CellType.Shared) {
        const fast = valueJoined === null ? plainNumber(valueBuf, valueStart, valueEnd) : NaN;
        const index = Number.isNaN(fast) ? Number(valueText()) : fast;
        const text = Number.isInteger(index) ? sharedStrings[index] : undefined;
        if (text === undefined) badIndex ??= cellAddress(row, col);
        result = text ?? null;
      } else if (type === CellType.Str || type === CellType.Inline) result = decodeXmlText(valueText());
      else if (type === CellType.Bool) {
        const value = valueText().trim();
        result = value === "1" || value === "true";
      } else if (type === CellType.Error) result = { error: decodeXmlText(valueText()).trim() };
      else if (type === CellType.Date) {
        const serial = serialOfIso(valueText().trim());
        result = serial === null ? null : Math.floor(serial + 1e-6);
      } else {
        let number = valueJoined === null ? plainNumber(valueBuf, valueStart, valueEnd) : NaN;
        if (Number.isNaN(number)) {
          const value = valueText();
          number = value.trim() === "" ? NaN : Number(value);
          if (value.trim() !== "" && Number.isNaN(number)) bad = true;
        }
        if (!Number.isNaN(number))
          result = styles.isDate(style) ? Math.floor(number + (date1904 ? DAYS_1904 : 0) + 1e-6) : number;
      }
    } else if (inline !== null) result = inlineText();
    if (result === null && formula !== null) result = { error: "#VALUE!", formula: decodeXmlText(formula) };
    if (result !== null || styles.format(style) !== "") cells.add(row, col, style, result);
  }

  /** A cell from its start tag's attributes (`buf[from, end)`), nothing read yet. */
  function startCell(buf: string, from: number, end: number): void {
    const attrs = cellAttributes(buf, from, end);
    col = attrs.col >= 0 ? attrs.col : col + 1;
    if (attrs.row >= 0) row = attrs.row;
    style = attrs.style;
    type = attrs.type;
    hasValue = false;
    valueJoined = null;
    valueStart = valueEnd = 0;
    formula = null;
    inline = null;
    phonetic = 0;
    textLength = 0;
    inCell = true;
  }

  const stream = new XmlStream(part, {
    wantsText: () => reading !== Part.None,
    /**
     * The cells nearly every sheet is made of, read in one step without the tokenizer: `<c …/>`,
     * `<c …><v>text</v></c>` and `<c …><is><t>text</t></is></c>` (no prefix, nothing else inside).
     * Anything else, or a cell cut by the end of the chunk, goes the long way.
     */
    element(buf, lt) {
      if (!inData || inCell || buf.charCodeAt(lt + 1) !== 99) return -1;
      const next = buf.charCodeAt(lt + 2);
      if (next !== 32 && next !== 62 && next !== 47) return -1;
      const gt = buf.indexOf(">", lt + 2);
      if (gt < 0) return -1;
      if (buf.charCodeAt(gt - 1) === 47) {
        startCell(buf, lt + 2, gt);
        finishCell();
        return gt + 1;
      }
      // A value (`<v>`) or an inline text (`<is><t>`), with no tag inside it.
      const value = buf.startsWith("<v>", gt + 1);
      if (!value && !buf.startsWith("<is><t>", gt + 1)) return -1;
      const start = gt + (value ? 4 : 8);
      const close = buf.indexOf("<", start);
      const ending = value ? "</v></c>" : "</t></is></c>";
      if (close < 0 || !buf.startsWith(ending, close)) return -1;
      if (close - start > MAX_PENDING) throw new PackageError("implausiblePart", part);
      startCell(buf, lt + 2, gt);
      if (value) {
        hasValue = true;
        valueBuf = buf;
        valueStart = start;
        valueEnd = close;
      } else {
        inline = "";
        inlineBuf = buf;
        inlineStart = start;
        inlineEnd = close;
        inlineJoined = false;
      }
      finishCell();
      return close + ending.length;
    },
    text(buf, start, end) {
      textLength += end - start;
      if (textLength > MAX_PENDING) throw new PackageError("implausiblePart", part);
      if (reading === Part.Value) {
        if (valueJoined === null && valueStart === valueEnd) {
          valueBuf = buf;
          valueStart = start;
          valueEnd = end;
        } else valueJoined = valueText() + buf.slice(start, end);
      } else if (reading === Part.Formula) formula = formula === null ? buf.slice(start, end) : formula + buf.slice(start, end);
      else if (phonetic === 0 && inline !== null) {
        if (!inlineJoined && inlineStart === inlineEnd) {
          inlineBuf = buf;
          inlineStart = start;
          inlineEnd = end;
        } else {
          inline = (inlineJoined ? inline : inlineBuf.slice(inlineStart, inlineEnd)) + buf.slice(start, end);
          inlineJoined = true;
        }
      }
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
          startCell(buf, nameEnd, end);
          if (selfClosing) finishCell();
        } else if (first === 118 && inCell) {
          // v
          reading = closing || selfClosing ? Part.None : Part.Value;
          if (!closing && !selfClosing) hasValue = true;
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
        const number = r === undefined ? NaN : plainNumber(r, 0, r.length);
        row = r === undefined ? row + 1 : (Number.isNaN(number) ? Number(r) : number) - 1;
        col = -1;
      } else if (length === 2 && first === 105 && buf.charCodeAt(nameStart + 1) === 115 && inCell) {
        // is
        if (!closing && !selfClosing) {
          inline = "";
          inlineJoined = false;
          inlineStart = inlineEnd = 0;
        }
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
    const size = zip.entry(part)?.size ?? 0;
    let seen = 0;
    zip.stream(part, (chunk) => {
      stream.push(chunk);
      seen += chunk.length;
      onProgress?.(size > 0 ? Math.min(1, seen / size) : 1, row + 1);
    });
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
