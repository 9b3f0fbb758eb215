import { readFile } from "node:fs/promises";
import path from "node:path";
import type ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../core";
import { decodeText, type TextEncoding } from "./decodeText";
import { readCsv, type CsvProblem } from "./parseCsv";

/** The input file, read. */
export interface LoadedInput {
  readonly kind: "csv" | "xlsx";
  readonly snapshot: WorkbookSnapshot;
  /** The workbook of an .xlsx input (the copy that `--out` writes). */
  readonly workbook: ExcelJS.Workbook | null;
  readonly encoding: TextEncoding | null;
}

/** Why a file could not be read at all; words are the command line's. */
export type LoadProblem =
  | { readonly code: "missingFile" }
  | { readonly code: "unknownType" }
  | { readonly code: "badWorkbook"; readonly detail: string }
  | { readonly code: "badCsv"; readonly csv: CsvProblem }
  | { readonly code: "noSheet"; readonly sheet: string; readonly sheets: readonly string[] };

export type LoadResult = { readonly ok: true; readonly value: LoadedInput } | { readonly ok: false; readonly problem: LoadProblem };

/** The sheet name Excel gives a CSV file it opens: the file name without extension, at most 31 characters. */
export function csvSheetName(file: string): string {
  const base = path.basename(file, path.extname(file)).replace(/[[\]:*?/\\]/g, "_");
  return (base === "" ? "Sheet1" : base).slice(0, 31);
}

async function readBytes(file: string): Promise<Uint8Array | null> {
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}

/**
 * Reads a .csv (any delimiter, UTF-8 or Windows-1251) or .xlsx file (the named sheet, else the first
 * sheet with a table) into the snapshot core reads; `extraSheets` (a client list) are read into `others`.
 */
export async function loadInput(file: string, sheet: string | null, extraSheets: readonly string[] = []): Promise<LoadResult> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== ".csv" && ext !== ".txt" && ext !== ".tsv" && ext !== ".xlsx") return { ok: false, problem: { code: "unknownType" } };
  const bytes = await readBytes(file);
  if (bytes === null) return { ok: false, problem: { code: "missingFile" } };
  if (ext !== ".xlsx") {
    const { text, encoding } = decodeText(bytes);
    const read = readCsv(text, csvSheetName(file));
    if (!read.ok) return { ok: false, problem: { code: "badCsv", csv: read.problem } };
    const active = read.sheet;
    return { ok: true, value: { kind: "csv", snapshot: { active, sheetNames: [active.name], owned: [] }, workbook: null, encoding } };
  }
  // ExcelJS takes a noticeable time to load: only .xlsx files pay for it.
  const { loadWorkbook, snapshotFromWorkbook } = await import("../xlsx");
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await loadWorkbook(bytes);
  } catch (error) {
    return { ok: false, problem: { code: "badWorkbook", detail: error instanceof Error ? error.message : String(error) } };
  }
  const snapshot = snapshotFromWorkbook(workbook, sheet ?? undefined, extraSheets);
  if (snapshot === null) {
    return { ok: false, problem: { code: "noSheet", sheet: sheet ?? "", sheets: workbook.worksheets.map((ws) => ws.name) } };
  }
  return { ok: true, value: { kind: "xlsx", snapshot, workbook, encoding: null } };
}
