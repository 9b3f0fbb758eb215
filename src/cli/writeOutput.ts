import { rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type ExcelJS from "exceljs";
import Papa from "papaparse";
import { describeReason } from "../core";
import type { Classification, ClientResult, Locale, WritePlan } from "../core";
import type * as Xlsx from "../xlsx";
import { cleanNumber, cleanOrNull } from "./cleanNumber";
import type { LoadedInput } from "./loadInput";

/**
 * Writes `bytes` to `file` through a temporary file in the same folder and a rename, so a reader
 * never sees half a file and a failed run leaves no file behind.
 */
export async function writeAtomically(file: string, bytes: Uint8Array | string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * The client table as CSV (UTF-8 with a byte order mark, so Excel reads every alphabet): key, name,
 * segment, manager, metric, share, cumulative share, ABC, CV, XYZ, status, reason; largest first.
 */
export function clientTableCsv(result: Classification, locale: Locale): string {
  const c = locale.columns;
  const header = [c.client, c.name, c.segment, c.manager, c.metric[result.settings.metric], c.share, c.cumShare, c.abc, c.cv, c.xyz, c.status, c.reason];
  const rank = (r: ClientResult) => (r.status === "potential" ? 1 : 0);
  // The client sheet's order: largest first, table order among equals, potential clients last.
  const sorted = [...result.clients].sort((x, y) => rank(x) - rank(y) || y.metric - x.metric || x.index - y.index);
  const rows = sorted.map((r) => [
    r.key,
    r.name,
    r.segment ?? "",
    r.manager ?? "",
    cleanNumber(r.metric),
    cleanNumber(r.share),
    cleanOrNull(r.cumShare) ?? "",
    r.abc ?? "",
    cleanOrNull(r.cv) ?? "",
    r.xyz ?? "",
    locale.statuses[r.status],
    describeReason(r, result, locale),
  ]);
  return `\ufeff${Papa.unparse([header, ...rows])}\r\n`;
}

/** The workbook `--out` starts from: the input workbook, or a new one holding the CSV's data sheet. */
function baseWorkbook(input: LoadedInput, xlsx: typeof Xlsx): ExcelJS.Workbook {
  if (input.workbook) return input.workbook;
  const wb = xlsx.newWorkbook();
  const sheet = input.snapshot.active;
  const ws = wb.addWorksheet(sheet.name);
  sheet.values.forEach((row, r) => {
    const excelRow = ws.getRow(sheet.top + r + 1);
    row.forEach((value, c) => {
      if (value !== null && typeof value !== "object") excelRow.getCell(sheet.left + c + 1).value = value;
    });
  });
  return wb;
}

/** The .xlsx `--out` writes and the charts ExcelJS had to leave out. */
export interface WorkbookOutput {
  readonly bytes: Uint8Array;
  readonly skippedCharts: readonly string[];
}

/**
 * The .xlsx `--out` writes: the workbook with the run's write plan (results, matrix sheet, portrait
 * sheets) applied, as the add-in applies it in Excel (charts aside: ExcelJS cannot write them).
 */
export async function resultWorkbook(input: LoadedInput, plan: WritePlan): Promise<WorkbookOutput> {
  const xlsx = await import("../xlsx");
  const wb = baseWorkbook(input, xlsx);
  const { skipped } = xlsx.applyPlanToWorkbook(wb, plan);
  return { bytes: await xlsx.workbookBytes(wb), skippedCharts: skipped.map((s) => s.name) };
}
