import type { ColumnOverrides, ReadResult } from "../dataset";
import { classify } from "../classify";
import { getLocale } from "../locale";
import { buildMatrixPlan, buildResultsPlan, type PlanIssue, type WritePlan } from "../plan";
import { readTable } from "../read";
import type { Classification } from "../results";
import type { Language, Settings } from "../settings";
import { validateSettings, type SettingsIssue } from "../settings";
import type { WorkbookSnapshot } from "../snapshot";
import { combinePlans } from "./combinePlans";

export interface AnalyseOptions {
  readonly settings: Settings;
  readonly lang: Language;
  readonly overrides?: ColumnOverrides;
  /** How issues name a cell; the add-in's default is `Sheet!C17`, the command line passes `file.csv: C17`. */
  readonly cellLabel?: (row: number, col: number) => string;
  /** Also plan the ABC-XYZ matrix sheet (default true). */
  readonly matrix?: boolean;
}

/** Everything one run produces, step by step; later steps are null when an earlier one stopped. */
export interface Analysis {
  readonly settingsIssues: readonly SettingsIssue[];
  readonly read: ReadResult | null;
  readonly classification: Classification | null;
  readonly plan: WritePlan | null;
  readonly planIssues: readonly PlanIssue[];
}

/**
 * The whole engine in one call, the same for the task pane, the standalone page and the command
 * line: snapshot → records → classes → write plan. Pure: it reads the snapshot and returns data.
 * Segmenta's earlier output on the sheet is masked out before the table is looked for, so a re-run
 * reads the user's table and updates its own cells in place.
 * @example analyseWorkbook(snapshot, { settings: DEFAULT_SETTINGS, lang: "en" }).plan?.ops.length
 */
export function analyseWorkbook(workbook: WorkbookSnapshot, options: AnalyseOptions): Analysis {
  const settingsIssues = validateSettings(options.settings);
  if (settingsIssues.length > 0) {
    return { settingsIssues, read: null, classification: null, plan: null, planIssues: [] };
  }
  const owned = workbook.owned.filter((o) => o.range.sheet === workbook.active.name).map((o) => o.range);
  const read = readTable(workbook.active, { overrides: options.overrides, cellLabel: options.cellLabel, owned });
  if (!read.ok) return { settingsIssues, read, classification: null, plan: null, planIssues: [] };

  const classification = classify(read.value, options.settings);
  const input = { workbook, dataset: read.value, classification, locale: getLocale(options.lang) };
  const results = buildResultsPlan(input);
  const matrix = options.matrix === false ? null : buildMatrixPlan(input);
  const planIssues = [...(results.ok ? [] : results.issues), ...(matrix && !matrix.ok ? matrix.issues : [])];
  if (!results.ok || (matrix !== null && !matrix.ok)) {
    return { settingsIssues, read, classification, plan: null, planIssues };
  }
  const plan = combinePlans(matrix?.ok ? [results.value, matrix.value] : [results.value]);
  return { settingsIssues, read, classification, plan, planIssues };
}
