import type { Classification } from "../results";
import type { WorkbookSnapshot } from "../snapshot";
import type { PlanWords } from "./planWords";
import { rect } from "./rangeMath";
import { resultCells, resultFormatOps, resultWidths } from "./resultColumns";
import { segmentaSheetName } from "./segmentaSheet";
import { sortedClients } from "./sortedClients";
import type { PlanResult, PlanValue, WriteOp } from "./types";
import { CLIENTS_SHEET_MARKER, SHEET_MAX_ROWS } from "./types";

/** Client, Name, Segment, Manager, metric. */
const LEAD_COLUMNS = 5;
const LEAD_WIDTHS: readonly number[] = [16, 28, 14, 16, 14];

/**
 * The client sheet of a long table: one row per client (largest first), its attributes and results,
 * on Segmenta's own sheet, cleared and rewritten on every run.
 */
export function clientSheetPlan(workbook: WorkbookSnapshot, classification: Classification, words: PlanWords): PlanResult {
  const sheet = segmentaSheetName(workbook, CLIENTS_SHEET_MARKER, words.sheets.clients);
  const rows = classification.clients.length + 1;
  if (rows > SHEET_MAX_ROWS) {
    return { ok: false, issues: [{ code: "tooManyRows", sheet, rows, limit: SHEET_MAX_ROWS }] };
  }
  const clients = sortedClients(classification.clients);
  const width = words.clientHeaders.length;
  const block = rect(sheet, 0, 0, rows, width);
  const values: PlanValue[][] = [[...words.clientHeaders]];
  for (const c of clients) values.push(resultCells(c, words, [c.key, c.name, c.segment, c.manager, c.metric]));
  const ops: WriteOp[] = [
    { kind: "sheet", sheet, marker: CLIENTS_SHEET_MARKER, clear: true },
    { kind: "values", range: block, values },
    { kind: "style", range: rect(sheet, 0, 0, 1, LEAD_COLUMNS), style: { bold: true } },
    ...resultFormatOps(sheet, 0, 1, rows - 1, LEAD_COLUMNS, words),
  ];
  if (clients.length > 0) {
    ops.push({ kind: "numberFormat", range: rect(sheet, 1, LEAD_COLUMNS - 1, clients.length, 1), format: "#,##0.00" });
  }
  ops.push(
    { kind: "freeze", sheet, rows: 1, cols: 1 },
    { kind: "columnWidths", sheet, col: 0, widths: [...LEAD_WIDTHS, ...resultWidths(words)] },
    { kind: "name", name: CLIENTS_SHEET_MARKER, range: block },
  );
  return { ok: true, value: { ops, owned: [block] } };
}
