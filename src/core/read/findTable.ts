import { isCellError } from "../cells";
import { parsePeriodHeader } from "./parsePeriodHeader";
import { normaliseText } from "./normaliseText";
import { recogniseHeader } from "./recogniseHeader";
import { isTotalLabel, mayBeTotal, totalWithName } from "./totalLabels";
import { isBlankCell, rowIsBlank, type SheetView } from "./sheetView";

/** Where a table sits, in grid indexes (add the snapshot's top/left for sheet coordinates). */
export interface TableBounds {
  readonly headerRow: number;
  /** First and last data row (inclusive); `lastRow < firstRow` when the table has no data rows. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly totalsRow: number | null;
  /**
   * Rows inside the data labelled like totals (`Итого по менеджеру`, `Alpha Total`), ascending: the
   * subtotals among them are checked and skipped, the rest are clients (see `resolveSubtotals`).
   */
  readonly subtotalRows: readonly number[];
  /** The header again inside the data, with the title rows above it (concatenated exports), ascending. */
  readonly repeatRows: readonly number[];
  readonly firstCol: number;
  readonly lastCol: number;
  /** The first non-blank row above the header (a title), or null. */
  readonly titleRow: number | null;
  /**
   * Blank rows inside the table with another table's header row below them (grid rows): the rows
   * below cannot be told to be clients or not, so the reader refuses rather than guess.
   */
  readonly tableBelow: {
    readonly firstBlank: number;
    readonly lastBlank: number;
    readonly headerRow: number;
    /** The first row of the other table (its title, or its header). */
    readonly firstRow: number;
  } | null;
}

/** How far down a header row is looked for. */
const HEADER_SEARCH_ROWS = 60;

/**
 * Finds the table on a sheet: the header row is the one (among the first rows) whose cells best
 * read as known column names and period headers, needs two non-blank cells and data under it;
 * its columns run from its first to its last non-blank cell (one column further left when the data
 * there has no header, as a client column often has none). Data rows run past blank rows, as a
 * manager reading the sheet would, down to the end of the grid or a blank row before a one-cell
 * note; blank rows followed by another header row are reported in `tableBelow`. The last row whose first non-blank cell
 * is a totals label (`Итого`, `Total`…) closes the table when only notes follow it; other totals
 * rows are subtotals the readers skip.
 * Returns null when no row could be a header.
 *
 * @example findTable(sheetView(sheet)) // { headerRow: 3, firstRow: 4, lastRow: 120, totalsRow: 121, … }
 */
export function findTable(view: SheetView): TableBounds | null {
  const headerRow = findHeaderRow(view);
  return headerRow === null ? null : tableAt(view, headerRow);
}

/** The table whose header is `headerRow` (see {@link findTable}). */
export function tableAt(view: SheetView, headerRow: number): TableBounds {
  let firstCol = view.cols;
  let lastCol = -1;
  for (let c = 0; c < view.cols; c++) {
    if (isBlankCell(view.value(headerRow, c))) continue;
    firstCol = Math.min(firstCol, c);
    lastCol = c;
  }
  while (
    firstCol > 0 &&
    isBlankCell(view.value(headerRow, firstCol - 1)) &&
    hasDataBelow(view, headerRow, firstCol - 1)
  )
    firstCol--;
  const { lastRow, totalsRow, subtotalRows, repeatRows, tableBelow } = findLastRow(view, headerRow, firstCol, lastCol);
  let titleRow: number | null = null;
  for (let r = 0; r < headerRow && titleRow === null; r++)
    if (!rowIsBlank(view, r, 0, view.cols - 1)) titleRow = r;
  return {
    headerRow,
    firstRow: headerRow + 1,
    lastRow,
    totalsRow,
    subtotalRows,
    repeatRows,
    firstCol,
    lastCol,
    titleRow,
    tableBelow,
  };
}

function findHeaderRow(view: SheetView): number | null {
  let best: number | null = null;
  let bestScore = 0;
  let fallback: number | null = null;
  const limit = Math.min(view.rows, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    let nonBlank = 0;
    let texts = 0;
    let known = 0;
    let periods = 0;
    for (let c = 0; c < view.cols; c++) {
      const v = view.value(r, c);
      if (isBlankCell(v) || isCellError(v)) continue;
      nonBlank++;
      if (typeof v === "string") {
        texts++;
        if (recogniseHeader(v).length > 0 || isTotalLabel(v)) known++;
      }
      if (parsePeriodHeader(v, view.format(r, c)) !== null) periods++;
    }
    if (nonBlank < 2 || !hasDataRowBelow(view, r)) continue;
    const score = known * 3 + (periods >= 2 ? periods * 2 : 0);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
    if (fallback === null && texts >= 2) fallback = r;
  }
  return best ?? fallback;
}

/** How many blank rows may sit between a header and its first data row. */
const BLANKS_UNDER_HEADER = 3;

function hasDataRowBelow(view: SheetView, row: number): boolean {
  const last = Math.min(view.rows - 1, row + 1 + BLANKS_UNDER_HEADER);
  for (let r = row + 1; r <= last; r++) if (!rowIsBlank(view, r, 0, view.cols - 1)) return true;
  return false;
}

function hasDataBelow(view: SheetView, headerRow: number, col: number): boolean {
  const last = Math.min(view.rows - 1, headerRow + 5);
  for (let r = headerRow + 1; r <= last; r++) if (typeof view.value(r, col) === "string") return true;
  return false;
}

function findLastRow(
  view: SheetView,
  headerRow: number,
  firstCol: number,
  lastCol: number,
): {
  lastRow: number;
  totalsRow: number | null;
  subtotalRows: readonly number[];
  repeatRows: readonly number[];
  tableBelow: TableBounds["tableBelow"];
} {
  const firstRow = headerRow + 1;
  const totalRows: number[] = [];
  const repeatRows: number[] = [];
  const header = headerKey(view, headerRow, firstCol, lastCol);
  const headerFirst = view.value(headerRow, firstColOf(view, headerRow, firstCol, lastCol));
  let lastNonBlank = firstRow - 1;
  let blankRun = 0;
  let tableBelow: TableBounds["tableBelow"] = null;
  let end = false;
  let lastDataRow: number | undefined;
  for (let r = firstRow; r < view.rows && !end; r++) {
    let first: unknown = null;
    for (let c = firstCol; c <= lastCol && first === null; c++) {
      const v = view.value(r, c);
      if (!isBlankCell(v)) first = v;
    }
    if (first === null) {
      blankRun++;
      continue;
    }
    if (blankRun > 0 && lastNonBlank >= firstRow) {
      // Below blank rows: a one-cell note ends the table, unless a header follows it (a second
      // table's title); a header row is another table, or this one again (concatenated exports).
      const next = nextHeader(view, r, firstCol, lastCol);
      if (next !== null) {
        if (headerKey(view, next, firstCol, lastCol) === header) {
          for (let k = r; k <= next; k++) repeatRows.push(k);
          r = next;
          blankRun = 0;
          lastNonBlank = next;
          continue;
        }
        tableBelow = { firstBlank: r - blankRun, lastBlank: r - 1, headerRow: next, firstRow: r };
        break;
      }
      // A one-cell row is a note when no row of two cells or more follows it (else a client with no amounts).
      if (nonBlankCount(view, r, firstCol, lastCol) === 1) {
        lastDataRow ??= lastRowWithCells(view, firstCol, lastCol);
        end = r > lastDataRow;
      }
      if (end) break;
    }
    blankRun = 0;
    lastNonBlank = r;
    if (typeof first === "string") {
      if (mayBeTotal(first) && (isTotalLabel(first) || totalWithName(first) !== null)) totalRows.push(r);
      else if (first === headerFirst && headerKey(view, r, firstCol, lastCol) === header) repeatRows.push(r);
    }
  }
  // The last totals row closes the table when only notes follow it; other totals rows are subtotals.
  let closing = totalRows.length > 0 ? totalRows[totalRows.length - 1] : null;
  if (closing !== null) {
    const label = view.value(closing, firstColOf(view, closing, firstCol, lastCol));
    if (typeof label !== "string" || !isTotalLabel(label)) closing = null;
  }
  for (let r = (closing ?? lastNonBlank) + 1; closing !== null && r <= lastNonBlank; r++) {
    if (nonBlankCount(view, r, firstCol, lastCol) >= 2) closing = null;
  }
  if (closing === null)
    return { lastRow: lastNonBlank, totalsRow: null, subtotalRows: totalRows, repeatRows, tableBelow };
  let lastRow = closing - 1;
  while (lastRow >= firstRow && rowIsBlank(view, lastRow, firstCol, lastCol)) lastRow--;
  return { lastRow, totalsRow: closing, subtotalRows: totalRows.slice(0, -1), repeatRows, tableBelow };
}

/** The last row of the sheet with two non-blank cells or more between two columns (-1 when none). */
function lastRowWithCells(view: SheetView, firstCol: number, lastCol: number): number {
  for (let r = view.rows - 1; r >= 0; r--) if (nonBlankCount(view, r, firstCol, lastCol) >= 2) return r;
  return -1;
}

/** The first non-blank column of a row between two columns. */
function firstColOf(view: SheetView, row: number, firstCol: number, lastCol: number): number {
  for (let c = firstCol; c <= lastCol; c++) if (!isBlankCell(view.value(row, c))) return c;
  return firstCol;
}

/** How many rows under a one-cell title a second table's header is looked for. */
const TITLE_ROWS = 3;

/** The header row at `row` or among the few non-blank rows under it (below a title), or null. */
function nextHeader(view: SheetView, row: number, firstCol: number, lastCol: number): number | null {
  const widest = Math.max(lastCol, view.cols - 1);
  let seen = 0;
  for (let r = row; r < view.rows && seen <= TITLE_ROWS; r++) {
    if (rowIsBlank(view, r, 0, widest)) continue;
    if (readsAsHeader(view, r, 0, widest)) return r;
    if (nonBlankCount(view, r, 0, widest) > 1) return null;
    seen++;
  }
  return null;
}

/** A header row's cells as one comparable text (case, spaces and punctuation aside). */
export function headerKey(view: SheetView, row: number, firstCol: number, lastCol: number): string {
  const parts: string[] = [];
  for (let c = firstCol; c <= lastCol; c++) {
    const v = view.value(row, c);
    parts.push(isBlankCell(v) ? "" : typeof v === "string" ? normaliseText(v) : String(v));
  }
  return parts.join("\u0000");
}

/**
 * A row two or more of whose cells are known column names (Client, Amount, Менеджер…), or one known
 * name and two period headers (Client, Jan 2024, Feb 2024…): a header.
 */
function readsAsHeader(view: SheetView, row: number, firstCol: number, lastCol: number): boolean {
  let known = 0;
  let periods = 0;
  for (let c = firstCol; c <= lastCol && known < 2; c++) {
    const v = view.value(row, c);
    if (typeof v === "string" && recogniseHeader(v).length > 0) known++;
    else if (!isBlankCell(v) && parsePeriodHeader(v, view.format(row, c)) !== null) periods++;
  }
  return known >= 2 || (known === 1 && periods >= 2);
}

function nonBlankCount(view: SheetView, row: number, firstCol: number, lastCol: number): number {
  let n = 0;
  for (let c = firstCol; c <= lastCol; c++) if (!isBlankCell(view.value(row, c))) n++;
  return n;
}
