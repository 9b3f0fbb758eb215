import type { RangeRef } from "../cells";
import type { Dataset } from "../dataset";
import type { Classification, ClientResult } from "../results";
import type { WorkbookSnapshot } from "../snapshot";
import { findResultsColumn } from "./findResultsColumn";
import type { PlanWords } from "./planWords";
import { rect, subtractAll } from "./rangeMath";
import { resultCells, resultFormatOps, resultWidth, resultWidths } from "./resultColumns";
import { findOwned } from "./segmentaSheet";
import type { PlanResult, PlanValue, WriteOp } from "./types";
import { RESULTS_NAME, SHEET_MAX_COLS } from "./types";

/**
 * Results beside a wide table: seven columns on each client's own row, the header in the table's
 * header row, one blank column after the table, past any user cell, in place on a re-run.
 */
export function wideResultsPlan(
  workbook: WorkbookSnapshot,
  dataset: Dataset,
  classification: Classification,
  words: PlanWords,
): PlanResult {
  const table = dataset.table;
  const sheet = workbook.active.name;
  const lastRow = Math.max(table.lastRow, table.headerRow);
  const width = resultWidth(words);
  const previous = findOwned(workbook, RESULTS_NAME, sheet)?.range ?? null;
  const col = findResultsColumn(workbook.active, {
    table: table.range,
    firstRow: table.headerRow,
    lastRow,
    width,
    previous,
  });
  if (col === null) {
    return { ok: false, issues: [{ code: "noRoom", sheet, cols: width, limit: SHEET_MAX_COLS }] };
  }
  const block = rect(sheet, table.headerRow, col, lastRow - table.headerRow + 1, width);
  const ops: WriteOp[] = [];
  for (const stale of staleParts(previous, block, table.range)) ops.push({ kind: "clear", range: stale });
  ops.push(
    { kind: "clear", range: block },
    { kind: "values", range: block, values: blockValues(block, classification.clients, words) },
    ...resultFormatOps(sheet, table.headerRow, table.firstRow, lastRow, col, words),
    { kind: "columnWidths", sheet, col, widths: resultWidths(words) },
    { kind: "name", name: RESULTS_NAME, range: block },
  );
  return { ok: true, value: { ops, owned: [block] } };
}

/** The previous results that the new block and the table do not cover (the table may have grown into them). */
function staleParts(previous: RangeRef | null, block: RangeRef, table: RangeRef): RangeRef[] {
  if (!previous || previous.sheet !== block.sheet) return [];
  return subtractAll(previous, [block, table]);
}

function blockValues(block: RangeRef, clients: readonly ClientResult[], words: PlanWords): PlanValue[][] {
  const byRow = new Map<number, ClientResult>();
  for (const c of clients) if (!byRow.has(c.row)) byRow.set(c.row, c);
  const blank: PlanValue[] = new Array<PlanValue>(resultWidth(words)).fill(null);
  const rows: PlanValue[][] = [[...words.resultHeaders]];
  for (let r = block.row + 1; r < block.row + block.rows; r++) {
    const client = byRow.get(r);
    rows.push(client ? resultCells(client, words) : blank);
  }
  return rows;
}
