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
  readonly firstCol: number;
  readonly lastCol: number;
  /** The first non-blank row above the header (a title), or null. */
  readonly titleRow: number | null;
}

/** How far down a header row is looked for. */
const HEADER_SEARCH_ROWS = 60;

/**
 * Finds the table on a sheet: the header row is the one (among the first rows) whose cells best
 * read as known column names and period headers, needs two non-blank cells and data under it;
 * its columns run from its first to its last non-blank cell (one column further left when the data
 * there has no header, as a client column often has none). Data rows run down to a totals row
 * (`Итого`, `Total`… in the first non-blank cell), two blank rows in a row, or the end of the grid.
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
  while (firstCol > 0 && isBlankCell(view.value(headerRow, firstCol - 1)) && hasDataBelow(view, headerRow, firstCol - 1))
    firstCol--;
  const { lastRow, totalsRow } = findLastRow(view, headerRow + 1, firstCol, lastCol);
  let titleRow: number | null = null;
  for (let r = 0; r < headerRow && titleRow === null; r++) if (!rowIsBlank(view, r, 0, view.cols - 1)) titleRow = r;
  return { headerRow, firstRow: headerRow + 1, lastRow, totalsRow, firstCol, lastCol, titleRow };
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
): { lastRow: number; totalsRow: number | null } {
  const totals = new Map<string, boolean>();
  let lastRow = firstRow - 1;
  let blankRun = 0;
  for (let r = firstRow; r < view.rows; r++) {
    let first: unknown = null;
    for (let c = firstCol; c <= lastCol && first === null; c++) {
      const v = view.value(r, c);
      if (!isBlankCell(v)) first = v;
    }
    if (first === null) {
      if (++blankRun >= 2) break;
      continue;
    }
    blankRun = 0;
    if (typeof first === "string" && first.length <= 40) {
      let isTotal = totals.get(first);
      if (isTotal === undefined) totals.set(first, (isTotal = isTotalLabel(first)));
      if (isTotal) return { lastRow, totalsRow: r };
    }
    lastRow = r;
  }
  return { lastRow, totalsRow: null };
}
