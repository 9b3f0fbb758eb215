import { readFile } from "node:fs/promises";
import path from "node:path";
import { cellAddress, quoteSheet, voiceSheetName, voiceSourcesOf, type VoiceSources, type WorkbookSnapshot } from "../core";
import type { VoiceSheet } from "../core";
import { csvSheetName } from "../csv/fileNames";
import { readCsv } from "../csv/parseCsv";
import { decodeText } from "./decodeText";
import type { LoadProblem } from "./loadInput";

/** The voice options of a run (§13): CSV files, or sheets of the workbook. */
export interface VoiceArgs {
  readonly complaints: string | null;
  readonly survey: string | null;
  readonly complaintsSheet: string | null;
  readonly surveySheet: string | null;
}

/** The sheets of a workbook to read for the voice tables: the named ones, else those named as in §13. */
export function voiceSheetsWanted(args: VoiceArgs, sheetNames: readonly string[]): string[] {
  const wanted = [
    args.complaints === null ? (args.complaintsSheet ?? voiceSheetName(sheetNames, [], "complaints")) : null,
    args.survey === null ? (args.surveySheet ?? voiceSheetName(sheetNames, [], "survey")) : null,
  ];
  return wanted.filter((s): s is string => s !== null);
}

/** True for a sheet that holds a voice table by default or by choice: never the sales table by default. */
export function isVoiceSheet(args: VoiceArgs, name: string): boolean {
  const lower = name.toLowerCase();
  return (
    args.complaintsSheet?.toLowerCase() === lower ||
    args.surveySheet?.toLowerCase() === lower ||
    voiceSheetName([name], [], "complaints") !== null ||
    voiceSheetName([name], [], "survey") !== null
  );
}

export type VoiceInput =
  | { readonly ok: true; readonly value: VoiceSources }
  | { readonly ok: false; readonly file: string; readonly problem: LoadProblem };

async function csvSheet(cwd: string, file: string): Promise<{ ok: true; value: VoiceSheet } | { ok: false; problem: LoadProblem }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.resolve(cwd, file));
  } catch {
    return { ok: false, problem: { code: "missingFile" } };
  }
  const read = readCsv(decodeText(bytes).text, csvSheetName(file));
  if (!read.ok) return { ok: false, problem: { code: "badCsv", csv: read.problem } };
  const prefix = `${path.basename(file)}: `;
  return { ok: true, value: { sheet: read.sheet, cellLabel: (row, col) => `${prefix}${cellAddress(row, col)}` } };
}

/**
 * The complaints and survey tables of a run: `--complaints` / `--survey` CSV files, else the sheets
 * `--complaints-sheet` / `--survey-sheet` name, else the sheets named as in §13. A file that cannot be
 * read, or a named sheet the workbook does not have, is a problem naming it.
 */
export async function voiceInput(args: VoiceArgs, workbook: WorkbookSnapshot, label: string, cwd: string): Promise<VoiceInput> {
  const fromSheets = voiceSourcesOf(workbook, { complaints: args.complaintsSheet, survey: args.surveySheet });
  const named = (sheet: string | null, found: VoiceSheet | null): LoadProblem | null =>
    sheet !== null && found === null ? { code: "noSheet", sheet, sheets: workbook.sheetNames } : null;
  const cellLabel = (sheet: VoiceSheet | null): VoiceSheet | null =>
    sheet === null ? null : { sheet: sheet.sheet, cellLabel: (row, col) => `${path.basename(label)}: ${quoteSheet(sheet.sheet.name)}!${cellAddress(row, col)}` };
  const tables = [
    { file: args.complaints, sheet: args.complaintsSheet, found: fromSheets.complaints },
    { file: args.survey, sheet: args.surveySheet, found: fromSheets.survey },
  ];
  const out: (VoiceSheet | null)[] = [];
  for (const t of tables) {
    if (t.file !== null) {
      const read = await csvSheet(cwd, t.file);
      if (!read.ok) return { ok: false, file: t.file, problem: read.problem };
      out.push(read.value);
      continue;
    }
    const problem = named(t.sheet, t.found);
    if (problem) return { ok: false, file: label, problem };
    out.push(cellLabel(t.found));
  }
  return { ok: true, value: { complaints: out[0], survey: out[1] } };
}
