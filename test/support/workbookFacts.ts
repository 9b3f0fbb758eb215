/** What a written .xlsx holds, read back through ExcelJS, in a form two files can be compared by. */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseRangeAddress } from "../../src/core";
import type { SheetSnapshot, WritePlan } from "../../src/core";
import { applyPlanToWorkbook, cellValueOf, loadWorkbook, newWorkbook, splitSheetAddress, workbookBytes } from "./exceljs/exceljsWorkbook";

/** What ExcelJS reads from a sheet but does not type. */
interface LoadedExtras {
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
}

/** A cell's value (formulas as `=text`), number format, font, fill and alignment. */
function cellFacts(cell: ExcelJS.Cell): unknown[] {
  const v = cell.value;
  const value = v !== null && typeof v === "object" && "formula" in v ? `=${v.formula}` : cellValueOf(v);
  const fill = cell.fill?.type === "pattern" ? (cell.fill.fgColor?.argb ?? null) : null;
  const font = cell.font ? [cell.font.bold ?? false, cell.font.italic ?? false, cell.font.color?.argb ?? null] : null;
  const align = cell.alignment ? [cell.alignment.horizontal ?? null, cell.alignment.wrapText ?? false] : null;
  return [value, cell.numFmt ?? null, font, fill, align];
}

export interface SheetFacts {
  readonly name: string;
  /** Address → facts of every cell the file holds, valued or formatted. */
  readonly cells: Record<string, unknown[]>;
  readonly conditionalFormats: readonly unknown[];
  /** Address → validation, one entry per cell (ExcelJS spreads a range over its cells). */
  readonly validations: Record<string, unknown>;
  readonly widths: readonly (number | null)[];
  readonly views: readonly unknown[];
}

export interface WorkbookFacts {
  readonly sheets: readonly SheetFacts[];
  readonly activeTab: number | null;
  /** `name@localSheetId → range`, sorted, as written in workbook.xml. */
  readonly names: readonly string[];
}

function sheetFacts(ws: ExcelJS.Worksheet): SheetFacts {
  const cells: Record<string, unknown[]> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const facts = cellFacts(cell);
      if (facts.some((f) => f !== null)) cells[cell.address] = facts;
    });
  });
  const extras = ws as unknown as LoadedExtras;
  const validations: Record<string, unknown> = {};
  // Whether a wrong entry is refused with a message is left out: Excel's default, which ExcelJS does not write.
  for (const [address, validation] of Object.entries(extras.dataValidations.model))
    if (validation) validations[address] = { ...validation, showErrorMessage: undefined };
  return {
    name: ws.name,
    cells,
    // Data bars carry a fresh random id each time a file is written: whether they have one is what counts.
    conditionalFormats: extras.conditionalFormattings.map((cf) => ({ ref: cf.ref, rules: cf.rules.map((rule) => ("x14Id" in rule ? { ...rule, x14Id: Boolean(rule.x14Id) } : rule)) })),
    validations,
    // ExcelJS is given 9.0001 for a width of 9 (it leaves exactly 9, its default, out of the file).
    widths: (ws.columns ?? []).map((c) => (c.width === undefined ? null : Math.round(c.width * 1000) / 1000)),
    views: ws.views,
  };
}

/** The defined names of an .xlsx as written: name, sheet scope and range. */
async function definedNames(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const unescape = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  return [...xml.matchAll(/<definedName name="([^"]+)"(?: localSheetId="(\d+)")?>([^<]*)<\/definedName>/g)]
    .map(([, name, scope, text]) => {
      const parts = splitSheetAddress(unescape(text));
      const range = parts ? parseRangeAddress(parts.sheet, parts.address) : null;
      return `${name}@${scope ?? "book"} → ${JSON.stringify(range)}`;
    })
    .sort();
}

/**
 * Every sheet's cells (values, number formats, fonts, fills, alignment), conditional formats,
 * validations, column widths and views, the sheet in front and the defined names of an .xlsx file.
 */
export async function workbookFacts(bytes: Uint8Array): Promise<WorkbookFacts> {
  const wb = await loadWorkbook(bytes);
  return {
    sheets: wb.worksheets.map(sheetFacts),
    activeTab: wb.views?.[0]?.activeTab ?? null,
    names: await definedNames(bytes),
  };
}

/**
 * The workbook `applyPlanToWorkbook` (ExcelJS, the tests' reference) makes in memory from a CSV's
 * sheet and a plan, as a file: what the one writer's new workbook must match.
 */
export async function inMemoryWorkbook(sheet: SheetSnapshot, plan: WritePlan): Promise<Uint8Array> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(sheet.name);
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && typeof value !== "object") ws.getCell(sheet.top + r + 1, sheet.left + c + 1).value = value;
    }),
  );
  applyPlanToWorkbook(wb, plan);
  return workbookBytes(wb);
}
