import type { Dataset } from "../dataset";
import { getLocale } from "../locale/getLocale";
import { rect } from "../plan/rangeMath";
import { segmentaSheetName } from "../plan/segmentaSheet";
import { SHEET_MAX_ROWS, type PlanIssue, type WriteOp, type WritePlan } from "../plan/types";
import type { Classification } from "../results";
import type { Language } from "../settings";
import type { WorkbookSnapshot } from "../snapshot";
import { actualSheetOps } from "./actualSheetOps";
import { checkSheetOps } from "./checkSheetOps";
import { clientSheetOps } from "./clientSheetOps";
import { mergePlan } from "./mergePlan";
import { mergeTargets } from "./mergeTargets";
import { ownedSheetName } from "./ownedSheetName";
import { ownedPlanColumn } from "./planColumns";
import { planSheetOps } from "./planSheetOps";
import { portraitCheck } from "./portraitCheck";
import { portraitFacts } from "./portraitFacts";
import { portraitGaps } from "./portraitGaps";
import { PORTRAIT_MARKERS, type PortraitSheet } from "./portraitMarkers";
import { readPlan } from "./readPlan";
import { readTargets } from "./readTargets";
import { suggestTargets } from "./suggestTargets";
import { targetSheetOps } from "./targetSheetOps";
import type { PlanRow, PortraitCheck, PortraitFacts, PortraitGaps, TargetMatrix } from "./types";
import { PORTRAIT_WORDS, type PortraitSheetWords } from "./words";

export interface PortraitPlanInput {
  readonly workbook: WorkbookSnapshot;
  readonly dataset: Dataset;
  readonly classification: Classification;
  readonly lang: Language;
  /** Add the suggested targets (products at least `suggestShare` of a segment's active clients buy); marks are never removed. */
  readonly suggest?: boolean;
  readonly suggestShare?: number;
  /** A target cell whose share of buyers is below this is a segment's gap on the actual sheet. Default 0.5. */
  readonly gapShare?: number;
  /** The segment of a client from a client list sheet. */
  readonly segmentOf?: (clientIndex: number) => string | null;
}

/** Everything the portrait sheets show, for the task pane and the command line to summarise. */
export interface PortraitModel {
  readonly sheets: Readonly<Record<PortraitSheet, string>>;
  readonly facts: PortraitFacts;
  readonly targets: TargetMatrix;
  /** How far the target sheet read back reached (its flagged rows and columns are rewritten within it). */
  readonly targetExtent?: TargetMatrix["extent"];
  readonly gaps: PortraitGaps;
  readonly plan: readonly PlanRow[];
  /** How many sheet rows the development plan read back reached (0 on a first run): the rewrite covers them. */
  readonly planRowsBefore: number;
  /** The sheet column of Segmenta's own plan columns (refused at, stage at this run), see `ownedPlanColumn`. */
  readonly planOwnedCol: number;
  readonly check: PortraitCheck;
}

export type PortraitIssue =
  | PlanIssue
  /** A portrait sheet with the user's marks or plan entries exists but was not read into `others`. */
  | { readonly code: "ownSheetNotRead"; readonly sheet: string }
  /** The dataset has no products: there is no portrait to draw. */
  | { readonly code: "noProducts" };

export type PortraitPlanResult =
  | { readonly ok: true; readonly value: WritePlan; readonly model: PortraitModel }
  | { readonly ok: false; readonly issues: readonly PortraitIssue[] };

export type PortraitModelResult = { readonly ok: true; readonly model: PortraitModel } | { readonly ok: false; readonly issues: readonly PortraitIssue[] };

/**
 * Each client's segment: from the client list when one is given, else from the table's segment
 * column; a table without one is a single segment, the whole base ("All clients"), so the portrait,
 * its suggestions, gaps and plan work on it as on any segment.
 * @example segmentOf({ dataset, lang: "en", … })?.(0) // "All clients" when the table has no segment column
 */
function segmentOf(input: PortraitPlanInput): ((clientIndex: number) => string | null) | undefined {
  if (input.segmentOf) return input.segmentOf;
  if (input.dataset.table.columns.some((column) => column.role === "segment")) return undefined;
  const whole = PORTRAIT_WORDS[input.lang].allClients;
  return () => whole;
}

/**
 * The ideal client portrait (§7) without its sheets: facts, targets (the user's marks read back,
 * new segments and products added, the suggestion when asked), gaps, the merged development plan
 * and the check. What the command line prints when it writes no workbook; {@link buildPortraitPlan}
 * adds the write plan.
 * @example portraitModel({ workbook, dataset, classification, lang: "en" }).ok // true
 */
export function portraitModel(input: PortraitPlanInput): PortraitModelResult {
  const { workbook, classification } = input;
  const locale = getLocale(input.lang);
  const sheets = Object.fromEntries(
    (Object.keys(PORTRAIT_MARKERS) as PortraitSheet[]).map((k) => [
      k,
      segmentaSheetName(workbook, PORTRAIT_MARKERS[k], locale.sheets[k]),
    ]),
  ) as Record<PortraitSheet, string>;
  const issues: PortraitIssue[] = [];
  const ownSheet = (k: PortraitSheet) => {
    const name = ownedSheetName(workbook, PORTRAIT_MARKERS[k]);
    if (name === null) return undefined;
    const read = workbook.others?.[name];
    if (!read) issues.push({ code: "ownSheetNotRead", sheet: name });
    return read;
  };
  if (input.dataset.products.length === 0) return { ok: false, issues: [{ code: "noProducts" }] };
  const targetSheet = ownSheet("portrait");
  const planSheet = ownSheet("plan");
  if (issues.length > 0) return { ok: false, issues };

  const facts = portraitFacts(input.dataset, classification, { segmentOf: segmentOf(input) });
  const previous = targetSheet ? readTargets(targetSheet) : undefined;
  let targets = mergeTargets(previous, facts);
  if (input.suggest)
    targets = {
      ...targets,
      marks: new Set([...targets.marks, ...suggestTargets(facts, input.suggestShare).marks]),
    };
  const gaps = portraitGaps(facts, targets, classification);
  const plan = mergePlan(readPlan(planSheet), gaps);
  const check = portraitCheck(facts, targets);
  const planRowsBefore = planSheet ? planSheet.top + planSheet.values.length : 0;
  const planOwnedCol = ownedPlanColumn(planSheet);
  return {
    ok: true,
    model: { sheets, facts, targets, targetExtent: previous?.extent, gaps, plan, planRowsBefore, planOwnedCol, check },
  };
}

/**
 * The write plan of the ideal client portrait (§7): the target sheet (user marks kept, new segments
 * and products added, vanished ones flagged), the actual sheet, the client × product sheet, the
 * development plan (manager entries kept) and the portrait check, all on Segmenta's own sheets.
 * Segmenta's target and plan sheets must be in `workbook.others` (see `portraitSheetsToRead`).
 * @example buildPortraitPlan({ workbook, dataset, classification, lang: "ru" }) // { ok: true, value: { ops, owned }, model }
 */
export function buildPortraitPlan(input: PortraitPlanInput): PortraitPlanResult {
  const built = portraitModel(input);
  if (!built.ok) return built;
  const { model } = built;
  const { sheets, facts, targets, gaps, plan, check } = model;
  const issues: PortraitIssue[] = [];
  for (const [sheet, rows] of [
    [sheets.clientProducts, gaps.clients.length + 1],
    [sheets.plan, plan.length + 1],
  ] as const) {
    if (rows > SHEET_MAX_ROWS) issues.push({ code: "tooManyRows", sheet, rows, limit: SHEET_MAX_ROWS });
  }
  if (issues.length > 0) return { ok: false, issues };

  const words: PortraitSheetWords = {
    ...PORTRAIT_WORDS[input.lang],
    statuses: getLocale(input.lang).statuses,
  };
  const grid = {
    sheet: sheets.portrait,
    segments: targets.segments.length,
    products: targets.products.length,
  };
  const parts: WritePlan[] = [
    targetSheetOps(sheets.portrait, targets, model.targetExtent, words),
    actualSheetOps(sheets.actual, facts, grid, input.gapShare ?? 0.5, words),
    clientSheetOps(sheets.clientProducts, gaps, grid, words),
    planSheetOps(sheets.plan, plan, model.planRowsBefore, words, model.planOwnedCol),
    checkSheetOps(sheets.check, check, words),
  ];
  const ops: WriteOp[] = parts.flatMap((p) => p.ops);
  ops.push({ kind: "select", range: rect(sheets.portrait, 0, 0, 1, 1) });
  return { ok: true, value: { ops, owned: parts.flatMap((p) => p.owned) }, model };
}

/**
 * The names of Segmenta's portrait sheets that hold user entries (marks, plan stages) and must be
 * read into `WorkbookSnapshot.others` before `buildPortraitPlan`.
 * @example portraitSheetsToRead(workbook) // ["Ideal portrait", "Development plan"] after a first run
 */
export function portraitSheetsToRead(workbook: WorkbookSnapshot): string[] {
  return [PORTRAIT_MARKERS.portrait, PORTRAIT_MARKERS.plan].flatMap((m) => ownedSheetName(workbook, m) ?? []);
}
