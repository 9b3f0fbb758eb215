import { cellAddress, type CellValue } from "../../core";
import { PackageError, type ZipArchive } from "../package";
import {
  CellType,
  cellAttrs,
  cellAttributes,
  cellString,
  dateSerial,
  Part,
  rowNumber,
  typedValue,
  type SheetContext,
  type SheetProgress,
} from "./cellText";
import { closesValue, numberToTag, plainNumber, stop } from "./numbers";
import { capacityFor, Growing, type SparseCells } from "./sparseCells";
import { ByteTextTable } from "./textTable";
import { ByteXmlStream, MAX_PENDING } from "./byteXml";
import { ascii, attributeSpan, bytesAt, decodeUtf8, decodeXmlText, joinedBytes, span } from "./bytes";

/** The pieces of a sheet the fast path recognises by their bytes. */
const V_OPEN = ascii("<v>");
const V_END = ascii("</v></c>");
const IS_T = ascii("<is><t");
const T_END = ascii("</t></is></c>");
const SHEET_DATA = ascii("sheetData");
const R = ascii("r");
const ROW_BREAK = ascii("</row><row");
const EMPTY = new Uint8Array(0);

/**
 * Streams one sheet part cell by cell, on its bytes. Values become what an add-in reads: numbers (a
 * number in a date format becomes its serial day in the 1900 date system, as ExcelJS hands it to the
 * command line), text (shared, inline or a formula's text result), booleans, errors `{ error }`; a
 * formula with no stored result becomes `{ error: "#VALUE!", formula }` so that it is reported, never
 * read as blank. Cells with neither value nor number format are not kept. Numbers and shared-string
 * indexes are read from their digits; a text is decoded once per distinct text (`ByteTextTable`).
 */
export function readSheetCells(
  zip: ZipArchive,
  part: string,
  context: SheetContext,
  onProgress?: SheetProgress,
): SparseCells {
  const { sharedStrings, styles, date1904 } = context;
  const cells = new Growing(sharedStrings, capacityFor(zip.entry(part)?.size ?? 0));
  let inData = false;
  let row = -1;
  let col = -1;
  let style = 0;
  let type = CellType.Number;
  let reading = Part.None;
  /** The cell has a `<v>`: its raw text is `valueBuf[valueStart, valueEnd)`, or the `valuePieces` that came the long way. */
  let hasValue = false;
  let valuePieces: Uint8Array[] = [];
  let valueBuf: Uint8Array = EMPTY;
  let valueStart = 0;
  let valueEnd = 0;
  /** The formula's raw text, null when the cell has none. */
  let formula: string | null = null;
  /** The inline text: raw, joined from its pieces (null when the cell has no `<is>`), or `inlineBuf[inlineStart, inlineEnd)` when read in one step. */
  let inline: string | null = null;
  let inlineBuf: Uint8Array | null = null;
  let inlineStart = 0;
  let inlineEnd = 0;
  /** Repeated texts (client ids, products) are one string each, found by their bytes before any is cut. */
  const texts = new ByteTextTable(cellString);
  let inCell = false;
  /** Depth inside `<rPh>`: phonetic text is not the cell's text. */
  let phonetic = 0;
  let bad = false;
  /** The first cell pointing past the end of the shared texts, named when the sheet is refused. */
  let badIndex: string | null = null;
  /** Bytes of the current cell's text so far: a cell longer than any Excel holds is refused. */
  let textLength = 0;

  function finishCell(): void {
    inCell = false;
    if (valuePieces.length > 0) {
      valueBuf = joinedBytes(valuePieces);
      valueStart = 0;
      valueEnd = valueBuf.length;
    }
    let result: CellValue = null;
    // An empty <v/> holds nothing, except for text results, which may be empty text.
    const empty = valueStart === valueEnd;
    if (hasValue && (!empty || type === CellType.Str || type === CellType.Inline)) {
      if (type === CellType.Shared) {
        const fast = plainNumber(valueBuf, valueStart, valueEnd);
        const index = Number.isNaN(fast) ? Number(decodeUtf8(valueBuf, valueStart, valueEnd)) : fast;
        const text = Number.isInteger(index) ? sharedStrings[index] : undefined;
        if (text === undefined) badIndex ??= cellAddress(row, col);
        result = text ?? null;
      } else if (type === CellType.Str || type === CellType.Inline)
        result = empty ? "" : texts.text(valueBuf, valueStart, valueEnd);
      else {
        const value = typedValue(type, valueBuf, valueStart, valueEnd, styles.isDate(style), date1904);
        if (value === undefined) bad = true;
        else result = value;
      }
    } else if (inlineBuf !== null)
      result = inlineStart === inlineEnd ? "" : texts.text(inlineBuf, inlineStart, inlineEnd);
    else if (inline !== null) result = decodeXmlText(inline);
    if (result === null && formula !== null) result = { error: "#VALUE!", formula: decodeXmlText(formula) };
    if (result !== null || styles.format(style) !== "") cells.add(row, col, style, result);
  }

  /** A cell from the attributes `cellAttributes` has just read. */
  function beginCell(): void {
    const attrs = cellAttrs;
    col = attrs.col >= 0 ? attrs.col : col + 1;
    if (attrs.row >= 0) row = attrs.row;
    style = attrs.style;
    type = attrs.type;
    hasValue = false;
    valueBuf = EMPTY;
    valueStart = valueEnd = 0;
    if (valuePieces.length > 0) valuePieces = [];
    formula = null;
    inline = null;
    inlineBuf = null;
    phonetic = 0;
    textLength = 0;
    inCell = true;
  }

  /**
   * A number or a shared text in a cell whose attributes `cellAttributes` has just read, its raw
   * value read as `number` (NaN when not a plain decimal): kept at once, without the general cell
   * state; false for anything else.
   */
  function plainValue(number: number): boolean {
    const attrs = cellAttrs;
    if (Number.isNaN(number) || (attrs.type !== CellType.Number && attrs.type !== CellType.Shared))
      return false;
    const shared = attrs.type === CellType.Shared;
    if (shared && sharedStrings[number] === undefined) return false;
    col = attrs.col >= 0 ? attrs.col : col + 1;
    if (attrs.row >= 0) row = attrs.row;
    if (shared) cells.addShared(row, col, attrs.style, number);
    else
      cells.addNumber(
        row,
        col,
        attrs.style,
        styles.isDate(attrs.style) ? dateSerial(number, date1904) : number,
      );
    return true;
  }

  /**
   * The cells nearly every sheet is made of, read in one step without the tokenizer: `<c …/>`,
   * `<c …><v>text</v></c>` and `<c …><is><t …>text</t></is></c>` (no prefix, nothing else inside):
   * the position after the cell, or -1 for anything else, or a cell cut by the end of the chunk,
   * which goes the long way.
   */
  function oneCell(buf: Uint8Array, lt: number): number {
    const next = buf[lt + 2];
    if (next !== 32 && next !== 62 && next !== 47) return -1;
    const length = buf.length;
    // Checked before the cell is started: one cut by the end of the chunk is left to the long way.
    const gt = cellAttributes(buf, lt + 2, length);
    if (gt < 0) return -1;
    if (buf[gt - 1] === 47) {
      beginCell();
      finishCell();
      return gt + 1;
    }
    // A value (`<v>`) or an inline text (`<is><t>`, its attributes such as xml:space allowed), with no tag inside it.
    // `<v>`, compared byte by byte in line: this runs for nearly every cell of a sheet.
    const value = buf[gt + 1] === 60 && buf[gt + 2] === 118 && buf[gt + 3] === 62;
    let start = gt + V_OPEN.length + 1;
    let close = start;
    let number = NaN;
    if (value) {
      number = numberToTag(buf, start, length);
      close = stop[0];
    } else {
      if (!bytesAt(buf, gt + 1, IS_T)) return -1;
      const after = buf[gt + IS_T.length + 1];
      const tagEnd =
        after === 62 ? gt + IS_T.length + 1 : after === 32 ? buf.indexOf(62, gt + IS_T.length + 1) : -1;
      if (tagEnd < 0 || buf[tagEnd - 1] === 47) return -1;
      start = tagEnd + 1;
      close = buf.indexOf(60, start);
    }
    const ending = value ? V_END : T_END;
    if (close < 0 || !(value ? closesValue(buf, close) : bytesAt(buf, close, ending))) return -1;
    if (close - start > MAX_PENDING) throw new PackageError("implausiblePart", part);
    if (value && plainValue(number)) return close + ending.length;
    beginCell();
    if (value) {
      hasValue = true;
      valueBuf = buf;
      valueStart = start;
      valueEnd = close;
    } else {
      inlineBuf = buf;
      inlineStart = start;
      inlineEnd = close;
    }
    finishCell();
    return close + ending.length;
  }

  /** `</row><row …>` (not empty), where one row ends and the next begins: the position after it, or -1. */
  function nextRow(buf: Uint8Array, at: number): number {
    const from = at + ROW_BREAK.length;
    const next = buf[from];
    if (next !== 32 && next !== 62) return -1;
    const gt = buf.indexOf(62, from);
    if (gt < 0 || buf[gt - 1] === 47) return -1;
    row = attributeSpan(buf, from, gt, R) ? rowNumber(buf, span[0], span[1]) : row + 1;
    col = -1;
    return gt + 1;
  }

  const stream = new ByteXmlStream(part, {
    wantsText: () => reading !== Part.None,
    /**
     * The cells nearly every sheet is made of, read in one step without the tokenizer: `<c …/>`,
     * `<c …><v>text</v></c>` and `<c …><is><t …>text</t></is></c>` (no prefix, nothing else inside).
     * Anything else, or a cell cut by the end of the chunk, goes the long way.
     */
    element(buf, lt) {
      if (!inData || inCell) return -1;
      // One call takes the whole run of plain cells, and the row breaks between them.
      let pos = lt;
      for (;;) {
        const after =
          buf[pos + 1] === 99 ? oneCell(buf, pos) : bytesAt(buf, pos, ROW_BREAK) ? nextRow(buf, pos) : -1;
        if (after < 0) return pos === lt ? -1 : pos;
        pos = after;
        if (buf[pos] !== 60) return pos;
      }
    },
    text(buf, start, end) {
      textLength += end - start;
      if (textLength > MAX_PENDING) throw new PackageError("implausiblePart", part);
      if (reading === Part.Value) valuePieces.push(buf.slice(start, end));
      else if (reading === Part.Formula) formula = (formula ?? "") + decodeUtf8(buf, start, end);
      else if (phonetic === 0 && inline !== null) inline += decodeUtf8(buf, start, end);
    },
    tag(buf, start, end, nameStart, nameEnd, closing, selfClosing) {
      const length = nameEnd - nameStart;
      const first = buf[nameStart];
      if (length === 1) {
        if (first === 99) {
          // c
          if (closing) {
            if (inCell) finishCell();
            return;
          }
          cellAttributes(buf, nameEnd, end + 1);
          beginCell();
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
      } else if (length === 3 && first === 114 && buf[nameStart + 1] === 111) {
        // row
        if (closing || !inData) return;
        row = attributeSpan(buf, start, end, R) ? rowNumber(buf, span[0], span[1]) : row + 1;
        col = -1;
      } else if (length === 2 && first === 105 && buf[nameStart + 1] === 115 && inCell) {
        // is
        if (!closing && !selfClosing) inline = "";
      } else if (length === 3 && first === 114 && buf[nameStart + 1] === 80 && inline !== null) {
        // rPh
        reading = Part.None;
        if (closing) phonetic--;
        else if (!selfClosing) phonetic++;
      } else if (length === 9 && bytesAt(buf, nameStart, SHEET_DATA)) {
        inData = !closing && !selfClosing;
      }
    },
  });
  const whole = stream.read(zip, (fraction) => onProgress?.(fraction, row + 1));
  if (!whole || bad) throw new PackageError("unreadablePart", part);
  if (badIndex !== null) throw new PackageError("badSharedString", part, undefined, badIndex);
  return cells;
}
