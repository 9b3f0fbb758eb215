import { isBlank } from "../../core";
import type { CellValue, SheetSnapshot } from "../../core";
import { Kept, type SparseCells } from "./sparseCells";
import type { CellStyles } from "./styles";

/** Excel's last column is XFD, the 16,384th. */
const MAX_COLUMNS = 16_384;
/**
 * Blank columns that separate two blocks of a sheet: columns further apart than this from the
 * table are not part of it (a stray cell in XFD is not read as the table's last column).
 */
export const COLUMN_GAP = 16;
/**
 * Wider than this, rows end at their own last cell instead of the table's width (a grid may be
 * ragged, see `Grid`), so cells scattered across a whole sheet never fill every row to XFD.
 */
const RAGGED_WIDTH = 1024;

/** A row of `length` cells holding `value`, built by pushing: a packed array, quicker than `new Array(n).fill`. */
function filledRow<T>(length: number, value: T): T[] {
  const row: T[] = [];
  for (let i = 0; i < length; i++) row.push(value);
  return row;
}

/** Whether two rows of formats hold the same texts. */
function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `isBlank`, without a regular expression for the usual text that starts with a letter or digit. */
function blank(value: CellValue): boolean {
  if (typeof value !== "string") return value === null;
  const first = value.charCodeAt(0);
  return !(first > 32 && first < 0x2000 && first !== 0xa0 && first !== 0x1680) && isBlank(value);
}

/**
 * The columns of the table: non-blank columns grouped into blocks separated by more than
 * `COLUMN_GAP` blank columns, and the block holding the most non-blank cells.
 */
function tableColumns(counts: Int32Array): { left: number; right: number } | null {
  let best: { left: number; right: number; count: number } | null = null;
  let left = -1;
  let right = -1;
  let count = 0;
  const close = (): void => {
    if (left >= 0 && (best === null || count > best.count)) best = { left, right, count };
  };
  for (let c = 0; c < MAX_COLUMNS; c++) {
    if (counts[c] === 0) continue;
    if (left >= 0 && c - right - 1 > COLUMN_GAP) {
      close();
      left = -1;
      count = 0;
    }
    if (left < 0) left = c;
    right = c;
    count += counts[c];
  }
  close();
  return best;
}

/**
 * One sheet's snapshot from its sparse cells: the rectangle of the table's columns (see
 * `COLUMN_GAP`) from the first to the last row holding a non-blank cell in them, every row kept,
 * so a client row below blank rows is never dropped. Rows without cells share one frozen blank
 * row, so empty space costs a pointer per row, never a cell; past `RAGGED_WIDTH` columns each row
 * ends at its last cell.
 * @example sheetFromCells("Sales", readSheetCells(zip, part, context), styles).values[0] // the header row
 */
export function sheetFromCells(name: string, cells: SparseCells, styles: CellStyles): SheetSnapshot {
  // Per column: its non-blank cells, and the first and last row holding one.
  const counts = new Int32Array(MAX_COLUMNS);
  const firstRow = new Int32Array(MAX_COLUMNS).fill(0x7fffffff);
  const lastRow = new Int32Array(MAX_COLUMNS).fill(-1);
  for (let i = 0; i < cells.count; i++) {
    const col = cells.cols[i];
    const row = cells.rows[i];
    if (col < 0 || col >= MAX_COLUMNS || row < 0 || (cells.kinds[i] !== Kept.Number && blank(cells.value(i))))
      continue;
    counts[col]++;
    if (row < firstRow[col]) firstRow[col] = row;
    if (row > lastRow[col]) lastRow[col] = row;
  }
  const columns = tableColumns(counts);
  if (columns === null) return { name, top: 0, left: 0, values: [], formats: [] };
  const { left, right } = columns;
  let top = Infinity;
  let bottom = -1;
  for (let col = left; col <= right; col++) {
    top = Math.min(top, firstRow[col]);
    bottom = Math.max(bottom, lastRow[col]);
  }
  const width = right - left + 1;
  const height = bottom - top + 1;
  // A row's length: the table's width, or for a very wide table its own last cell (a ragged grid).
  const rowLength = new Int32Array(height).fill(width > RAGGED_WIDTH ? 0 : width);
  if (width > RAGGED_WIDTH) {
    for (let i = 0; i < cells.count; i++) {
      const row = cells.rows[i] - top;
      const col = cells.cols[i] - left;
      if (row >= 0 && row < height && col >= 0 && col < width && col >= rowLength[row])
        rowLength[row] = col + 1;
    }
  }
  const blankLength = width > RAGGED_WIDTH ? 0 : width;
  const blankValues: readonly CellValue[] = Object.freeze(new Array<CellValue>(blankLength).fill(null));
  const blankFormats: readonly string[] = Object.freeze(new Array<string>(blankLength).fill(""));
  const values = new Array<CellValue[] | readonly CellValue[]>(height).fill(blankValues);
  const formats = new Array<string[] | readonly string[]>(height).fill(blankFormats);
  // The formats of consecutive rows are mostly alike (a date column, an amount column): a row whose
  // formats are those of the row before shares its array, so a long table costs one per change.
  let pending = -1;
  let scratch: string[] = [];
  let shared: readonly string[] = blankFormats;
  const settle = (): void => {
    if (pending < 0) return;
    if (!sameTexts(scratch, shared)) {
      shared = scratch;
      scratch = [];
    }
    formats[pending] = shared;
    pending = -1;
  };
  for (let i = 0; i < cells.count; i++) {
    const row = cells.rows[i] - top;
    const col = cells.cols[i] - left;
    if (row < 0 || row >= height || col < 0 || col >= width) continue;
    let rowValues = values[row];
    if (rowValues === blankValues) {
      settle();
      rowValues = values[row] = filledRow<CellValue>(rowLength[row], null);
      // The scratch row is reused while the rows it was compared with matched; never once it is shared.
      if (scratch.length === rowLength[row]) for (let c = 0; c < scratch.length; c++) scratch[c] = "";
      else scratch = filledRow(rowLength[row], "");
      pending = row;
    }
    (rowValues as CellValue[])[col] = cells.value(i);
    const format = styles.format(cells.styles[i]);
    if (row === pending) scratch[col] = format;
    else if (format !== formats[row][col]) {
      // A cell of a row already settled (a file that repeats a row): that row gets its own formats.
      const own = formats[row].slice();
      own[col] = format;
      formats[row] = own;
    }
  }
  settle();
  return { name, top, left, values, formats };
}
