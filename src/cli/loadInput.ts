import { readFile } from "node:fs/promises";
import path from "node:path";
import type { WorkbookSnapshot } from "../core";
import type { ProblemPlace } from "../xlsx/read";
import { decodeText, type TextEncoding } from "./decodeText";
import { readCsv, type CsvProblem } from "./parseCsv";
import { useNativeZlib } from "./zlibCodec";

/** The input file, read. */
export interface LoadedInput {
  readonly kind: "csv" | "xlsx";
  readonly snapshot: WorkbookSnapshot;
  /** The file's bytes of an .xlsx/.xlsm input (the workbook that `--out` writes a copy of). */
  readonly bytes: Uint8Array | null;
  readonly encoding: TextEncoding | null;
}

/** Why a file could not be read at all; words are the command line's. */
export type LoadProblem =
  | { readonly code: "missingFile" }
  | { readonly code: "unknownType" }
  | { readonly code: "badWorkbook"; readonly place: ProblemPlace }
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
 * sheet with a table) into the snapshot core reads; `extraSheets` (a client list, the complaints and
 * survey, or a function of the sheet names giving them) are read into `others`; sheets `notTable`
 * tells are never taken for the table by default.
 */
export async function loadInput(
  file: string,
  sheet: string | null,
  extraSheets: readonly string[] | ((sheetNames: readonly string[]) => readonly string[]) = [],
  notTable: (name: string) => boolean = () => false,
): Promise<LoadResult> {
  const ext = path.extname(file).toLowerCase();
  const workbookFile = ext === ".xlsx" || ext === ".xlsm";
  if (ext !== ".csv" && ext !== ".txt" && ext !== ".tsv" && !workbookFile) return { ok: false, problem: { code: "unknownType" } };
  const bytes = await readBytes(file);
  if (bytes === null) return { ok: false, problem: { code: "missingFile" } };
  if (!workbookFile) {
    const { text, encoding } = decodeText(bytes);
    const read = readCsv(text, csvSheetName(file));
    if (!read.ok) return { ok: false, problem: { code: "badCsv", csv: read.problem } };
    const active = read.sheet;
    return { ok: true, value: { kind: "csv", snapshot: { active, sheetNames: [active.name], owned: [] }, bytes: null, encoding } };
  }
  // The streaming reader inflates only the workbook part, styles, shared texts and the sheets read.
  await useNativeZlib();
  const { openWorkbookReader, problemPlaceOf, snapshotFromReader } = await import("../xlsx/read");
  try {
    const reader = openWorkbookReader(bytes);
    const extra = typeof extraSheets === "function" ? extraSheets(reader.sheetNames) : extraSheets;
    const snapshot = snapshotFromReader(reader, sheet ?? undefined, extra, notTable);
    if (snapshot === null) return { ok: false, problem: { code: "noSheet", sheet: sheet ?? "", sheets: reader.sheetNames } };
    return { ok: true, value: { kind: "xlsx", snapshot, bytes, encoding: null } };
  } catch (error) {
    return { ok: false, problem: { code: "badWorkbook", place: problemPlaceOf(error) } };
  }
}
