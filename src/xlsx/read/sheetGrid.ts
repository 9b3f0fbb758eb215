import { isBlank } from "../../core";
import type { CellValue, SheetSnapshot } from "../../core";
import type { SparseCells } from "./readSheet";
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
function tableColumns(cells: SparseCells, filled: Uint8Array): { left: number; right: number } | null {
  const counts = new Int32Array(MAX_COLUMNS);
  for (let i = 0; i < cells.count; i++) if (filled[i]) counts[cells.cols[i]]++;
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
  const filled = new Uint8Array(cells.count);
  for (let i = 0; i < cells.count; i++) {
    const col = cells.cols[i];
    if (col >= 0 && col < MAX_COLUMNS && cells.rows[i] >= 0 && !blank(cells.values[i])) filled[i] = 1;
  }
  const columns = tableColumns(cells, filled);
  if (columns === null) return { name, top: 0, left: 0, values: [], formats: [] };
  const { left, right } = columns;
  let top = Infinity;
  let bottom = -1;
  for (let i = 0; i < cells.count; i++) {
    if (!filled[i] || cells.cols[i] < left || cells.cols[i] > right) continue;
    const row = cells.rows[i];
    if (row < top) top = row;
    if (row > bottom) bottom = row;
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
  for (let i = 0; i < cells.count; i++) {
    const row = cells.rows[i] - top;
    const col = cells.cols[i] - left;
    if (row < 0 || row >= height || col < 0 || col >= width) continue;
    let rowValues = values[row];
    let rowFormats = formats[row];
    if (rowValues === blankValues) {
      rowValues = values[row] = new Array<CellValue>(rowLength[row]).fill(null);
      rowFormats = formats[row] = new Array<string>(rowLength[row]).fill("");
    }
    (rowValues as CellValue[])[col] = cells.values[i];
    (rowFormats as string[])[col] = styles.format(cells.styles[i]);
  }
  return { name, top, left, values, formats };
}
