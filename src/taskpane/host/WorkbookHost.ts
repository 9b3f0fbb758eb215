import type { Analysis, ColumnOverrides, Grid, Language, RangeRef, Settings, WritePlan } from "../../core";
import type { WriteIssue } from "../../excel";
import type { EngineOptions, WorkbookOutline } from "../engine/protocol";

export type { EngineOptions, WorkbookOutline };

/** Reports how far a long step is, as a fraction 0..1. */
export type OnProgress = (fraction: number) => void;

/** What the pane remembers per workbook: the last column choices and options. */
export interface SavedChoices {
  readonly overrides: ColumnOverrides;
  readonly settings: Settings;
}

/** Why a plan cannot be written (a protected sheet, a filter, cells in the way), naming sheets and cells. */
export type WriteBlock = WriteIssue;

/** One sheet of the in-browser workbook as the preview shows it. */
export interface SheetPreview {
  readonly sheet: string;
  readonly sheetNames: readonly string[];
  readonly top: number;
  readonly left: number;
  readonly values: Grid;
  /** Number formats per cell where known (percent cells are shown as percents). */
  readonly formats?: readonly (readonly string[])[];
  /** Rows beyond the preview's limit that were not included. */
  readonly moreRows: number;
  /** The cell or range last selected on this sheet (from an input error's button). */
  readonly selected: RangeRef | null;
}

/** The workbook file behind the standalone mode: open, look at, and download it. */
export interface WorkbookFiles {
  /** The name of the open file (the sample's by default). */
  fileName(): string;
  /** Opens the bundled sample in this language (by default the browser's). */
  openSample(lang?: Language): Promise<void>;
  openFile(file: Blob, name: string): Promise<void>;
  /** Reads the open CSV file again in `encoding` rather than the one detected (until another file is opened or it is written). */
  readAs(encoding: string): Promise<void>;
  preview(sheet?: string): Promise<SheetPreview>;
  download(): Promise<{ readonly blob: Blob; readonly fileName: string }>;
}

/**
 * Everything the task pane needs from a workbook. Two adapters: Excel through Office.js, and an
 * in-browser workbook (standalone mode). The pane never reaches past this interface.
 */
export interface WorkbookHost {
  readonly kind: "office" | "standalone";
  /** The display language tag of Office or the browser (`ru-RU`). */
  readonly displayLanguage: string;
  /** True when Office (or the browser) shows a dark theme. */
  readonly dark: boolean;
  /**
   * Reads the workbook's table sheet for the engine (which keeps its cells, off the page's thread)
   * and returns its outline; `extraSheets` (the complaints and survey sheets a user picked) are read
   * with it. Aborting stops it: nothing is kept of it.
   */
  read(onProgress: OnProgress, signal?: AbortSignal, extraSheets?: readonly string[]): Promise<WorkbookOutline>;
  /**
   * Runs the engine's pipeline (`analyseWorkbook`) on the workbook last read, off the page's thread
   * where the host can. The analysis comes back for the pane to show; its plan is what `write` takes.
   */
  analyse(options: EngineOptions, onProgress: OnProgress, signal?: AbortSignal): Promise<Analysis>;
  /**
   * Checks the workbook and writes the plan of the last analysis in one go, so nothing can change in
   * between: when something must stop the write (a protected sheet, cells in the way) nothing is
   * written and the problems come back; otherwise the plan is written and the list is empty. Aborting
   * before the write starts writes nothing; a write that has started is finished, never left halfway
   * (Excel), or not kept at all (a file).
   */
  write(plan: WritePlan, onProgress: OnProgress, signal: AbortSignal): Promise<readonly WriteBlock[]>;
  select(range: RangeRef): Promise<void>;
  /**
   * The sheet the next `read` takes the table from, as the user picked it in the Data step: in Excel
   * it is brought to the front (Segmenta reads the active sheet), in the browser it is remembered.
   */
  useSheet(sheet: string): Promise<void>;
  loadSettings(): Promise<SavedChoices | null>;
  saveSettings(saved: SavedChoices): Promise<void>;
  /** Present only in standalone mode. */
  readonly files?: WorkbookFiles;
}
