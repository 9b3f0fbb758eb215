import { format } from "../locale/format";
import { rect } from "../plan/rangeMath";
import { segmentaSheetName } from "../plan/segmentaSheet";
import { NAME_PREFIX, type PlanValue, type WriteOp, type WritePlan } from "../plan/types";
import type { Stage } from "../portrait/types";
import type { WorkbookSnapshot } from "../snapshot";
import { FUNNEL_STEPS, type FunnelGroup, type FunnelModel } from "./funnelModel";
import type { FunnelWords } from "./funnelWords";
import { padRows } from "../plan/padRow";
import { isoDate } from "../periods";

/** The sheet-scoped name that marks Segmenta's Funnel sheet. */
export const FUNNEL_SHEET_MARKER = `${NAME_PREFIX}Sheet_funnel`;

const STAGES: readonly Stage[] = [...FUNNEL_STEPS, "refused"];

/**
 * The Funnel sheet (§12), Segmenta's own, cleared and rewritten on every run: plan rows per stage
 * with how many reached each stage and the conversion to the next, the same by manager, segment
 * and product, refusals by the stage they came at, and overdue rows, oldest first.
 * @example funnelSheetPlan(workbook, model, words, stageNames).ops[0] // { kind: "sheet", sheet: "Funnel", … }
 */
export function funnelSheetPlan(
  workbook: WorkbookSnapshot,
  model: FunnelModel,
  words: FunnelWords,
  stageNames: Readonly<Record<Stage, string>>,
): WritePlan {
  const sheet = segmentaSheetName(workbook, FUNNEL_SHEET_MARKER, words.sheet);
  const rows: PlanValue[][] = [];
  const bold: number[] = [];
  const percents: { row: number; col: number }[] = [];
  const dates: number[] = [];
  const heading = (values: PlanValue[]) => {
    bold.push(rows.length);
    rows.push(values);
  };

  heading([words.title]);
  rows.push([]);
  heading([words.stage, words.rows, words.reached, words.conversion]);
  for (const stage of STAGES) {
    const i = FUNNEL_STEPS.indexOf(stage as (typeof FUNNEL_STEPS)[number]);
    const step = i >= 0 ? FUNNEL_STEPS[i] : null;
    const conversion = step === null ? null : (model.conversion[i]?.share ?? null);
    if (step !== null && i < model.conversion.length) percents.push({ row: rows.length, col: 3 });
    rows.push([
      stageNames[stage],
      model.stages[stage],
      step === null ? null : model.reached[step],
      conversion,
    ]);
  }
  rows.push([words.total, model.total]);

  const table = (title: string, groups: readonly FunnelGroup[], none: string) => {
    rows.push([]);
    heading([title, ...STAGES.map((s) => stageNames[s]), words.total]);
    for (const g of groups) rows.push([g.name ?? none, ...STAGES.map((s) => g.stages[s]), g.total]);
  };
  table(words.byManager, model.byManager, words.noManager);
  table(words.bySegment, model.bySegment, words.noSegment);
  table(words.byProduct, model.byProduct, "");

  rows.push([]);
  heading([words.refusals]);
  heading([words.refusedAt, words.refusedCount]);
  for (const r of model.refusals) rows.push([r.at === null ? words.notRecorded : stageNames[r.at], r.count]);

  rows.push([]);
  heading([format(words.overdue, { date: isoDate(model.today) })]);
  if (model.overdue.length === 0) rows.push([words.noOverdue]);
  else {
    heading([words.client, words.product, words.manager, words.stage, words.date, words.daysLate]);
    for (const o of model.overdue) {
      dates.push(rows.length);
      rows.push([o.client, o.product, o.manager, stageNames[o.stage], o.date, o.days]);
    }
  }

  const width = Math.max(...rows.map((r) => r.length));
  const values = padRows(rows, width);
  const block = rect(sheet, 0, 0, values.length, width);
  const ops: WriteOp[] = [
    { kind: "sheet", sheet, marker: FUNNEL_SHEET_MARKER, clear: true },
    { kind: "values", range: block, values },
    ...bold.map((row): WriteOp => ({
      kind: "style",
      range: rect(sheet, row, 0, 1, width),
      style: { bold: true },
    })),
    ...percents.map((p): WriteOp => ({
      kind: "numberFormat",
      range: rect(sheet, p.row, p.col, 1, 1),
      format: "0.0%",
    })),
    ...dates.map((row): WriteOp => ({
      kind: "numberFormat",
      range: rect(sheet, row, 4, 1, 1),
      format: "yyyy-mm-dd",
    })),
    { kind: "columnWidths", sheet, col: 0, widths: [26, ...new Array<number>(width - 1).fill(13)] },
    { kind: "name", name: FUNNEL_SHEET_MARKER, range: block },
  ];
  return { ops, owned: [block] };
}
