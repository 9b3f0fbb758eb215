import ExcelJS from "exceljs";
import { scopeNamesToSheets } from "./workbookNames";

/**
 * An empty workbook that writes Segmenta's names sheet-scoped, the way the add-in creates them.
 * Use it (or `loadWorkbook`) instead of `new ExcelJS.Workbook()`.
 */
export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  scopeNamesToSheets(wb);
  return wb;
}

/** Reads an .xlsx file's bytes into a workbook that keeps Segmenta's sheet-scoped names. */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = newWorkbook();
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

/** The workbook as .xlsx bytes. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  scopeNamesToSheets(wb);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
