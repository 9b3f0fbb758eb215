/**
 * The pieces of a sheet's cells read straight from the part's bytes, without a string per cell: a
 * cell's attributes (`r`, `s`, `t`) in one pass, plain numbers from their digits, ISO dates of `t="d"`,
 * and the flat typed columns the cells are kept in.
 */
import type { CellValue } from "../../core";
import { bytesAt, decodeUtf8, decodeXmlText, hasEscapes } from "./bytes";
import { plainNumber } from "./numbers";
import type { CellStyles } from "./styles";

/** What a sheet's cells need from the rest of the workbook. */
export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly styles: CellStyles;
  readonly date1904: boolean;
}

/** How far a sheet's reading is: the fraction of its part inflated and parsed, and the rows read so far. */
export type SheetProgress = (fraction: number, rows: number) => void;

/** Days between the 1900 and the 1904 date systems. */
const DAYS_1904 = 1462;
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

/** A cell value as the file stores it, before its type is applied. */
export const enum Part {
  None,
  Value,
  Formula,
  Inline,
}

/** A cell's `t`, as a number: no string is cut per cell. */
export const enum CellType {
  Number,
  Shared,
  Str,
  Inline,
  Bool,
  Error,
  Date,
}

/** The `t` written from `start` to `end`; anything unknown is read as a number, as `n` is. */
export function cellType(buf: Uint8Array, start: number, end: number): CellType {
  switch (end - start) {
    case 1: {
      const code = buf[start];
      return code === 115
        ? CellType.Shared
        : code === 98
          ? CellType.Bool
          : code === 101
            ? CellType.Error
            : code === 100
              ? CellType.Date
              : CellType.Number;
    }
    case 3:
      return bytesAt(buf, start, STR) ? CellType.Str : CellType.Number;
    case 9:
      return bytesAt(buf, start, INLINE_STR) ? CellType.Inline : CellType.Number;
    default:
      return CellType.Number;
  }
}

const STR = Uint8Array.of(115, 116, 114);
const INLINE_STR = Uint8Array.from("inlineStr", (c) => c.charCodeAt(0));

/** The attributes of a `<c>` tag that matter, read in one pass (reused object, no string per reference). */
export const cellAttrs = { row: -1, col: -1, style: 0, type: CellType.Number };

/**
 * Reads `r` (as zero-based row and column, -1 when absent), `s` and `t` into `cellAttrs`, from the
 * tag bytes after its name (`from`) up to its `>`, which it finds on the way: its position, or -1
 * when `limit` comes first (the tag is cut by the end of the chunk).
 */
export function cellAttributes(buf: Uint8Array, from: number, limit: number): number {
  const out = cellAttrs;
  out.row = -1;
  out.col = -1;
  out.style = 0;
  out.type = CellType.Number;
  let i = from;
  while (i < limit) {
    const code = buf[i];
    if (code === 62) return i;
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 47) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < limit && buf[i] !== 61 && buf[i] !== 62) i++;
    if (i >= limit || buf[i] === 62) continue;
    const name = i - nameStart === 1 ? buf[nameStart] : 0;
    const quote = buf[i + 1];
    // Each value is read on the way to its closing quote.
    let j = i + 2;
    let at = buf[j];
    if (name === 114) {
      // r: column letters, then row digits
      let col = 0;
      while (j < limit && (at | 32) >= 97 && (at | 32) <= 122) {
        col = col * 26 + ((at | 32) - 96);
        at = buf[++j];
      }
      let row = 0;
      while (j < limit && at !== quote) {
        row = row * 10 + (at - 48);
        at = buf[++j];
      }
      if (j >= limit) return -1;
      out.col = col - 1;
      out.row = row - 1;
    } else if (name === 115) {
      // s
      let style = 0;
      while (j < limit && at !== quote) {
        style = style * 10 + (at - 48);
        at = buf[++j];
      }
      if (j >= limit) return -1;
      out.style = style;
    } else {
      const valueStart = j;
      while (j < limit && buf[j] !== quote) j++;
      if (j >= limit) return -1;
      if (name === 116) out.type = cellType(buf, valueStart, j);
    }
    i = j + 1;
  }
  return -1;
}

/** A date's serial day from the ISO text of a `t="d"` cell, or null. */
export function serialOfIso(text: string): number | null {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`);
  return Number.isFinite(ms) ? ms / MS_PER_DAY + UNIX_EPOCH_SERIAL : null;
}

/** A raw text of the part as the cell holds it: UTF-8 decoded, entities and `_xHHHH_` escapes undone. */
export function cellString(buf: Uint8Array, start: number, end: number): string {
  const text = decodeUtf8(buf, start, end);
  return hasEscapes(buf, start, end) ? decodeXmlText(text) : text;
}

/** The zero-based row of a `<row r="…">` from its raw value. */
export function rowNumber(buf: Uint8Array, start: number, end: number): number {
  const number = plainNumber(buf, start, end);
  return (Number.isNaN(number) ? Number(decodeUtf8(buf, start, end)) : number) - 1;
}

/**
 * The value of a cell's raw `<v>` text by its type `t` (booleans, errors, ISO dates, numbers; not
 * shared or inline texts): a number in a date format (`isDate`) becomes its serial day in the 1900
 * date system; undefined when a number cell holds no number (the part is refused then).
 */
export function typedValue(
  type: CellType,
  buf: Uint8Array,
  start: number,
  end: number,
  isDate: boolean,
  date1904: boolean,
): CellValue | undefined {
  if (type === CellType.Bool) {
    const value = decodeUtf8(buf, start, end).trim();
    return value === "1" || value === "true";
  }
  if (type === CellType.Error) return { error: cellString(buf, start, end).trim() };
  if (type === CellType.Date) {
    const serial = serialOfIso(decodeUtf8(buf, start, end).trim());
    return serial === null ? null : Math.floor(serial + 1e-6);
  }
  let number = plainNumber(buf, start, end);
  if (Number.isNaN(number)) {
    const value = decodeUtf8(buf, start, end);
    if (value.trim() === "") return null;
    number = Number(value);
    if (Number.isNaN(number)) return undefined;
  }
  return isDate ? dateSerial(number, date1904) : number;
}

/** The serial day in the 1900 date system of a number in a date format (time of day dropped). */
export function dateSerial(number: number, date1904: boolean): number {
  return Math.floor(number + (date1904 ? DAYS_1904 : 0) + 1e-6);
}
