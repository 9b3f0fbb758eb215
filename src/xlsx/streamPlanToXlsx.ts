import { once } from "node:events";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import ExtLstXform from "exceljs/lib/xlsx/xform/sheet/ext-lst-xform";
import { assertFiniteValues, rangeAddress } from "../core";
import type { SheetSnapshot, WritePlan } from "../core";
import type { ApplyReport } from "./applyPlanToWorkbook";
import { planSheets, type PlannedSheet } from "./planSheets";
import { plannedRows } from "./plannedRows";
import { excelColumnWidth } from "./planToExcel";
import { sheetScopedNames } from "./workbookNames";

/** Rows written between two looks at how much of the sheet the zip stream has yet to take. */
const ROWS_PER_PAUSE = 500;
/** Written but not yet compressed bytes of a sheet allowed before the rows wait for the zip stream. */
const BACKLOG_BYTES = 4 << 20;

/**
 * How hard the zip is compressed: as the in-memory writer does. ExcelJS's streaming default is the
 * fastest level, which makes files about a quarter larger for about a tenth less time.
 */
const ZIP_LEVEL = 6;

/**
 * The style of every cell the plan does not format. ExcelJS gives each new cell a style object of
 * its own and looks styles up by object, so one shared object saves a lookup per cell.
 */
const NO_STYLE: Partial<ExcelJS.Style> = Object.freeze({});

/** The stream the zip reads a sheet from (readable-stream 2, which has no `writableLength` yet). */
type ZipQueue = NodeJS.EventEmitter & { readonly _writableState?: { readonly length: number } };

/** What ExcelJS's streaming worksheet keeps but does not type. */
interface StreamSheetExtras {
  /** Validations by address or range. */
  dataValidations: { model: Record<string, ExcelJS.DataValidation> };
  conditionalFormatting: ExcelJS.ConditionalFormattingOptions[];
  /** The sheet's XML on its way into the zip (piped into the zip's queue once the sheet is added). */
  stream: { pipes?: ZipQueue[] };
  /** Writes raw XML into the sheet; the last thing it writes is `</worksheet>`. */
  _write(xml: string): void;
  _writeCloseWorksheet(): void;
}

/**
 * ExcelJS's streaming writer leaves out the `<extLst>` that the in-memory writer adds after the
 * rows for data bars (their Excel 2010 look), yet each data bar rule refers to it: the sheet gets it
 * written just before it closes, from ExcelJS's own writer of that part.
 */
function writeExtensionsOnClose(ws: StreamSheetExtras): void {
  const model = { conditionalFormattings: ws.conditionalFormatting };
  const extensions = new ExtLstXform();
  extensions.prepare(model, {});
  const xml = extensions.toXml(model);
  if (xml === "") return;
  const close = ws._writeCloseWorksheet.bind(ws);
  ws._writeCloseWorksheet = () => {
    ws._write(xml);
    close();
  };
}

/**
 * Waits, when the zip stream is far behind, until it has taken what the sheet wrote. ExcelJS's
 * streaming writer does not wait by itself: without this, a large sheet piles up in memory.
 */
async function zipCaughtUp(ws: StreamSheetExtras): Promise<void> {
  const queue = ws.stream.pipes?.[0];
  if (queue && (queue._writableState?.length ?? 0) > BACKLOG_BYTES) await once(queue, "drain");
  else await new Promise<void>((resolve) => setImmediate(resolve));
}

async function writeSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, sheet: PlannedSheet): Promise<void> {
  const ws = book.addWorksheet(sheet.name, { views: [...sheet.views] });
  // Widths go into the file before the first row, so they are set first.
  for (const [col, width] of [...sheet.widths].sort((a, b) => a[0] - b[0])) ws.getColumn(col + 1).width = excelColumnWidth(width);
  for (const format of sheet.conditionalFormats) ws.addConditionalFormatting(format);
  const extras = ws as unknown as StreamSheetExtras;
  writeExtensionsOnClose(extras);
  const validations = extras.dataValidations.model;
  for (const { range, validation } of sheet.validations) validations[rangeAddress(range, false)] = validation;
  let written = 0;
  for (const { row, cells } of plannedRows(sheet.layers)) {
    const excelRow = ws.getRow(row + 1);
    for (const { col, value, style } of cells) {
      const cell = excelRow.getCell(col + 1);
      if (value !== null) cell.value = value;
      cell.style = style ?? NO_STYLE;
    }
    // ExcelJS's streaming writer drops a row without values; formatted empty cells are kept, as in memory.
    if (!excelRow.hasValues) Object.defineProperty(excelRow, "hasValues", { value: true });
    excelRow.commit();
    if (++written % ROWS_PER_PAUSE === 0) await zipCaughtUp(extras);
  }
  ws.commit();
}

/**
 * Writes a new .xlsx to `stream`: the sheet of a CSV file with `plan` carried out on it, the same
 * workbook `applyPlanToWorkbook` makes in memory (values, formulas, number formats, styles,
 * conditional formats, list validations, column widths, freeze panes, the selected sheet and
 * Segmenta's sheet-scoped names), but written row by row through ExcelJS's streaming writer, so
 * memory stays bounded by a few rows plus the plan itself. Charts are skipped and reported.
 * Resolves when the whole file is in `stream`.
 * @example await streamPlanToXlsx(snapshot.active, plan, createWriteStream("out.xlsx")) // { skipped: [{ kind: "chart", … }] }
 */
export async function streamPlanToXlsx(data: SheetSnapshot, plan: WritePlan, stream: Writable): Promise<ApplyReport> {
  assertFiniteValues(plan);
  const planned = planSheets(data, plan);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true, zip: { zlib: { level: ZIP_LEVEL } } });
  const sheetNames = planned.sheets.map((s) => s.name);
  // The writer keeps names cell by cell; the plan's names are given as the file holds them.
  const names = sheetScopedNames(planned.names, sheetNames);
  Object.defineProperty(book.definedNames, "model", { configurable: true, get: () => names });
  if (planned.views.length > 0) book.views = [...planned.views];
  for (const sheet of planned.sheets) await writeSheet(book, sheet);
  await book.commit();
  return { skipped: planned.skipped };
}
