// The shapes of a run: what analyseWorkbook is asked (AnalyseOptions) and what it answers (Analysis).
import type { ColumnOverrides, ReadResult } from "../dataset";
import type { TeamFigures } from "../team";
import type { PlanIssue, WritePlan } from "../plan";
import type { PortraitIssue, PortraitModel, PortraitSummary } from "../portrait";
import type { ClassHistory } from "../history";
import type { ReadOptions } from "../read";
import type { RangeRef } from "../cells";
import type { Classification } from "../results";
import type { FunnelModel } from "../funnel";
import type { Language, Settings, SettingsIssue } from "../settings";
import type { SheetSnapshot } from "../snapshot";
import type { VoiceAnalysis, VoiceSources } from "../voice";

/** What the portrait step of a run is asked to do (METHODOLOGY §7). */
export interface PortraitOptions {
  /** Add the suggested targets to the target sheet (marks are never removed). */
  readonly suggest?: boolean;
  /** A target cell whose share of buyers is below this is a segment's gap. Default 0.5. */
  readonly gapShare?: number;
  /**
   * Segments from a client list sheet (client as written → segment, see `readClientList`) instead of
   * the table's segment column; a client missing from the list has no segment.
   */
  readonly clientSegments?: ReadonlyMap<string, string>;
  /** The run's day (Excel serial) that the funnel's overdue dates are measured against; default today. */
  readonly today?: number;
}

export interface AnalyseOptions {
  readonly settings: Settings;
  readonly lang: Language;
  readonly overrides?: ColumnOverrides;
  /** How issues name a cell; the add-in's default is `Sheet!C17`, the command line passes `file.csv: C17`. */
  readonly cellLabel?: (row: number, col: number) => string;
  /** Also plan the ABC-XYZ matrix sheet (default true). */
  readonly matrix?: boolean;
  /** Also plan the Team and Migration sheets of §8 (default true). */
  readonly team?: boolean;
  /** Build the write plan at all (default true); false when only the classes are wanted (JSON, CSV). */
  readonly plan?: boolean;
  /**
   * A client list sheet (see `readClientList`): its SCI column gives the clients' reliability index
   * when the table has none (§11).
   */
  readonly clientList?: SheetSnapshot;
  /** Also build the ideal client portrait sheets (needs a product column). */
  readonly portrait?: PortraitOptions;
  /** Hears each step as it is done, so that a caller can show how far the run is. */
  readonly onStep?: (step: AnalyseStep) => void;
  /** The class history of §14 over this many period ends (fewer when the window is shorter); none when absent. */
  readonly history?: number;
  /** No history for a table of more clients than this (its cost grows with clients × period ends); no limit when absent. */
  readonly historyLimit?: number;
  /** Read only this range of the active sheet (the user's pick between two tables). */
  readonly range?: RangeRef;
  /** The day order of `a/b/yyyy` dates: the user's choice, and the locale's for when none is made. */
  readonly dateOrder?: ReadOptions["dateOrder"];
  /** The complaints and survey tables (§13); see `voiceSourcesOf`. */
  readonly voice?: VoiceSources;
}

/** The steps of `analyseWorkbook`, in order: the table read, the classes and team figures, the sheets planned, the portrait. */
export type AnalyseStep = "table" | "classes" | "sheets" | "portrait";

/** The portrait step's outcome: the model and its summary, or why there is none. */
export interface PortraitAnalysis {
  readonly model: PortraitModel | null;
  readonly summary: PortraitSummary | null;
  readonly issues: readonly PortraitIssue[];
  /** The funnel of the development plan (§12), with the portrait. */
  readonly funnel?: FunnelModel | null;
  /** The name of the Funnel sheet when the run writes one. */
  readonly funnelSheet?: string | null;
}

/** Everything one run produces, step by step; later steps are null when an earlier one stopped. */
export interface Analysis {
  readonly settingsIssues: readonly SettingsIssue[];
  readonly read: ReadResult | null;
  readonly classification: Classification | null;
  readonly plan: WritePlan | null;
  readonly planIssues: readonly PlanIssue[];
  /** Null when the portrait was not asked for. Its issues do not stop the other sheets. */
  readonly portrait?: PortraitAnalysis | null;
  /** The sales team and the client base (§8), with the classification. */
  readonly team?: TeamFigures | null;
  /** The class history (§14) when it was asked for. */
  readonly history?: ClassHistory | null;
  /** Set when the history was asked for and left out because the table has more clients than the limit. */
  readonly historyOff?: { readonly clients: number; readonly limit: number } | null;
  /** Complaints and satisfaction (§13); absent without those tables; issues stop the run. */
  readonly voice?: VoiceAnalysis | null;
}
