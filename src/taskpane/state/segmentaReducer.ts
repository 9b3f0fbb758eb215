import {
  DEFAULT_SETTINGS,
  type ColumnOverrides,
  type Language,
  type PortraitAnalysis,
  type PortraitIssue,
  type Settings,
  type VoicePicks,
} from "../../core";
import type { SheetPreview, WorkbookOutline, WriteBlock } from "../host/WorkbookHost";
import type { Analysis } from "./analysis";

/** The three steps a run goes through, in order. */
export type Stage = "read" | "classify" | "write";

/** Where each stage starts and ends on the progress bar (fractions of the whole run). */
export const STAGE_SPAN: Readonly<Record<Stage, readonly [number, number]>> = {
  read: [0, 0.4],
  classify: [0.4, 0.5],
  write: [0.5, 1],
};

export type DetectState =
  | { readonly status: "idle" }
  | { readonly status: "reading"; readonly value: number }
  /** The workbook read (its cells stay with the engine) and the analysis of it. */
  | { readonly status: "ready"; readonly outline: WorkbookOutline; readonly analysis: Analysis }
  | { readonly status: "failed"; readonly message: string };

export type RunState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly stage: Stage; readonly value: number }
  | { readonly status: "done"; readonly analysis: Analysis }
  | { readonly status: "cancelled" }
  /** The data has input errors or nothing to plan: the details are in `analysis`. */
  | { readonly status: "invalid"; readonly analysis: Analysis }
  | { readonly status: "blocked"; readonly blocks: readonly WriteBlock[] }
  | { readonly status: "failed"; readonly message: string };

export type PortraitState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly stage: Stage; readonly value: number }
  | { readonly status: "done"; readonly portrait: PortraitAnalysis }
  /** The data has input errors or nothing to plan (details in `analysis`), or no portrait can be drawn (`issues`). */
  | { readonly status: "invalid"; readonly analysis: Analysis; readonly issues: readonly PortraitIssue[] }
  | { readonly status: "blocked"; readonly blocks: readonly WriteBlock[] }
  | { readonly status: "cancelled" }
  | { readonly status: "failed"; readonly message: string };

/**
 * What the user chose in the Data step about reading the sheet: one of two tables found on it
 * (`tables` keeps both ranges to switch between), the day order of `03/04/2024`-style dates, and
 * the encoding of a CSV file two encodings explain as well (`encodings` keeps both).
 */
export interface ReadChoice {
  /** The sheet the two tables are on: the range is read there only (another sheet is read whole). */
  readonly sheet: string | null;
  readonly tables: readonly [string, string] | null;
  readonly range: string | null;
  readonly dateOrder: "dmy" | "mdy" | null;
  readonly encodings: readonly string[] | null;
  readonly encoding: string | null;
}

export const NO_READ_CHOICE: ReadChoice = {
  sheet: null,
  tables: null,
  range: null,
  dateOrder: null,
  encodings: null,
  encoding: null,
};

export interface SegmentaState {
  readonly lang: Language;
  readonly overrides: ColumnOverrides;
  readonly settings: Settings;
  readonly detect: DetectState;
  readonly run: RunState;
  /** The Portrait step: add the suggested targets on its next run. */
  readonly suggest: boolean;
  readonly portrait: PortraitState;
  /** A portrait run wrote the target sheet into this workbook (the workbook read before it does not show it). */
  readonly portraitWritten: boolean;
  /** The last portrait run was asked to suggest targets. */
  readonly suggested: boolean;
  /** Standalone mode: the open file and the sheet shown in the preview. */
  readonly fileName: string | null;
  /** How many workbooks were opened (standalone mode): the same file may be opened again. */
  readonly openings: number;
  readonly preview: SheetPreview | null;
  readonly readChoice: ReadChoice;
  /** The complaints and survey sheets the user picked in the Satisfaction step (§13); absent: by name. */
  readonly voicePicks: VoicePicks;
}

export type SegmentaAction =
  | { readonly type: "language"; readonly lang: Language }
  | { readonly type: "restored"; readonly overrides: ColumnOverrides; readonly settings: Settings }
  | { readonly type: "overrides"; readonly overrides: ColumnOverrides }
  | { readonly type: "settings"; readonly settings: Settings }
  | { readonly type: "voicePicks"; readonly picks: VoicePicks }
  | { readonly type: "detectStarted" }
  | { readonly type: "detectProgress"; readonly value: number }
  | { readonly type: "detected"; readonly outline: WorkbookOutline; readonly analysis: Analysis }
  | { readonly type: "detectFailed"; readonly message: string }
  | { readonly type: "runProgress"; readonly stage: Stage; readonly value: number }
  | {
      readonly type: "runFinished";
      readonly run: Exclude<RunState, { status: "running" } | { status: "idle" }>;
    }
  | { readonly type: "suggest"; readonly suggest: boolean }
  | { readonly type: "portraitProgress"; readonly stage: Stage; readonly value: number }
  | {
      readonly type: "portraitFinished";
      readonly portrait: Exclude<PortraitState, { status: "running" } | { status: "idle" }>;
    }
  | { readonly type: "fileOpened"; readonly fileName: string }
  /** The same file under a new name: a CSV the page wrote into is a workbook (`sales.csv` → `sales.xlsx`). */
  | { readonly type: "fileNamed"; readonly fileName: string }
  | { readonly type: "preview"; readonly preview: SheetPreview | null }
  | { readonly type: "readChoice"; readonly choice: ReadChoice };

export function initialState(lang: Language): SegmentaState {
  return {
    lang,
    overrides: {},
    settings: DEFAULT_SETTINGS,
    detect: { status: "idle" },
    run: { status: "idle" },
    suggest: false,
    portrait: { status: "idle" },
    portraitWritten: false,
    suggested: false,
    fileName: null,
    openings: 0,
    preview: null,
    readChoice: NO_READ_CHOICE,
    voicePicks: {},
  };
}

/**
 * The overall progress of a run from the progress inside one stage.
 * @example overallProgress("write", 0.5) // 0.75
 */
export function overallProgress(stage: Stage, within: number): number {
  const [from, to] = STAGE_SPAN[stage];
  const clamped = Math.min(1, Math.max(0, Number.isFinite(within) ? within : 0));
  return from + (to - from) * clamped;
}

export function segmentaReducer(state: SegmentaState, action: SegmentaAction): SegmentaState {
  switch (action.type) {
    case "language":
      return { ...state, lang: action.lang };
    case "restored":
      return { ...state, overrides: action.overrides, settings: action.settings };
    case "overrides":
      return { ...state, overrides: action.overrides, run: { status: "idle" }, portrait: { status: "idle" } };
    case "settings":
      return { ...state, settings: action.settings };
    case "voicePicks":
      return { ...state, voicePicks: action.picks };
    case "detectStarted":
      return { ...state, detect: { status: "reading", value: 0 } };
    case "detectProgress":
      return state.detect.status === "reading"
        ? { ...state, detect: { status: "reading", value: action.value } }
        : state;
    case "detected":
      return { ...state, detect: { status: "ready", outline: action.outline, analysis: action.analysis } };
    case "detectFailed":
      return { ...state, detect: { status: "failed", message: action.message } };
    case "runProgress": {
      const value = overallProgress(action.stage, action.value);
      const before = state.run.status === "running" ? state.run.value : 0;
      // The bar never moves back: a stage may report a smaller fraction than the last one.
      return { ...state, run: { status: "running", stage: action.stage, value: Math.max(before, value) } };
    }
    case "runFinished":
      return { ...state, run: action.run };
    case "suggest":
      return { ...state, suggest: action.suggest };
    case "portraitProgress": {
      const value = overallProgress(action.stage, action.value);
      const before = state.portrait.status === "running" ? state.portrait.value : 0;
      return {
        ...state,
        portrait: { status: "running", stage: action.stage, value: Math.max(before, value) },
      };
    }
    case "portraitFinished":
      // Suggestions are written once: the next run keeps them as the user's marks.
      return action.portrait.status === "done"
        ? {
            ...state,
            portrait: action.portrait,
            suggest: false,
            suggested: state.suggest,
            portraitWritten: true,
          }
        : { ...state, portrait: action.portrait };
    case "fileNamed":
      return { ...state, fileName: action.fileName };
    case "fileOpened":
      return {
        ...state,
        fileName: action.fileName,
        openings: state.openings + 1,
        detect: { status: "idle" },
        run: { status: "idle" },
        portrait: { status: "idle" },
        portraitWritten: false,
        preview: null,
        readChoice: NO_READ_CHOICE,
      };
    case "preview":
      return { ...state, preview: action.preview };
    case "readChoice":
      return { ...state, readChoice: action.choice, run: { status: "idle" }, portrait: { status: "idle" } };
  }
}
