import type { ClientInfo, InputIssue } from "../dataset";
import { isBlank, isCellError } from "../cells";
import { cellContent } from "../read/cellContent";
import { errorIssue } from "../read/cellReaders";
import { clientMatcher } from "../read/clientMatcher";
import { foldClientKey, trimKey } from "../read/clientIndex";
import { listText } from "../read/listHeader";
import { isoDate } from "../periods";
import { scoreCell } from "./scoreCell";
import type { ComplaintRecord, SurveyRecord, VoiceIssue, VoiceRecords } from "./types";
import { isCategoryHeader, isResolvedHeader } from "./voiceHeaders";
import { roleColumn, rowClient, voiceGrid, type VoiceGrid, type VoiceSheet } from "./voiceSheet";

export type { VoiceSheet } from "./voiceSheet";

/** The complaints and survey tables to read; null where the run has none. */
export interface VoiceSources {
  readonly complaints: VoiceSheet | null;
  readonly survey: VoiceSheet | null;
}

export type VoiceRead =
  | { readonly ok: true; readonly value: VoiceRecords }
  | { readonly ok: false; readonly issues: readonly (InputIssue | VoiceIssue)[] };

type Match = (written: string | number | boolean) => number;

const textOrNull = (value: unknown): string | null => {
  const t = listText(value as never);
  return t === "" ? null : t;
};

/** Where each complaint column is, -1 when the table has none. */
function complaintColumns(grid: VoiceGrid) {
  const header = grid.header.map((h) => listText(h));
  const taken = [grid.dateCol, grid.clientCol];
  const category = header.findIndex((h, c) => !taken.includes(c) && isCategoryHeader(h));
  const resolved = header.findIndex((h, c) => !taken.includes(c) && isResolvedHeader(h));
  const product = roleColumn(grid.header, "product", [...taken, category, resolved]);
  return { category, resolved, product };
}

function readComplaints(grid: VoiceGrid, match: Match, categories: Map<string, string>): ComplaintRecord[] {
  const { category, resolved, product } = complaintColumns(grid);
  const out: ComplaintRecord[] = [];
  for (let r = grid.headerRow + 1; r < grid.values.length; r++) {
    const written = rowClient(grid, r);
    if (written === null) continue;
    const row = grid.values[r];
    const day = grid.dates(grid.dateCol)(row[grid.dateCol], r, grid.dateCol);
    const cell = resolved < 0 ? null : row[resolved];
    const done = cell === null || cell === undefined || isBlank(cell) ? null : grid.dates(resolved)(cell, r, resolved);
    if (Number.isNaN(day) || (done !== null && Number.isNaN(done))) continue;
    if (done !== null && done < day) {
      grid.issues.push({
        code: "resolvedBeforeDate",
        cell: grid.label(r, resolved),
        content: cellContent(cell),
        date: isoDate(day),
      });
      continue;
    }
    const kind = category < 0 ? null : textOrNull(row[category]);
    if (kind !== null && !categories.has(kind.toLowerCase())) categories.set(kind.toLowerCase(), kind);
    out.push({
      client: match(written),
      key: trimKey(String(written)),
      day,
      category: kind === null ? "" : (categories.get(kind.toLowerCase()) as string),
      product: product < 0 ? null : textOrNull(row[product]),
      resolved: done,
    });
  }
  return out;
}

function readSurvey(grid: VoiceGrid, match: Match, sheet: string): { rows: SurveyRecord[]; questions: string[] } {
  const taken = [grid.dateCol, grid.clientCol];
  const product = roleColumn(grid.header, "product", taken);
  const manager = roleColumn(grid.header, "manager", [...taken, product]);
  const questionCols = grid.header
    .map((h, c) => ({ h: listText(h), c }))
    .filter(({ h, c }) => h !== "" && ![...taken, product, manager].includes(c));
  if (questionCols.length === 0) {
    grid.issues.push({ code: "noQuestions", sheet });
    return { rows: [], questions: [] };
  }
  const rows: SurveyRecord[] = [];
  for (let r = grid.headerRow + 1; r < grid.values.length; r++) {
    const written = rowClient(grid, r);
    if (written === null) continue;
    const row = grid.values[r];
    let lowest = Infinity;
    let bad = false;
    for (const { c } of questionCols) {
      const value = row[c];
      const score = scoreCell(value);
      if (score === "bad") {
        bad = true;
        if (isCellError(value)) grid.issues.push(errorIssue(value, grid.label(r, c)));
        else grid.issues.push({ code: "notAScore", cell: grid.label(r, c), content: cellContent(value) });
      } else if (score !== null && score < lowest) lowest = score;
    }
    const day = grid.dates(grid.dateCol)(row[grid.dateCol], r, grid.dateCol);
    // A questionnaire with no score at all is skipped (§13).
    if (bad || Number.isNaN(day) || lowest === Infinity) continue;
    rows.push({
      client: match(written),
      key: trimKey(String(written)),
      day,
      product: product < 0 ? null : textOrNull(row[product]),
      score: lowest,
    });
  }
  return { rows, questions: questionCols.map((q) => q.h) };
}

/**
 * Reads the complaints and survey tables of METHODOLOGY §13. Headers are found in the top rows
 * (a date and a client column, en/ru/es); a complaint's category, product and resolved date and a
 * survey's product are recognised by their headers, and every other column of the survey is a
 * question. A score that is not a whole 1–5, an unreadable date, a resolved date before its
 * complaint and a row without a client are issues naming their cell; then nothing is given.
 * Clients are matched to the sales by the key rule (§1); the others get client −1.
 * @example readVoice({ complaints: { sheet }, survey: null }, dataset.clients).ok // true
 */
export function readVoice(sources: VoiceSources, clients: readonly ClientInfo[]): VoiceRead {
  const match = clientMatcher(clients);
  const issues: (InputIssue | VoiceIssue)[] = [];
  const categories = new Map<string, string>();
  let complaints: ComplaintRecord[] | null = null;
  let survey: SurveyRecord[] | null = null;
  let questions: string[] = [];
  if (sources.complaints) {
    const grid = voiceGrid(sources.complaints);
    const sheet = sources.complaints.sheet.name;
    if (grid === null) issues.push({ code: "noVoiceHeader", sheet, table: "complaints" });
    else {
      complaints = readComplaints(grid, match, categories);
      issues.push(...grid.issues, ...grid.dateIssues);
    }
  }
  if (sources.survey) {
    const grid = voiceGrid(sources.survey);
    const sheet = sources.survey.sheet.name;
    if (grid === null) issues.push({ code: "noVoiceHeader", sheet, table: "survey" });
    else {
      const read = readSurvey(grid, match, sheet);
      survey = read.rows;
      questions = read.questions;
      issues.push(...grid.issues, ...grid.dateIssues);
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { complaints, survey, categories: [...categories.values()], questions } };
}

/** The key unknown clients are counted by (letter case aside). */
export const unknownKey = (record: { readonly key: string }): string => foldClientKey(record.key);
