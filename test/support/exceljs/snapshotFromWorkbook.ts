import type ExcelJS from "exceljs";
import { holdsTable, NAME_PREFIX, isBlank } from "../../../src/core";
import type { CellValue, DetectionNote, OwnedRange, SheetSnapshot, WorkbookSnapshot } from "../../../src/core";
import { cellValueOf } from "./cellValueOf";
import { withOtherSheets } from "../../../src/xlsx/read/readWorkbook";
import { ownedRanges } from "./workbookNames";

/** Names that mark a whole sheet as Segmenta's (its client sheet, its matrix). */
const SHEET_MARKER_PREFIX = `${NAME_PREFIX}Sheet_`;

/**
 * One worksheet as Excel hands it to an add-in: its used range's values (dates as serials) and the
 * number format of every cell read.
 */
export function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (isBlank(cellValueOf(cell.value))) return;
      top = Math.min(top, rowNumber);
      bottom = Math.max(bottom, rowNumber);
      left = Math.min(left, colNumber);
      right = Math.max(right, colNumber);
    });
  });
  if (bottom < 0) return { name: ws.name, top: 0, left: 0, values: [], formats: [] };
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = ws.getRow(r);
    const rowValues: CellValue[] = [];
    const rowFormats: string[] = [];
    for (let c = left; c <= right; c++) {
      const cell = row.findCell(c);
      rowValues.push(cell ? cellValueOf(cell.value) : null);
      rowFormats.push(cell?.numFmt ?? "");
    }
    values.push(rowValues);
    formats.push(rowFormats);
  }
  return { name: ws.name, top: top - 1, left: left - 1, values, formats };
}

/** The sheets Segmenta created (marked by a `Segmenta_Sheet_…` name). */
function segmentaSheets(owned: readonly OwnedRange[]): Set<string> {
  return new Set(owned.filter((o) => o.name.startsWith(SHEET_MARKER_PREFIX)).map((o) => o.range.sheet));
}

/**
 * The snapshot with `others` holding the sheets core asks for: Segmenta's own sheets that hold the
 * user's entries (the portrait's target marks and plan stages, found by their `Segmenta_Sheet_…`
 * markers through `portraitSheetsToRead`) and any `extra` sheets (a client list). Large report
 * sheets Segmenta rewrites anyway are not read. The standalone page calls it on its workbook too.
 * @example withSheetsToRead(wb, snapshot).others // { "Ideal portrait": {…}, "Development plan": {…} } after a portrait run
 */
export function withSheetsToRead(wb: ExcelJS.Workbook, snapshot: WorkbookSnapshot, extra: readonly string[] = []): WorkbookSnapshot {
  return withOtherSheets(snapshot, extra, (name) => {
    const ws = wb.getWorksheet(name) ?? wb.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
    return ws ? sheetSnapshot(ws) : null;
  });
}

/**
 * The workbook as core reads it: the chosen sheet (by default the first visible sheet that holds a
 * table and is not one of Segmenta's own sheets, named in a note, as the streaming reader chooses;
 * else the first sheet), every sheet name, Segmenta's named ranges, and in
 * `others` Segmenta's own sheets that hold the user's edits and the `extra` sheets (see `withSheetsToRead`).
 * Returns null when `sheetName` is not in the workbook.
 * @example snapshotFromWorkbook(wb, "Sales")?.active.values[0] // the first row of Sales' used range
 */
export function snapshotFromWorkbook(wb: ExcelJS.Workbook, sheetName?: string, extra: readonly string[] = []): WorkbookSnapshot | null {
  const owned = ownedRanges(wb);
  const own = segmentaSheets(owned);
  const sheets = wb.worksheets;
  const notes: DetectionNote[] = [];
  let chosen: ExcelJS.Worksheet | undefined;
  if (sheetName !== undefined)
    chosen = sheets.find((ws) => ws.name === sheetName) ?? sheets.find((ws) => ws.name.toLowerCase() === sheetName.toLowerCase());
  else {
    const hidden: string[] = [];
    for (const ws of sheets) {
      if (own.has(ws.name)) continue;
      if (ws.state !== "visible") hidden.push(ws.name);
      else if (holdsTable(sheetSnapshot(ws))) {
        chosen = ws;
        if (sheets.length > 1) notes.push({ code: "sheetUsed", text: ws.name, ...(hidden.length > 0 ? { others: hidden } : {}) });
        break;
      }
    }
    chosen ??= sheets.find((ws) => !own.has(ws.name) && sheetSnapshot(ws).values.length > 0) ?? sheets[0];
  }
  if (!chosen) return null;
  const snapshot: WorkbookSnapshot = { active: sheetSnapshot(chosen), sheetNames: sheets.map((ws) => ws.name), owned, others: {}, ...(notes.length > 0 ? { notes } : {}) };
  return withSheetsToRead(wb, snapshot, extra);
}
