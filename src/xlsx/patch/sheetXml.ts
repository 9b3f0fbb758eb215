import type ExcelJS from "exceljs";
import { cellAddress, columnIndex, parseRangeAddress, rangeAddress, rangeContains, type RangeRef } from "../../core";
import type { PlannedSheet } from "../planSheets";
import { plannedRows, type PlannedCell } from "../plannedRows";
import { OFFICE_RELATIONSHIPS_NS, PackageError } from "../package";
import type { StyleBook } from "./styleBook";
import { crc32 } from "./zipWriter";
import {
  attributeOf,
  escapeXml,
  findElement,
  findElements,
  insertionPoint,
  prefixOf,
  splice,
  withPrefix,
} from "./xmlText";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The children of `worksheet` after `sheetData`, in schema order (ECMA-376 CT_Worksheet). */
export const AFTER_SHEET_DATA = [
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
const after = (name: string) => AFTER_SHEET_DATA.slice(AFTER_SHEET_DATA.indexOf(name) + 1);

/** A number as the file stores it: NaN and ±Infinity never reach a cell (the plan was checked before). */
function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return String(value);
}

/** One cell's XML: text as an inline string (never a number), formulas without a cached result. */
export function cellXml(row: number, cell: PlannedCell, styles: StyleBook): string {
  const ref = cellAddress(row, cell.col);
  const s = styles.xf(cell.style);
  const style = s === 0 ? "" : ` s="${s}"`;
  const value = cell.value;
  // Empty text is a blank cell, as Excel makes it when "" is written through `values`.
  if (value === null || value === undefined || value === "") return `<c r="${ref}"${style}/>`;
  if (typeof value === "number") return `<c r="${ref}"${style}><v>${numberText(value)}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "string")
    return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
  if (typeof value === "object" && "formula" in value && typeof value.formula === "string")
    return `<c r="${ref}"${style}><f>${escapeXml(value.formula)}</f></c>`;
  throw new TypeError(`a value the plan does not write: ${JSON.stringify(value)}`);
}

/** The planned rows of a sheet, by row. */
function rowsOf(sheet: PlannedSheet): Map<number, readonly PlannedCell[]> {
  const rows = new Map<number, readonly PlannedCell[]>();
  for (const { row, cells } of plannedRows(sheet.layers)) rows.set(row, cells);
  return rows;
}

/** The ranges the plan empties on a sheet (its `clear` ops). */
function clearedRanges(sheet: PlannedSheet): RangeRef[] {
  return sheet.layers.filter((l) => l.kind === "clear").map((l) => l.range);
}

const within = (inner: RangeRef, outer: RangeRef) =>
  inner.row >= outer.row &&
  inner.col >= outer.col &&
  inner.row + inner.rows <= outer.row + outer.rows &&
  inner.col + inner.cols <= outer.col + outer.cols;

/** The ranges of an `sqref` (`A1:B2 D4`), or null when one cannot be read. */
function sqrefRanges(sheet: string, sqref: string): RangeRef[] | null {
  const ranges = sqref
    .trim()
    .split(/\s+/)
    .map((part) => parseRangeAddress(sheet, part));
  return ranges.some((r) => r === null) ? null : (ranges as RangeRef[]);
}

/** True when every range of `sqref` lies inside one of `cleared`: what the plan empties takes it along. */
function goneWith(sheet: string, sqref: string | undefined, cleared: readonly RangeRef[]): boolean {
  const ranges = sqref === undefined ? null : sqrefRanges(sheet, sqref);
  return ranges !== null && ranges.every((r) => cleared.some((c) => within(r, c)));
}

function colourOf(color: Partial<ExcelJS.Color> | undefined): string {
  return `<color rgb="${escapeXml(color?.argb ?? "FF000000")}"/>`;
}

/** The conditional formats of the plan as `conditionalFormatting` elements, priorities from `first` on. */
function conditionalXml(sheet: PlannedSheet, styles: StyleBook, first: number, x14: string[]): string {
  let priority = first;
  return sheet.conditionalFormats
    .map((cf) => {
      const rules = cf.rules
        .map((rule) => {
          const p = priority++;
          const loose = rule as unknown as {
            formulae?: string[];
            cfvo?: { type: string; value?: number }[];
            color?: Partial<ExcelJS.Color> | Partial<ExcelJS.Color>[];
          };
          const cfvo = (loose.cfvo ?? [])
            .map((v) => `<cfvo type="${v.type}"${v.value === undefined ? "" : ` val="${v.value}"`}/>`)
            .join("");
          switch (rule.type) {
            case "expression":
              return `<cfRule type="expression" dxfId="${styles.dxf(rule.style)}" priority="${p}">${(loose.formulae ?? []).map((f) => `<formula>${escapeXml(String(f))}</formula>`).join("")}</cfRule>`;
            case "colorScale": {
              const colours = Array.isArray(loose.color) ? loose.color : [];
              return `<cfRule type="colorScale" priority="${p}"><colorScale>${cfvo}${colours.map(colourOf).join("")}</colorScale></cfRule>`;
            }
            case "dataBar": {
              const colour = Array.isArray(loose.color) ? loose.color[0] : loose.color;
              // Excel 2010's form of the bar lives in the sheet's extension list, joined to the rule by an
              // id; the id is made from the sheet and the rule, so the same plan gives the same bytes.
              const id = `{${crc32(encoder.encode(sheet.name)).toString(16).padStart(8, "0").toUpperCase()}-0000-4000-8000-${String(p).padStart(12, "0")}}`;
              x14.push(x14DataBarXml(id, cf.ref));
              return `<cfRule type="dataBar" priority="${p}"><dataBar>${cfvo}${colourOf(colour)}</dataBar><extLst><ext uri="${X14_RULE_EXT}" xmlns:x14="${X14_NS}"><x14:id>${id}</x14:id></ext></extLst></cfRule>`;
            }
            default:
              throw new TypeError(`a conditional format the plan does not write: ${rule.type}`);
          }
        })
        .join("");
      return `<conditionalFormatting sqref="${escapeXml(cf.ref)}">${rules}</conditionalFormatting>`;
    })
    .join("");
}

const X14_NS = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM_NS = "http://schemas.microsoft.com/office/excel/2006/main";
/** The extension of a `cfRule` pointing at its Excel 2010 form. */
const X14_RULE_EXT = "{B025F937-C7B1-47D3-B67F-A62EFF666E3E}";
/** The worksheet extension holding Excel 2010 conditional formats. */
const X14_SHEET_EXT = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";
const encoder = new TextEncoder();

function x14DataBarXml(id: string, sqref: string): string {
  // As the ExcelJS writer has it: Excel 2010's defaults for the rest (gradient, no border, axis automatic).
  return (
    `<x14:conditionalFormatting xmlns:xm="${XM_NS}"><x14:cfRule type="dataBar" id="${id}">` +
    `<x14:dataBar minLength="0" maxLength="100"><x14:cfvo type="min"/><x14:cfvo type="max"/></x14:dataBar>` +
    `</x14:cfRule><xm:sqref>${escapeXml(sqref)}</xm:sqref></x14:conditionalFormatting>`
  );
}

/** The worksheet's extension list with the Excel 2010 conditional formats `x14` (or `fresh` unchanged when none). */
function withX14Formats(xml: string, p: string, x14: readonly string[]): string {
  if (x14.length === 0) return xml;
  const root = findElement(xml, p, "worksheet")!;
  const close = root.end - `</${p}worksheet>`.length;
  const ext = xml.indexOf(`uri="${X14_SHEET_EXT}"`);
  if (ext >= 0) {
    const end = xml.indexOf("</x14:conditionalFormattings>", ext);
    if (end >= 0) return splice(xml, end, end, x14.join(""));
  }
  const element = `<ext uri="${X14_SHEET_EXT}" xmlns:x14="${X14_NS}"><x14:conditionalFormattings>${x14.join("")}</x14:conditionalFormattings></ext>`;
  const list = xml.lastIndexOf(`</${p}extLst>`, close);
  if (list >= 0 && list > (findElement(xml, p, "sheetData")?.end ?? 0))
    return splice(xml, list, list, element);
  return splice(xml, close, close, `<${p}extLst>${element}</${p}extLst>`);
}

/** The part without the Excel 2010 conditional formats whose cells all lie in what the plan empties. */
function withoutClearedX14(xml: string, sheet: string, cleared: readonly RangeRef[]): string {
  if (cleared.length === 0 || !xml.includes("x14:conditionalFormatting ")) return xml;
  return xml.replace(
    /<x14:conditionalFormatting\b[^>]*>[\s\S]*?<\/x14:conditionalFormatting>/g,
    (element) => {
      const sqref = /<xm:sqref>([^<]*)<\/xm:sqref>/.exec(element)?.[1];
      return goneWith(sheet, sqref, cleared) ? "" : element;
    },
  );
}

function validationXml(range: RangeRef, validation: ExcelJS.DataValidation): string {
  const ref = rangeAddress(range, false);
  const formula = escapeXml(String(validation.formulae[0] ?? ""));
  return `<dataValidation type="${validation.type}"${validation.allowBlank ? ' allowBlank="1"' : ""} showErrorMessage="1" sqref="${ref}"><formula1>${formula}</formula1></dataValidation>`;
}

function colXml(col: number, width: number): string {
  return `<col min="${col + 1}" max="${col + 1}" width="${width}" customWidth="1"/>`;
}

/** A sheet view with the plan's frozen panes and active cell. */
function sheetViewsXml(views: readonly Partial<ExcelJS.WorksheetView>[], selected: boolean): string {
  const view = (views[0] ?? {}) as Partial<{
    state: string;
    xSplit: number;
    ySplit: number;
    topLeftCell: string;
    activeCell: string;
  }>;
  const frozen = view.state === "frozen" && ((view.xSplit ?? 0) > 0 || (view.ySplit ?? 0) > 0);
  const x = view.xSplit ?? 0;
  const y = view.ySplit ?? 0;
  const pane = x > 0 && y > 0 ? "bottomRight" : y > 0 ? "bottomLeft" : "topRight";
  const paneXml = frozen
    ? `<pane${x > 0 ? ` xSplit="${x}"` : ""}${y > 0 ? ` ySplit="${y}"` : ""} topLeftCell="${view.topLeftCell ?? cellAddress(y, x)}" activePane="${pane}" state="frozen"/>`
    : "";
  const active = view.activeCell;
  const selection = active
    ? `<selection${frozen ? ` pane="${pane}"` : ""} activeCell="${active}" sqref="${active}"/>`
    : frozen
      ? `<selection pane="${pane}"/>`
      : "";
  return `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0">${paneXml}${selection}</sheetView></sheetViews>`;
}

/**
 * Stands for the rows in a worksheet part Segmenta writes whole (`newSheetXml`): the part stays a
 * small text that later edits (views, the drawing) work on, and its rows are streamed into the zip.
 * XML cannot hold U+0000, so the placeholder never meets a real part.
 */
export const ROWS_PLACEHOLDER = "\u0000rows\u0000";

/**
 * A whole worksheet part for a sheet Segmenta owns (new, or emptied by its `sheet` op): views, widths,
 * conditional formats and dropdowns, as the plan leaves them, with `ROWS_PLACEHOLDER` inside
 * `sheetData` where `sheetRowsXml` goes.
 */
export function newSheetXml(sheet: PlannedSheet, styles: StyleBook, selected: boolean): string {
  const x14: string[] = [];
  const formats = conditionalXml(sheet, styles, 1, x14);
  const widths = [...sheet.widths].sort((a, b) => a[0] - b[0]);
  const cols = widths.length > 0 ? `<cols>${widths.map(([c, w]) => colXml(c, w)).join("")}</cols>` : "";
  const validations =
    sheet.validations.length > 0
      ? `<dataValidations count="${sheet.validations.length}">${sheet.validations.map((v) => validationXml(v.range, v.validation)).join("")}</dataValidations>`
      : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${OFFICE_RELATIONSHIPS_NS}">` +
    `${sheet.views.length > 0 || selected ? sheetViewsXml(sheet.views, selected) : ""}<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${ROWS_PLACEHOLDER}</sheetData>` +
    `${formats}${validations}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `${x14.length > 0 ? `<extLst><ext uri="${X14_SHEET_EXT}" xmlns:x14="${X14_NS}"><x14:conditionalFormattings>${x14.join("")}</x14:conditionalFormattings></ext></extLst>` : ""}</worksheet>`
  );
}

/**
 * The rows of a sheet Segmenta writes whole, in order, a few thousand rows per piece: a sheet of a
 * million cells is never one string.
 */
export function* sheetRowsXml(sheet: PlannedSheet, styles: StyleBook): Generator<string> {
  let batch: string[] = [];
  for (const { row, cells } of plannedRows(sheet.layers)) {
    batch.push(`<row r="${row + 1}">${cells.map((c) => cellXml(row, c, styles)).join("")}</row>`);
    if (batch.length >= 2000) {
      yield batch.join("");
      batch = [];
    }
  }
  if (batch.length > 0) yield batch.join("");
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
 * Segmenta's ranges changes. The part comes back with `ROWS_PLACEHOLDER` in its `sheetData`, and
 * `rows` makes the rows piece by piece as they are compressed (call it before the styles are written:
 * it adds the styles of the cells it writes), so a sheet of a million cells is never copied whole.
 */
export function patchSheetXml(
  xml: string,
  sheet: PlannedSheet,
  styles: StyleBook,
): { readonly xml: string; readonly rows: () => Iterable<string> } {
  const p = prefixOf(xml, "worksheet");
  const planned = rowsOf(sheet);
  const cleared = clearedRanges(sheet);
  const touched = (row: number) =>
    planned.has(row) || cleared.some((r) => row >= r.row && row < r.row + r.rows);
  const mainRoot = findElement(xml, p, "worksheet");
  if (!mainRoot) throw new PackageError("unreadablePart", undefined, sheet.name);

  // Rows: a merge of the rows the part holds with the rows the plan writes, in order.
  const data = findElement(xml, p, "sheetData");
  if (!data) throw new PackageError("unreadablePart", undefined, sheet.name);
  const inner = data.selfClosing
    ? ""
    : xml.slice(xml.indexOf(">", data.start) + 1, data.end - `</${p}sheetData>`.length);
  const pending = [...planned.keys()].sort((a, b) => a - b);
  const plannedRowXml = (row: number) =>
    `<${p}row r="${row + 1}">${(planned.get(row) ?? []).map((c) => withPrefix(cellXml(row, c, styles), p)).join("")}</${p}row>`;
  /** The rows, made while they are compressed: untouched stretches are slices of the part as it was. */
  function* rows(): Generator<string> {
    let next = 0;
    let implicitRow = -1;
    let copiedFrom = 0;
    for (const rowEl of findElements(inner, p, "row")) {
      const r = attributeOf(inner, rowEl.start, "r");
      const row = r === undefined ? implicitRow + 1 : Number(r) - 1;
      implicitRow = row;
      const before = next < pending.length && pending[next] < row;
      if (!before && !touched(row)) continue;
      // Everything up to this row is copied as it was, then the plan's new rows above it.
      yield inner.slice(copiedFrom, rowEl.start);
      copiedFrom = rowEl.start;
      while (next < pending.length && pending[next] < row) yield plannedRowXml(pending[next++]);
      if (!touched(row)) continue;
      if (next < pending.length && pending[next] === row) next++;
      yield patchRow(inner.slice(rowEl.start, rowEl.end), p, row, planned.get(row), cleared, styles);
      copiedFrom = rowEl.end;
    }
    yield inner.slice(copiedFrom);
    while (next < pending.length) yield plannedRowXml(pending[next++]);
  }
  // The rows are left out of the text: `rows` makes them when the part is compressed.
  let result = splice(xml, data.start, data.end, `<${p}sheetData>${ROWS_PLACEHOLDER}</${p}sheetData>`);
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

  // Dropdowns: the same for data validations, kept in one dataValidations element.
  const dvs = findElement(result, p, "dataValidations");
  const keptValidations: string[] = [];
  if (dvs && !dvs.selfClosing) {
    for (const dv of findElements(result, p, "dataValidation", dvs.start, dvs.end)) {
      if (!goneWith(sheetName, attributeOf(result, dv.start, "sqref"), cleared))
        keptValidations.push(result.slice(dv.start, dv.end));
    }
  }
  const added = sheet.validations.map((v) =>
    withPrefix(validationXml(v.range, v.validation), p),
  );
  if (dvs || added.length > 0) {
    const all = [...keptValidations, ...added];
    const element =
      all.length > 0
        ? `<${p}dataValidations count="${all.length}">${all.join("")}</${p}dataValidations>`
        : "";
    if (dvs) result = splice(result, dvs.start, dvs.end, element);
    else {
      const root = findElement(result, p, "worksheet")!;
      const at = insertionPoint(result, p, after("dataValidations"), 0, root.end - `</${p}worksheet>`.length);
      result = splice(result, at, at, element);
    }
  }

  // Column widths: the plan's columns get their width, other columns keep theirs.
  if (sheet.widths.size > 0) {
    const cols = findElement(result, p, "cols");
    const entries: { min: number; max: number; xml: string }[] = [];
    if (cols && !cols.selfClosing) {
      for (const col of findElements(result, p, "col", cols.start, cols.end)) {
        const min = Number(attributeOf(result, col.start, "min"));
        const max = Number(attributeOf(result, col.start, "max"));
        const text = result.slice(col.start, col.end);
        // A range crossing a planned column is split around it.
        let from = min;
        for (let c = min; c <= max + 1; c++) {
          if (c <= max && !sheet.widths.has(c - 1)) continue;
          if (c > from)
            entries.push({
              min: from,
              max: c - 1,
              xml: text.replace(/\smin="\d+"/, ` min="${from}"`).replace(/\smax="\d+"/, ` max="${c - 1}"`),
            });
          from = c + 1;
        }
      }
    }
    for (const [col, width] of sheet.widths)
      entries.push({
        min: col + 1,
        max: col + 1,
        xml: withPrefix(colXml(col, width), p),
      });
    entries.sort((a, b) => a.min - b.min);
    const element = `<${p}cols>${entries.map((e) => e.xml).join("")}</${p}cols>`;
    if (cols) result = splice(result, cols.start, cols.end, element);
    else {
      const sheetData = findElement(result, p, "sheetData")!;
      result = splice(result, sheetData.start, sheetData.start, element);
    }
  }

  // Views: only when the plan freezes or selects on this sheet.
  if (sheet.views.length > 0) {
    const views = findElement(result, p, "sheetViews");
    const selected = views ? /tabSelected="(1|true)"/.test(result.slice(views.start, views.end)) : false;
    const element = withPrefix(sheetViewsXml(sheet.views, selected), p);
    if (views) result = splice(result, views.start, views.end, element);
    else {
      const anchor =
        findElement(result, p, "sheetFormatPr") ??
        findElement(result, p, "cols") ??
        findElement(result, p, "sheetData")!;
      result = splice(result, anchor.start, anchor.start, element);
    }
  }
  return { xml: result, rows };
}
