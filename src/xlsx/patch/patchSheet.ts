/**
 * An existing worksheet part with a plan laid over it (the sheet Segmenta analyses and writes its
 * columns beside): the rows the plan touches are rebuilt cell by cell, every other row, merge,
 * hyperlink, protection and extension stays as written; new elements go in CT_Worksheet order.
 */
import { cellAddress, columnIndex, parseRangeAddress, rangeContains, type RangeRef } from "../../core";
import { PackageError } from "../package";
import type { PlannedSheet } from "../planSheets";
import { plannedRows, type PlannedCell } from "../plannedRows";
import { clearedRanges, conditionalXml, goneWith, withoutClearedX14, withX14Formats } from "./conditionalXml";
import { after, withValidations, withViews, withWidths } from "./sheetElements";
import { rowSpans, type SheetBytes } from "./sheetBytes";
import { cellXml, ROWS_PLACEHOLDER } from "./sheetRows";
import type { StyleBook } from "./styleBook";
import { attributeOf, findElement, findElements, insertionPoint, prefixOf, splice, withPrefix } from "./xmlText";

/** The planned rows of a sheet, by row. */
function rowsOf(sheet: PlannedSheet): Map<number, readonly PlannedCell[]> {
  const rows = new Map<number, readonly PlannedCell[]>();
  for (const { row, cells } of plannedRows(sheet.layers)) rows.set(row, cells);
  return rows;
}

/** The column (zero-based) of a cell element's `r`, or -1 when it has none. */
function cellColumn(xml: string, start: number): number {
  const ref = attributeOf(xml, start, "r");
  if (ref === undefined) return -1;
  const m = /^\$?([A-Za-z]+)/.exec(ref);
  return m ? columnIndex(m[1]) : -1;
}

/**
 * One existing row with the plan laid over it: cells the plan empties are dropped, planned cells take
 * their column's place, every other cell is kept as it was written.
 */
function patchRow(
  rowXml: string,
  p: string,
  row: number,
  planned: readonly PlannedCell[] | undefined,
  cleared: readonly RangeRef[],
  styles: StyleBook,
): string {
  const openEnd = rowXml.indexOf(">");
  const selfClosing = rowXml[openEnd - 1] === "/";
  const open =
    (selfClosing ? rowXml.slice(0, openEnd - 1) : rowXml.slice(0, openEnd)).replace(/\sspans="[^"]*"/, "") +
    ">";
  const close = `</${p}row>`;
  const body = selfClosing ? "" : rowXml.slice(openEnd + 1, rowXml.length - close.length);
  const cellsXml = (planned ?? []).map((cell) =>
    withPrefix(cellXml(row, cell, styles), p),
  );
  // The usual row: nothing emptied, Segmenta's cells right of the user's, the row's own cells and
  // extensions kept as one piece.
  const lastCell = findElements(body, p, "c").pop();
  const lastCol = lastCell ? cellColumn(body, lastCell.start) : -1;
  const firstPlanned = planned && planned.length > 0 ? Math.min(...planned.map((c) => c.col)) : Infinity;
  if (
    !cleared.some((r) => row >= r.row && row < r.row + r.rows) &&
    (lastCell === undefined || (lastCol >= 0 && lastCol < firstPlanned)) &&
    body.trim() === body.slice(0, lastCell?.end ?? 0).trim()
  ) {
    return `${open}${body.slice(0, lastCell?.end ?? 0)}${cellsXml.join("")}${close}`;
  }
  const kept: { col: number; xml: string }[] = [];
  let implicit = -1;
  for (const cell of findElements(body, p, "c")) {
    const col = cellColumn(body, cell.start);
    implicit = col >= 0 ? col : implicit + 1;
    if (cleared.some((r) => rangeContains(r, row, implicit))) continue;
    kept.push({ col: implicit, xml: body.slice(cell.start, cell.end) });
  }
  const byCol = new Map(kept.map((k) => [k.col, k.xml]));
  (planned ?? []).forEach((cell, i) => byCol.set(cell.col, cellsXml[i]));
  const cells = [...byCol].sort((a, b) => a[0] - b[0]).map(([, xml]) => xml);
  // Whatever else the row holds (extension elements) stays after its cells.
  const tail = lastCell ? body.slice(lastCell.end) : body;
  return `${open}${cells.join("")}${tail.trim() === "" ? "" : tail}${close}`;
}

/**
 * The part's `dimension` widened to the cells the plan writes: readers that trust it (openpyxl's
 * read-only mode, and so pandas) would otherwise stop at the user's last column.
 */
function withDimension(
  xml: string,
  p: string,
  sheetName: string,
  planned: ReadonlyMap<number, readonly PlannedCell[]>,
): string {
  const dimension = findElement(xml, p, "dimension");
  if (!dimension || planned.size === 0) return xml;
  const ref = attributeOf(xml, dimension.start, "ref") ?? "";
  const [first, last = first] = ref.split(":");
  const from = parseRangeAddress(sheetName, first);
  const to = parseRangeAddress(sheetName, last);
  if (!from || !to) return xml;
  let top = Math.min(from.row, to.row);
  let left = Math.min(from.col, to.col);
  let bottom = Math.max(from.row, to.row);
  let right = Math.max(from.col, to.col);
  for (const [row, cells] of planned) {
    if (cells.length === 0) continue;
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    for (const cell of cells) {
      left = Math.min(left, cell.col);
      right = Math.max(right, cell.col);
    }
  }
  const wider = `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
  if (wider === ref) return xml;
  return splice(xml, dimension.start, dimension.end, `<${p}dimension ref="${wider}"/>`);
}

/**
 * An existing worksheet part with a plan laid over it: the rows the plan touches are rewritten cell
 * by cell, every other row is copied as it was; the plan's conditional formats, dropdowns, widths and
 * views are added, and those of its own that lie in what it empties are removed. Nothing outside
 * Segmenta's ranges changes. The part is given as bytes split around its rows (`splitSheetBytes`) and
 * never decoded whole: its text comes back with `ROWS_PLACEHOLDER` in its `sheetData`, and `rows`
 * makes the rows piece by piece as they are compressed — untouched stretches as the part's own bytes,
 * each row the plan touches decoded alone (call it before the styles are written: it adds the styles
 * of the cells it writes).
 */
export function patchSheetXml(
  part: SheetBytes,
  sheet: PlannedSheet,
  styles: StyleBook,
): { readonly xml: string; readonly rows: () => Iterable<string | Uint8Array> } {
  const xml = `${part.head}${ROWS_PLACEHOLDER}${part.tail}`;
  const p = prefixOf(xml, "worksheet");
  const planned = rowsOf(sheet);
  const cleared = clearedRanges(sheet);
  const touched = (row: number) =>
    planned.has(row) || cleared.some((r) => row >= r.row && row < r.row + r.rows);
  const mainRoot = findElement(xml, p, "worksheet");
  if (!mainRoot || part.prefix !== p) throw new PackageError("unreadablePart", undefined, sheet.name);

  // Rows: a merge of the rows the part holds with the rows the plan writes, in order.
  const pending = [...planned.keys()].sort((a, b) => a - b);
  const plannedRowXml = (row: number) =>
    `<${p}row r="${row + 1}">${(planned.get(row) ?? []).map((c) => withPrefix(cellXml(row, c, styles), p)).join("")}</${p}row>`;
  const decoder = new TextDecoder("utf-8");
  const { bytes } = part;
  /** The rows, made while they are compressed: untouched stretches are the part's bytes as they were. */
  function* rows(): Generator<string | Uint8Array> {
    let next = 0;
    let copiedFrom = part.rowsStart;
    for (const rowEl of rowSpans(part)) {
      const row = rowEl.row;
      const before = next < pending.length && pending[next] < row;
      if (!before && !touched(row)) continue;
      // Everything up to this row is copied as it was, then the plan's new rows above it.
      yield bytes.subarray(copiedFrom, rowEl.start);
      copiedFrom = rowEl.start;
      while (next < pending.length && pending[next] < row) yield plannedRowXml(pending[next++]);
      if (!touched(row)) continue;
      if (next < pending.length && pending[next] === row) next++;
      const rowXml = decoder.decode(bytes.subarray(rowEl.start, rowEl.end));
      yield patchRow(rowXml, p, row, planned.get(row), cleared, styles);
      copiedFrom = rowEl.end;
    }
    yield bytes.subarray(copiedFrom, part.rowsEnd);
    while (next < pending.length) yield plannedRowXml(pending[next++]);
  }
  let result = xml;
  result = withDimension(result, p, sheet.name, planned);

  // Conditional formats: the plan's own in emptied ranges go, the plan's new ones are added.
  const sheetName = sheet.name;
  let highest = 0;
  for (const m of result.matchAll(/\spriority="(\d+)"/g)) highest = Math.max(highest, Number(m[1]));
  for (const cf of findElements(result, p, "conditionalFormatting").reverse()) {
    if (goneWith(sheetName, attributeOf(result, cf.start, "sqref"), cleared))
      result = splice(result, cf.start, cf.end, "");
  }
  const x14: string[] = [];
  const newFormats = conditionalXml(sheet, styles, highest + 1, x14).replace(
    /<(\/?)(?=[a-zA-Z][\w.-]*[\s/>])/g,
    `<$1${p}`,
  );
  result = withX14Formats(withoutClearedX14(result, sheetName, cleared), p, x14);
  if (newFormats !== "") {
    const root = findElement(result, p, "worksheet")!;
    const close = root.end - `</${p}worksheet>`.length;
    const existing = findElements(result, p, "conditionalFormatting");
    const at =
      existing.length > 0
        ? existing[existing.length - 1].end
        : insertionPoint(result, p, after("conditionalFormatting"), 0, close);
    result = splice(result, at, at, newFormats);
  }

  result = withValidations(result, p, sheet);
  result = withWidths(result, p, sheet);
  result = withViews(result, p, sheet);
  return { xml: result, rows };
}
