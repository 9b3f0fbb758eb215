import { readFile } from "node:fs/promises";
import path from "node:path";
import type { DetectionNote, Language, WorkbookSnapshot } from "../core";
import type { ProblemPlace } from "../xlsx/read";
import { decodeText } from "./decodeText";
import { readCsv, type CsvProblem } from "./parseCsv";
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
  if (ext !== ".csv" && ext !== ".txt" && ext !== ".tsv" && !workbookFile) return { ok: false, problem: { code: "unknownType" } };
  const bytes = await readBytes(file);
  if (bytes === null) return { ok: false, problem: { code: "missingFile" } };
  if (!workbookFile) {
    const decoded = decodeText(bytes, {
      ...(options.encoding ? { forced: options.encoding } : {}),
      ...(options.language ? { language: options.language } : {}),
    });
    const read = readCsv(decoded.text, csvSheetName(file));
    if (!read.ok) return { ok: false, problem: { code: "badCsv", csv: read.problem } };
    const active = read.sheet;
    const note: DetectionNote = { code: "encodingUsed", text: decoded.encoding, ...(decoded.alsoLikely ? { others: [decoded.alsoLikely] } : {}) };
    const snapshot: WorkbookSnapshot = { active, sheetNames: [active.name], owned: [], notes: [note] };
    return { ok: true, value: { kind: "csv", snapshot, bytes: null, encoding: decoded.encoding } };
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
