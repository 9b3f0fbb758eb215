/**
 * Cells as Excel hands them to an add-in: numbers (dates are serial numbers), text, booleans,
 * blanks, and error values. Coordinates are zero-based everywhere in core; `toA1` makes the
 * addresses users read.
 */

/**
 * An Excel error value such as `#DIV/0!` or `#N/A`. A workbook file can also hold a formula with no
 * stored result (written by a script, never opened in Excel): its reader hands that cell over as an
 * error with the formula's text in `formula`, so it is reported, never read as blank or 0.
 */
export interface CellError {
  readonly error: string;
  readonly formula?: string;
}

export type CellValue = string | number | boolean | null | CellError;

/** A rectangular block of cells, row-major. Rows may be shorter than the widest row (missing = blank). */
export type Grid = readonly (readonly CellValue[])[];

/** A rectangle on a sheet, zero-based. */
export interface RangeRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** True for null, undefined, and text that is only spaces (including no-break spaces). */
export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === "string" && value.replace(/[\s\u00a0\u202f]/g, "") === "";
}

/**
 * The column letters of a zero-based column index.
 * @example columnLetters(0) // "A"; columnLetters(27) // "AB"
 */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * The zero-based column index of column letters, or -1 if the text is not column letters.
 * @example columnIndex("AB") // 27
 */
export function columnIndex(letters: string): number {
  const s = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(s)) return -1;
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The A1 address of a zero-based cell.
 * @example cellAddress(4, 2) // "C5"
 */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** `Sheet!A1:B2` (sheet name quoted when Excel would quote it). */
export function rangeAddress(range: RangeRef, withSheet = true): string {
  const first = cellAddress(range.row, range.col);
  const last = cellAddress(range.row + range.rows - 1, range.col + range.cols - 1);
  const local = range.rows === 1 && range.cols === 1 ? first : `${first}:${last}`;
  return withSheet ? `${quoteSheet(range.sheet)}!${local}` : local;
}

export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Parses `A1` or `A1:C9` (no sheet) into a range on `sheet`. */
export function parseRangeAddress(sheet: string, address: string): RangeRef | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.trim());
  if (!m) return null;
  const c1 = columnIndex(m[1]);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  return {
    sheet,
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

export function rangesOverlap(a: RangeRef, b: RangeRef): boolean {
  return (
    a.sheet === b.sheet &&
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

export function rangeContains(outer: RangeRef, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.rows && col >= outer.col && col < outer.col + outer.cols;
}
