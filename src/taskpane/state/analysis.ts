import type {
  ColumnOverrides,
  Classification,
  Language,
  PlanIssue,
  ReadResult,
  Settings,
  WorkbookSnapshot,
  WritePlan,
} from "../../core";

/** What the engine makes of a workbook snapshot: the table read, its classification and the write plan. */
export interface Analysis {
  readonly read: ReadResult;
  readonly classification: Classification | null;
  readonly plan: WritePlan | null;
  readonly planIssues: readonly PlanIssue[];
}

export interface AnalyseOptions {
  readonly overrides: ColumnOverrides;
  readonly settings: Settings;
  readonly lang: Language;
}

/** The engine's pipeline as the pane calls it (one pure function, swappable in tests). */
export type Analyse = (snapshot: WorkbookSnapshot, options: AnalyseOptions) => Analysis;
