import Papa from "papaparse";
import type { CellValue, SheetSnapshot } from "../core";

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

/**
 * {@link csvCell} for a whole file, where repeated texts (client ids, dates, products) share one
 * string: a million-row file keeps thousands of strings alive instead of millions.
 */
function cellMaker(): (text: string) => CellValue {
  const seen = new Map<string, string>();
  return (text) => {
    const cell = csvCell(text);
    if (typeof cell !== "string") return cell;
    const known = seen.get(cell);
    if (known !== undefined) return known;
    if (seen.size < SHARED_TEXTS) seen.set(cell, cell);
    return cell;
  };
}

/**
 * A CSV text as a one-sheet snapshot named after the file. The delimiter (`,` `;` tab `|`) is
 * detected, quoted fields may hold delimiters, quotes and line breaks. Row `i` of the snapshot is
 * the `i`-th record, as a spreadsheet opening the file would show it.
 * @example parseCsv("a;b\n1;2", "sales.csv").values // [["a", "b"], [1, 2]]
 */
export function parseCsv(text: string, sheetName: string): SheetSnapshot {
  // Papa's guess needs blank lines skipped (a final line break defeats it), the full parse keeps them.
  const guess = Papa.parse<string[]>(text.slice(0, GUESS_CHARS), {
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: true,
    preview: GUESS_ROWS,
  });
  const delimiter = guess.meta.delimiter;
  const values: CellValue[][] = [];
  const cells = cellMaker();
  if (text.includes('"')) {
    // Quoted fields may hold delimiters and line breaks: papaparse's full parser.
    for (const fields of Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data)
      values.push(fields.map(cells));
  } else {
    // Without quotes a record is a line split at the delimiter (what papaparse's fast mode does).
    // Splitting line by line, each field turned into its cell at once, lets the field strings die
    // young instead of all living until the end: a million-row file spent most of its time in the
    // garbage collector.
    const newline = text.includes("\r\n") ? "\r\n" : text.includes("\n") ? "\n" : "\r";
    for (let start = 0; start <= text.length;) {
      let end = text.indexOf(newline, start);
      if (end < 0) end = text.length;
      values.push(text.slice(start, end).split(delimiter).map(cells));
      start = end + newline.length;
    }
  }
  // A final line break gives a last record with one empty field.
  const last = values[values.length - 1];
  if (last !== undefined && last.length === 1 && last[0] === null) values.pop();
  return { name: sheetName, top: 0, left: 0, values };
}
