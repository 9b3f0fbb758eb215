import Papa from "papaparse";
import type { CellValue, SheetSnapshot } from "../core";
import { TextTable } from "../xlsx/read/textTable";
import { extraField } from "./extraField";

/** Digits as Excel would turn them into a number, keeping leading zeros (ids) and ambiguous `1.234` as text. */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,2}|\.\d{4,})?$/;

/**
 * A CSV cell as the reader gets it: plain numbers (`42`, `-3.5`, `19970101`) as numbers, everything
 * else as the text it is, so the reader parses amounts and dates as in any other text cell.
 * `007` stays text (an id), and so does `1.234` (thousands or decimals: the column decides).
 * @example csvCell("29.33") // 29.33; csvCell("1 234,56") // "1 234,56"; csvCell("") // null
 */
export function csvCell(text: string): CellValue {
  if (text === "") return null;
  const first = text.charCodeAt(0);
  // Most text (names, ids) fails on its first character, before the pattern is tried.
  if ((first < 48 || first > 57) && first !== 45) return text;
  return PLAIN_NUMBER.test(text) ? Number(text) : text;
}

/** The delimiters a CSV file may use, in the order they are tried. */
const DELIMITERS = [",", ";", "\t", "|"];
const GUESS_CHARS = 65_536;
const GUESS_ROWS = 50;
/** At most this many distinct texts are shared (a file of unique notes would not fill memory twice). */
const SHARED_TEXTS = 1_000_000;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Why a CSV file cannot be read as a table; lines are the file's, counted from 1. */
export type CsvProblem =
  /** A quote opened on `line` is never closed where a field ends: the rest would run into one cell. */
  | { readonly code: "unbalancedQuote"; readonly line: number }
  /** `line` splits into the table's field count at `found`, not at the file's `delimiter`. */
  | { readonly code: "mixedDelimiters"; readonly line: number; readonly delimiter: string; readonly found: string; readonly fields: number }
  /**
   * `line` has a value in field `field` (1-based), right of the header's last column (`fields`
   * columns): an unquoted decimal comma (`Alpha,2024-01-11,100,50`) or a stray delimiter.
   */
  | { readonly code: "extraField"; readonly line: number; readonly field: number; readonly fields: number; readonly content: string };

export type CsvResult = { readonly ok: true; readonly sheet: SheetSnapshot } | { readonly ok: false; readonly problem: CsvProblem };

/**
 * {@link csvCell} for the fields of a whole file, read straight from the file's text by position.
 * Plain numbers are converted without cutting a string, and repeated texts (client ids, dates,
 * products) are looked up in a table of texts already seen before a string is cut, so a million-row
 * file makes thousands of strings instead of millions and keeps them shared.
 */
class CellReader {
  private readonly texts = new TextTable(SHARED_TEXTS);

  /** The cell of `source` from `from` to `to` (exclusive), exactly as `csvCell` of that text. */
  cell(source: string, from: number, to: number): CellValue {
    if (from === to) return null;
    const first = source.charCodeAt(from);
    if ((first >= 48 && first <= 57) || first === 45) {
      const number = plainNumber(source, from, to);
      if (number !== null) return number;
    }
    return this.texts.text(source, from, to);
  }
}

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The number `PLAIN_NUMBER` accepts in `source` from `from` to `to`, or null. Up to 15 digits in
 * all, the digits as an integer divided by a power of ten is exactly what `Number` of the text
 * gives (both operands are exact and the division rounds correctly); longer ones go through `Number`.
 */
function plainNumber(source: string, from: number, to: number): number | null {
  let i = from;
  const negative = source.charCodeAt(i) === 45;
  if (negative) i++;
  const intStart = i;
  let digits = 0;
  let mantissa = 0;
  while (i < to) {
    const c = source.charCodeAt(i);
    if (c < 48 || c > 57) break;
    mantissa = mantissa * 10 + (c - 48);
    i++;
  }
  const intDigits = i - intStart;
  if (intDigits === 0 || intDigits > 15 || (intDigits > 1 && source.charCodeAt(intStart) === 48)) return null;
  digits = intDigits;
  let fraction = 0;
  if (i < to) {
    if (source.charCodeAt(i) !== 46) return null;
    i++;
    const fracStart = i;
    while (i < to) {
      const c = source.charCodeAt(i);
      if (c < 48 || c > 57) return null;
      mantissa = mantissa * 10 + (c - 48);
      i++;
    }
    fraction = i - fracStart;
    if (fraction === 0 || fraction === 3) return null;
    digits += fraction;
  }
  if (digits > 15) return Number(source.slice(from, to));
  const value = fraction === 0 ? mantissa : mantissa / POWERS_OF_TEN[fraction];
  return negative ? -value : value;
}

/** A record as read, with the file line it starts on and whether a quoted field ran over a line break. */
interface RawRecord {
  readonly fields: string[];
  readonly line: number;
  readonly multiline: boolean;
}

/**
 * Splits text with quotes by RFC 4180: a field that starts with `"` runs to the next lone `"`, `""`
 * inside it is one quote, and it may hold delimiters and line breaks. A quote that is never closed,
 * or closed with text after it, is reported with the line it opened on.
 */
function quotedRecords(text: string, delimiter: string): { records: RawRecord[] } | { problem: CsvProblem } {
  const records: RawRecord[] = [];
  const sep = delimiter.charCodeAt(0);
  const n = text.length;
  let line = 1;
  let i = 0;
  for (;;) {
    const start = line;
    const fields: string[] = [];
    let multiline = false;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        const opened = line;
        let value = "";
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) return { problem: { code: "unbalancedQuote", line: opened } };
          value += text.slice(from, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            from = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        for (let k = value.indexOf("\n"); k >= 0; k = value.indexOf("\n", k + 1)) line++;
        if (!value.includes("\n")) for (let k = value.indexOf("\r"); k >= 0; k = value.indexOf("\r", k + 1)) line++;
        if (line !== opened) multiline = true;
        const next = text.charCodeAt(i);
        if (i < n && next !== sep && next !== LF && next !== CR) return { problem: { code: "unbalancedQuote", line: opened } };
        fields.push(value);
      } else {
        let end = i;
        while (end < n) {
          const c = text.charCodeAt(end);
          if (c === sep || c === LF || c === CR) break;
          end++;
        }
        fields.push(text.slice(i, end));
        i = end;
      }
      if (i < n && text.charCodeAt(i) === sep) {
        i++;
        continue;
      }
      break;
    }
    records.push({ fields, line: start, multiline });
    if (i >= n) break;
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    if (i >= n) break;
  }
  return { records };
}

/** The most common field count among the first records that hold more than one field (the table's width). */
function tableWidth(counts: readonly number[]): number {
  const tally = new Map<number, number>();
  for (const count of counts.slice(0, GUESS_ROWS)) if (count > 1) tally.set(count, (tally.get(count) ?? 0) + 1);
  let best = 0;
  let bestTally = 0;
  for (const [count, times] of tally) if (times > bestTally || (times === bestTally && count > best)) [best, bestTally] = [count, times];
  return best;
}

/** The other delimiter that splits `line` into exactly `width` fields, if one does. */
function otherDelimiter(line: string, delimiter: string, width: number): string | null {
  for (const other of DELIMITERS) if (other !== delimiter && line.split(other).length === width) return other;
  return null;
}

/**
 * A CSV text as a one-sheet snapshot named after the file. The delimiter (`,` `;` tab `|`) is
 * detected, quoted fields may hold delimiters, quotes and line breaks. Row `i` of the snapshot is
 * the `i`-th record, as a spreadsheet opening the file would show it. A quote left open and a line
 * split by another delimiter than the rest are refused with their line, never read as something else.
 * @example readCsv("a;b\n1;2", "sales") // { ok: true, sheet: { values: [["a", "b"], [1, 2]], … } }
 */
export function readCsv(text: string, sheetName: string): CsvResult {
  // Papa's guess needs blank lines skipped (a final line break defeats it).
  const guess = Papa.parse<string[]>(text.slice(0, GUESS_CHARS), {
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: true,
    preview: GUESS_ROWS,
  });
  const delimiter = guess.meta.delimiter;
  const reader = new CellReader();
  const values: CellValue[][] = [];
  const lines: number[] = [];
  let width = 0;
  const checkWidth = (count: number, line: number, raw: () => string): CsvProblem | null => {
    if (count === width || width === 0) return null;
    const found = otherDelimiter(raw(), delimiter, width);
    return found === null ? null : { code: "mixedDelimiters", line, delimiter, found, fields: width };
  };

  if (text.includes('"')) {
    const split = quotedRecords(text, delimiter);
    if ("problem" in split) return { ok: false, problem: split.problem };
    width = tableWidth(split.records.map((r) => r.fields.length));
    for (const record of split.records) {
      lines.push(record.line);
      // A quoted field that swallowed line breaks and left the record the wrong width is a stray quote.
      if (record.multiline && width > 1 && record.fields.length !== width) return { ok: false, problem: { code: "unbalancedQuote", line: record.line } };
      const problem = checkWidth(record.fields.length, record.line, () => record.fields.join(delimiter));
      if (problem) return { ok: false, problem };
      values.push(record.fields.map((field) => reader.cell(field, 0, field.length)));
    }
  } else {
    // Without quotes a record is a line split at the delimiter. Fields are cut straight from the
    // text and turned into cells at once, so the field strings die young (a million-row file spent
    // most of its time in the garbage collector when they all lived until the end).
    const n = text.length;
    const counts: number[] = [];
    const scratch: CellValue[] = [];
    // Lines end at LF (a CR before it is dropped), or at CR in a file without LF (old Mac).
    const breakAt = text.includes("\n") ? "\n" : "\r";
    for (let start = 0, line = 1; start <= n; line++) {
      let end = text.indexOf(breakAt, start);
      if (end < 0) end = n;
      const stop = end > start && text.charCodeAt(end - 1) === CR ? end - 1 : end;
      let count = 0;
      for (let from = start; ; ) {
        let to = text.indexOf(delimiter, from);
        if (to < 0 || to > stop) to = stop;
        scratch[count++] = reader.cell(text, from, to);
        if (to >= stop) break;
        from = to + 1;
      }
      // An exact-size copy: a row grown by push would reserve room for 16 cells.
      const row = scratch.slice(0, count);
      values.push(row);
      lines.push(line);
      if (counts.length < GUESS_ROWS) counts.push(row.length);
      start = end + 1;
    }
    width = tableWidth(counts);
    if (width > 1) {
      for (let r = 0; r < values.length; r++) {
        const count = values[r].length;
        if (count === width || count !== 1) continue;
        const problem = checkWidth(count, lines[r], () => String(values[r][0] ?? ""));
        if (problem) return { ok: false, problem };
      }
    }
  }
  // A final line break gives a last record with one empty field.
  const last = values[values.length - 1];
  if (last !== undefined && last.length === 1 && last[0] === null) values.pop();
  const extra = extraField(values, lines);
  if (extra !== null) return { ok: false, problem: extra };
  return { ok: true, sheet: { name: sheetName, top: 0, left: 0, values } };
}
