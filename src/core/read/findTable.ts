import { isCellError } from "../cells";
import { parsePeriodHeader } from "./parsePeriodHeader";
import { isTotalLabel, recogniseHeader } from "./recogniseHeader";
import { isBlankCell, rowIsBlank, type SheetView } from "./sheetView";

/** Where a table sits, in grid indexes (add the snapshot's top/left for sheet coordinates). */
export interface TableBounds {
  readonly headerRow: number;
  /** First and last data row (inclusive); `lastRow < firstRow` when the table has no data rows. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly totalsRow: number | null;
  /** Totals rows inside the data (`Итого по менеджеру`): not clients, skipped by the readers. */
  readonly subtotalRows: readonly number[];
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
  if (headerRow === null) return null;
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
  const { lastRow, totalsRow, subtotalRows, tableBelow } = findLastRow(
    view,
    headerRow + 1,
    firstCol,
    lastCol,
  );
  let titleRow: number | null = null;
  for (let r = 0; r < headerRow && titleRow === null; r++)
    if (!rowIsBlank(view, r, 0, view.cols - 1)) titleRow = r;
  return {
    headerRow,
    firstRow: headerRow + 1,
    lastRow,
    totalsRow,
    subtotalRows,
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

function hasDataRowBelow(view: SheetView, row: number): boolean {
  return row + 1 < view.rows && !rowIsBlank(view, row + 1, 0, view.cols - 1);
}

function hasDataBelow(view: SheetView, headerRow: number, col: number): boolean {
  const last = Math.min(view.rows - 1, headerRow + 5);
  for (let r = headerRow + 1; r <= last; r++) if (typeof view.value(r, col) === "string") return true;
  return false;
}

function findLastRow(
  view: SheetView,
  firstRow: number,
  firstCol: number,
  lastCol: number,
): {
  lastRow: number;
  totalsRow: number | null;
  subtotalRows: readonly number[];
  tableBelow: TableBounds["tableBelow"];
} {
  const totalRows: number[] = [];
  let lastNonBlank = firstRow - 1;
  let blankRun = 0;
  let tableBelow: TableBounds["tableBelow"] = null;
  for (let r = firstRow; r < view.rows; r++) {
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
      // A one-cell note below a blank row ends the table; another header row is another table.
      if (nonBlankCount(view, r, firstCol, lastCol) === 1) break;
      if (readsAsHeader(view, r, firstCol, lastCol)) {
        tableBelow = { firstBlank: r - blankRun, lastBlank: r - 1, headerRow: r };
        break;
      }
    }
    blankRun = 0;
    lastNonBlank = r;
    if (typeof first === "string" && mayBeTotal(first) && isTotalLabel(first)) totalRows.push(r);
  }
  // The last totals row closes the table when only notes follow it; other totals rows are subtotals.
  let closing = totalRows.length > 0 ? totalRows[totalRows.length - 1] : null;
  for (let r = (closing ?? lastNonBlank) + 1; closing !== null && r <= lastNonBlank; r++) {
    if (nonBlankCount(view, r, firstCol, lastCol) >= 2) closing = null;
  }
  if (closing === null)
    return { lastRow: lastNonBlank, totalsRow: null, subtotalRows: totalRows, tableBelow };
  let lastRow = closing - 1;
  while (lastRow >= firstRow && rowIsBlank(view, lastRow, firstCol, lastCol)) lastRow--;
  return { lastRow, totalsRow: closing, subtotalRows: totalRows.slice(0, -1), tableBelow };
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

/** First letters of totals labels (t, g, s, и, в, о, lower-cased by bit 0x20), and leading spaces. */
const TOTAL_INITIALS = new Set([..."tgsивоTGSИВО \u00a0"].map((ch) => ch.charCodeAt(0)));

/** A cheap test that rules out most client names before {@link isTotalLabel} normalises the text. */
function mayBeTotal(text: string): boolean {
  return text.length <= 40 && TOTAL_INITIALS.has(text.charCodeAt(0));
}
