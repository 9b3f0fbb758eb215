import { rect } from "../plan/rangeMath";
import type { PlanValue, WriteOp, WritePlan } from "../plan/types";
import { OWNED_PLAN_COLUMNS, PLAN_COLUMNS, planColumn } from "./planColumns";
import { PORTRAIT_MARKERS } from "./portraitMarkers";
import { STAGES, type PlanRow } from "./types";
import type { PortraitSheetWords } from "./words";

const WIDTHS: readonly number[] = [14, 24, 16, 6, 14, 16, 18, 14, 12, 30, 16];

/**
 * The development plan sheet: the merged rows, the stage as a dropdown of the stage names, dates
 * with a date format, and the row's state (done, gone, …) greyed or greened by a conditional format.
 * `previousRows` is how far the sheet went before: those plan columns are cleared first, so a
 * shorter plan leaves no stale rows; other columns are the user's and are left alone.
 * @example planSheetOps("Development plan", rows, 0, words).owned[0].cols // 11
 */
export function planSheetOps(
  sheet: string,
  rows: readonly PlanRow[],
  previousRows: number,
  words: PortraitSheetWords,
  ownedCol: number = PLAN_COLUMNS.length,
): WritePlan {
  const h = words.headers;
  const cols = PLAN_COLUMNS.length;
  const header: PlanValue[] = PLAN_COLUMNS.map((c) => h[c]);
  const values: PlanValue[][] = [header];
  const stages: PlanValue[][] = [[h.refusedAt, h.lastStage]];
  for (const r of rows) {
    values.push([
      r.clientKey,
      r.client,
      r.segment,
      r.abc,
      r.status === null ? null : words.statuses[r.status],
      r.manager,
      r.product,
      r.stageText ?? words.stages[r.stage],
      r.date,
      r.comment === "" ? null : r.comment,
      r.state === "open" ? null : words.states[r.state],
    ]);
    stages.push([r.refusedAt ? words.stages[r.refusedAt] : null, r.stageText === undefined ? words.stages[r.stage] : null]);
  }
  const n = rows.length;
  const block = rect(sheet, 0, 0, Math.max(n + 1, previousRows), cols);
  const stagesBlock = rect(sheet, 0, ownedCol, Math.max(n + 1, previousRows), OWNED_PLAN_COLUMNS.length);
  const ops: WriteOp[] = [
    { kind: "sheet", sheet, marker: PORTRAIT_MARKERS.plan, clear: false },
    { kind: "clear", range: block },
    { kind: "clear", range: stagesBlock },
  ];
  ops.push(
    { kind: "values", range: rect(sheet, 0, 0, n + 1, cols), values },
    { kind: "values", range: rect(sheet, 0, ownedCol, n + 1, OWNED_PLAN_COLUMNS.length), values: stages },
    { kind: "style", range: rect(sheet, 0, 0, 1, cols), style: { bold: true } },
    { kind: "style", range: rect(sheet, 0, ownedCol, n + 1, OWNED_PLAN_COLUMNS.length), style: { fontColor: "#7F7F7F" } },
  );
  if (n > 0) {
    ops.push(
      { kind: "validation", range: rect(sheet, 1, planColumn("stage"), n, 1), list: STAGES.map((s) => words.stages[s]) },
      { kind: "numberFormat", range: rect(sheet, 1, planColumn("date"), n, 1), format: "yyyy-mm-dd" },
      {
        kind: "conditionalFormat",
        range: rect(sheet, 1, planColumn("state"), n, 1),
        rule: {
          kind: "textEquals",
          rules: [
            { text: words.states.done, fill: "#C6EFCE", fontColor: "#006100" },
            { text: words.states.dropped, fill: "#EDEDED", fontColor: "#595959" },
            { text: words.states.gone, fill: "#EDEDED", fontColor: "#595959" },
          ],
        },
      },
    );
  }
  ops.push(
    { kind: "freeze", sheet, rows: 1, cols: 2 },
    { kind: "columnWidths", sheet, col: 0, widths: WIDTHS },
    { kind: "columnWidths", sheet, col: ownedCol, widths: [14, 16] },
    { kind: "name", name: PORTRAIT_MARKERS.plan, range: rect(sheet, 0, 0, n + 1, cols) },
  );
  return { ops, owned: [block, stagesBlock] };
}
