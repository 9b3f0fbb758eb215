/**
 * A CSV file's bytes to the workbook snapshot core reads, the same for the command line and the
 * standalone page: the encoding found (`decodeText`), the table split (`readCsv`), the sheet named as
 * Excel names the sheet of a CSV it opens, and a note of the encoding used. Nothing here touches
 * Node or the DOM: the platform hands its decoder and detector in (`TextCodecs`).
 */
import type { DetectionNote, Language, WorkbookSnapshot } from "../core";
import { decodeText, type TextCodecs } from "./decodeText";
import { readCsv, type CsvProblem } from "./parseCsv";

/** The extensions read as delimited text (any delimiter is detected, tab included). */
const TEXT_EXTENSIONS = [".csv", ".txt", ".tsv"];

/** The extension of a file name, lower case, with its dot (`.csv`); "" when there is none. */
function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/** True for a file name Segmenta reads as a CSV (`.csv`, `.txt`, `.tsv`). */
export function isCsvFileName(name: string): boolean {
  return TEXT_EXTENSIONS.includes(extensionOf(name));
}

/**
 * The sheet name Excel gives a CSV file it opens: the file name without folder and extension, at most
 * 31 characters, without the characters a sheet name cannot hold.
 * @example csvSheetName("data/sales 2024.csv") // "sales 2024"
 */
export function csvSheetName(file: string): string {
  const base = file.slice(file.lastIndexOf("/") + 1);
  const stem = base.slice(0, base.length - extensionOf(base).length).replace(/[[\]:*?/\\]/g, "_");
  return (stem === "" ? "Sheet1" : stem).slice(0, 31);
}

/**
 * The name of the workbook a CSV becomes when Segmenta writes into it: its extension replaced by `.xlsx`.
 * @example workbookNameOf("sales.csv") // "sales.xlsx"
 */
export function workbookNameOf(file: string): string {
  const ext = extensionOf(file);
  return `${ext === "" ? file : file.slice(0, file.length - ext.length)}.xlsx`;
}

export type CsvFileResult =
  | { readonly ok: true; readonly snapshot: WorkbookSnapshot; readonly encoding: string }
  | { readonly ok: false; readonly problem: CsvProblem };

/**
 * A CSV file as a one-sheet workbook snapshot, with the encoding used as a detection note (and an
 * encoding as likely, when there is one); a quote left open or a line that does not fit the table
 * is the problem, naming its line.
 */
export function readCsvFile(
  bytes: Uint8Array,
  file: string,
  codecs: TextCodecs,
  options: { readonly forced?: string; readonly language?: Language } = {},
): CsvFileResult {
  const decoded = decodeText(bytes, codecs, options);
  const read = readCsv(decoded.text, csvSheetName(file));
  if (!read.ok) return { ok: false, problem: read.problem };
  const active = read.sheet;
  const note: DetectionNote = { code: "encodingUsed", text: decoded.encoding, ...(decoded.alsoLikely ? { others: [decoded.alsoLikely] } : {}) };
  return { ok: true, snapshot: { active, sheetNames: [active.name], owned: [], notes: [note] }, encoding: decoded.encoding };
}
