/**
 * A CSV file's bytes to the workbook snapshot core reads, the same for the command line and the
 * standalone page: the encoding found (`decodeText`), the table split (`readCsv`), the sheet named as
 * Excel names the sheet of a CSV it opens, and a note of the encoding used. Nothing here touches
 * Node or the DOM: the platform hands its decoder and detector in (`TextCodecs`).
 */
import type { DetectionNote, Language, WorkbookSnapshot } from "../core";
import { decodeText, type TextCodecs } from "./decodeText";
import { csvSheetName } from "./fileNames";
import { readCsv, type CsvProblem } from "./parseCsv";

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
