import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Language, WorkbookSnapshot } from "../core";
import { readCsvFile } from "../csv/csvFile";
import { isCsvFileName } from "../csv/fileNames";
import type { CsvProblem } from "../csv/parseCsv";
import type { ProblemPlace } from "../xlsx/read";
import { NODE_CODECS } from "./decodeText";
import { useNativeZlib } from "./zlibCodec";

/** The input file, read. */
export interface LoadedInput {
  readonly kind: "csv" | "xlsx";
  readonly snapshot: WorkbookSnapshot;
  /** The file's bytes of an .xlsx/.xlsm input (the workbook that `--out` writes a copy of). */
  readonly bytes: Uint8Array | null;
  /** A CSV file's encoding (`utf-8`, `windows-1252`…); null for a workbook. */
  readonly encoding: string | null;
}

/** Why a file could not be read at all; words are the command line's. */
export type LoadProblem =
  | { readonly code: "missingFile" }
  | { readonly code: "unknownType" }
  | { readonly code: "badWorkbook"; readonly place: ProblemPlace }
  | { readonly code: "badCsv"; readonly csv: CsvProblem }
  | { readonly code: "noSheet"; readonly sheet: string; readonly sheets: readonly string[] }
  /** No sheet of the workbook holds a table of clients: the sheets are listed. */
  | { readonly code: "noTableInWorkbook"; readonly sheets: readonly string[] };

/** How the input is read: the sheet asked for, other sheets wanted, the encoding given, the user's language. */
export interface LoadOptions {
  readonly sheet: string | null;
  /** Other sheets to read (a client list, the complaints and survey), or a function of the sheet names giving them. */
  readonly extraSheets?: readonly string[] | ((sheetNames: readonly string[]) => readonly string[]);
  /** Sheets never taken for the table by default (the complaints and survey). */
  readonly notTable?: (name: string) => boolean;
  /** `--encoding`: the CSV file's encoding as given (checked beforehand). */
  readonly encoding?: string | null;
  /** Breaks a tie between two encodings as likely (a Russian user's file is more likely windows-1251). */
  readonly language?: Language;
}

export type LoadResult = { readonly ok: true; readonly value: LoadedInput } | { readonly ok: false; readonly problem: LoadProblem };

async function readBytes(file: string): Promise<Uint8Array | null> {
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}

/**
 * Reads a .csv (any delimiter; UTF-8, UTF-16 or a detected single-byte encoding, see `decodeText`)
 * or .xlsx file (the named sheet, else the first visible sheet with a table) into the snapshot core
 * reads, with notes of what was assumed (the encoding, the sheet chosen); `extraSheets` (a client
 * list, the complaints and survey, or a function of the sheet names giving them) are read into
 * `others`; sheets `notTable` tells are never taken for the table by default.
 */
export async function loadInput(file: string, options: LoadOptions): Promise<LoadResult> {
  const { sheet, extraSheets = [], notTable = () => false } = options;
  const ext = path.extname(file).toLowerCase();
  const workbookFile = ext === ".xlsx" || ext === ".xlsm";
  if (!isCsvFileName(file) && !workbookFile) return { ok: false, problem: { code: "unknownType" } };
  const bytes = await readBytes(file);
  if (bytes === null) return { ok: false, problem: { code: "missingFile" } };
  if (!workbookFile) {
    const read = readCsvFile(bytes, file, NODE_CODECS, {
      ...(options.encoding ? { forced: options.encoding } : {}),
      ...(options.language ? { language: options.language } : {}),
    });
    if (!read.ok) return { ok: false, problem: { code: "badCsv", csv: read.problem } };
    return { ok: true, value: { kind: "csv", snapshot: read.snapshot, bytes: null, encoding: read.encoding } };
  }
  // The streaming reader inflates only the workbook part, styles, shared texts and the sheets read.
  await useNativeZlib();
  const { chooseSheet, openWorkbookReader, problemPlaceOf, snapshotFromReader } = await import("../xlsx/read");
  try {
    const reader = openWorkbookReader(bytes);
    if (sheet === null && chooseSheet(reader, notTable) === null)
      return { ok: false, problem: { code: "noTableInWorkbook", sheets: reader.sheetNames } };
    const extra = typeof extraSheets === "function" ? extraSheets(reader.sheetNames) : extraSheets;
    const snapshot = snapshotFromReader(reader, sheet ?? undefined, extra, notTable);
    if (snapshot === null) return { ok: false, problem: { code: "noSheet", sheet: sheet ?? "", sheets: reader.sheetNames } };
    return { ok: true, value: { kind: "xlsx", snapshot, bytes, encoding: null } };
  } catch (error) {
    return { ok: false, problem: { code: "badWorkbook", place: problemPlaceOf(error) } };
  }
}
