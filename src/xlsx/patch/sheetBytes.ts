/**
 * A worksheet part's bytes split around its rows, so the analysed sheet is never decoded into one
 * string: the text before and after `sheetData` (views, widths, formats, validations: small) is
 * decoded for the text edits, and the rows are walked as bytes, each row found by its tags and its
 * `r` read from its digits. Markup is ASCII, so searching bytes for it is searching the text.
 */

const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const COLON = 58; // :

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** Where `pattern` first occurs in `bytes[from, to)`, or -1. */
export function indexOfBytes(bytes: Uint8Array, pattern: Uint8Array, from: number, to = bytes.length): number {
  const first = pattern[0];
  const last = to - pattern.length;
  for (let i = bytes.indexOf(first, from); i >= 0 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < pattern.length && bytes[i + j] === pattern[j]) j++;
    if (j === pattern.length) return i;
  }
  return -1;
}

/** Where `pattern` last occurs in `bytes` before `before`, or -1. */
function lastIndexOfBytes(bytes: Uint8Array, pattern: Uint8Array, before: number): number {
  for (let i = bytes.lastIndexOf(pattern[0], before - pattern.length); i >= 0; i = bytes.lastIndexOf(pattern[0], i - 1)) {
    let j = 1;
    while (j < pattern.length && bytes[i + j] === pattern[j]) j++;
    if (j === pattern.length) return i;
    if (i === 0) break;
  }
  return -1;
}

/** A worksheet part around its rows: `head` ends with the `sheetData` start tag, `tail` starts with its end tag. */
export interface SheetBytes {
  readonly head: string;
  readonly tail: string;
  /** The namespace prefix of `sheetData` (with its colon, or ""). */
  readonly prefix: string;
  /** The rows' bytes are `bytes[rowsStart, rowsEnd)`. */
  readonly bytes: Uint8Array;
  readonly rowsStart: number;
  readonly rowsEnd: number;
}

const SHEET_DATA = ascii("sheetData");

/**
 * Splits a worksheet part's bytes around its rows, or null when it has no `sheetData` element. A
 * self-closing `<sheetData/>` comes back as an empty element.
 */
export function splitSheetBytes(bytes: Uint8Array): SheetBytes | null {
  const decoder = new TextDecoder("utf-8");
  for (let at = indexOfBytes(bytes, SHEET_DATA, 0); at >= 0; at = indexOfBytes(bytes, SHEET_DATA, at + 1)) {
    let lt = at - 1;
    while (lt >= 0 && bytes[lt] !== LT && bytes[lt] !== GT && bytes[lt] !== SLASH && bytes[lt] !== 32) lt--;
    const after = bytes[at + SHEET_DATA.length];
    if (lt < 0 || bytes[lt] !== LT || !(after === GT || after === SLASH || after === 32 || after === 9 || after === 10 || after === 13)) continue;
    const prefix = decoder.decode(bytes.subarray(lt + 1, at));
    if (prefix !== "" && !prefix.endsWith(":")) continue;
    const tagEnd = bytes.indexOf(GT, at);
    if (tagEnd < 0) return null;
    const selfClosing = bytes[tagEnd - 1] === SLASH;
    const open = `<${prefix}sheetData>`;
    const close = `</${prefix}sheetData>`;
    if (selfClosing) {
      return {
        head: decoder.decode(bytes.subarray(0, lt)) + open,
        tail: close + decoder.decode(bytes.subarray(tagEnd + 1)),
        prefix,
        bytes,
        rowsStart: tagEnd + 1,
        rowsEnd: tagEnd + 1,
      };
    }
    const closeAt = lastIndexOfBytes(bytes, ascii(close), bytes.length);
    if (closeAt < tagEnd) return null;
    return {
      head: decoder.decode(bytes.subarray(0, tagEnd + 1)),
      tail: decoder.decode(bytes.subarray(closeAt)),
      prefix,
      bytes,
      rowsStart: tagEnd + 1,
      rowsEnd: closeAt,
    };
  }
  return null;
}

/** One `<row>` element in the bytes: where it starts and ends (exclusive) and its zero-based row. */
export interface RowSpan {
  readonly start: number;
  readonly end: number;
  readonly row: number;
}

/** The value of the `r` attribute in the tag `bytes[start, end)`, as a number, or -1 when there is none. */
function rowAttribute(bytes: Uint8Array, start: number, end: number): number {
  for (let i = start; i < end - 3; i++) {
    const before = bytes[i - 1];
    if (bytes[i] !== 114 || bytes[i + 1] !== 61 || !(before === 32 || before === 9 || before === 10 || before === 13 || before === COLON)) continue;
    let n = 0;
    let digits = 0;
    for (let j = i + 3; j < end && bytes[j] >= 48 && bytes[j] <= 57; j++, digits++) n = n * 10 + (bytes[j] - 48);
    return digits > 0 ? n : -1;
  }
  return -1;
}

/** The `<row>` elements of `sheet`'s rows, in order (a row without `r` follows the one before it). */
export function* rowSpans(sheet: SheetBytes): Generator<RowSpan> {
  const { bytes, prefix, rowsEnd } = sheet;
  const open = ascii(`<${prefix}row`);
  const close = ascii(`</${prefix}row>`);
  let implicit = -1;
  for (let at = indexOfBytes(bytes, open, sheet.rowsStart, rowsEnd); at >= 0; at = indexOfBytes(bytes, open, at + 1, rowsEnd)) {
    const next = bytes[at + open.length];
    if (!(next === 32 || next === GT || next === SLASH || next === 9 || next === 10 || next === 13)) continue;
    const tagEnd = bytes.indexOf(GT, at);
    if (tagEnd < 0 || tagEnd >= rowsEnd) return;
    const r = rowAttribute(bytes, at + open.length, tagEnd);
    const row = r > 0 ? r - 1 : implicit + 1;
    implicit = row;
    if (bytes[tagEnd - 1] === SLASH) {
      yield { start: at, end: tagEnd + 1, row };
      at = tagEnd;
      continue;
    }
    const closeAt = indexOfBytes(bytes, close, tagEnd, rowsEnd);
    if (closeAt < 0) return;
    yield { start: at, end: closeAt + close.length, row };
    at = closeAt + close.length - 1;
  }
}
