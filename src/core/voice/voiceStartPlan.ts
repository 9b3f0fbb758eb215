import { rect } from "../plan/rangeMath";
import { segmentaSheetName } from "../plan/segmentaSheet";
import type { WriteOp, WritePlan } from "../plan/types";
import type { WorkbookSnapshot } from "../snapshot";
import { SCORE_MAX, SCORE_MIN } from "./scoreCell";
import { VOICE_START_MARKERS, voiceSheetName, type VoiceTable } from "./voiceHeaders";
import type { VoicePicks } from "./voiceSources";
import type { VoiceWords } from "./voiceWords";

/** Rows below the header that get the date formats, the category list and the 1–5 check. */
export const START_ROWS = 2000;
const DATE = "yyyy-mm-dd";

/**
 * Getting started with §13: empty Complaints and Survey sheets with headers in the workbook's
 * language — date formats on the date columns, a category dropdown, a 1–5 dropdown on the question
 * columns and the method's three example questions — for the tables the workbook does not have yet.
 * A sheet already there (named as §13 names it, or added before) is left as it is: its rows are the
 * user's; so is a table the user picked a sheet for (`picks`). Null when both exist.
 * @example voiceStartPlan({ ...wb, sheetNames: ["Sales"] }, voiceWords("en"))?.ops[0] // { kind: "sheet", sheet: "Complaints", … }
 */
export function voiceStartPlan(workbook: WorkbookSnapshot, words: VoiceWords, picks: VoicePicks = {}): WritePlan | null {
  const s = words.start;
  const scores = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, k) => String(SCORE_MIN + k));
  const tables: { table: VoiceTable; name: string; headers: readonly string[]; dates: readonly number[]; lists: readonly { col: number; cols: number; list: readonly string[] }[] }[] = [
    {
      table: "complaints",
      name: s.complaintsSheet,
      headers: [s.complaints.date, s.complaints.client, s.complaints.category, s.complaints.product, s.complaints.resolved],
      dates: [0, 4],
      lists: [{ col: 2, cols: 1, list: s.categories }],
    },
    {
      table: "survey",
      name: s.surveySheet,
      headers: [s.survey.date, s.survey.client, s.survey.product, ...s.questions],
      dates: [0],
      lists: [{ col: 3, cols: s.questions.length, list: scores }],
    },
  ];
  const ops: WriteOp[] = [];
  const owned = [];
  for (const t of tables) {
    if (picks[t.table] || voiceSheetName(workbook.sheetNames, workbook.owned, t.table) !== null) continue;
    const sheet = segmentaSheetName(workbook, VOICE_START_MARKERS[t.table], t.name);
    const header = rect(sheet, 0, 0, 1, t.headers.length);
    owned.push(header);
    ops.push(
      { kind: "sheet", sheet, marker: VOICE_START_MARKERS[t.table], clear: false },
      { kind: "values", range: header, values: [[...t.headers]] },
      { kind: "style", range: header, style: { bold: true } },
      ...t.dates.map((col): WriteOp => ({ kind: "numberFormat", range: rect(sheet, 1, col, START_ROWS, 1), format: DATE })),
      ...t.lists.map((l): WriteOp => ({ kind: "validation", range: rect(sheet, 1, l.col, START_ROWS, l.cols), list: l.list })),
      { kind: "freeze", sheet, rows: 1, cols: 0 },
      { kind: "columnWidths", sheet, col: 0, widths: t.headers.map((h, i) => (i === 1 ? 28 : Math.max(12, h.length + 2))) },
    );
  }
  return ops.length === 0 ? null : { ops, owned };
}
