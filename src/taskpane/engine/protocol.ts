import type {
  AnalyseOptions,
  Analysis,
  ColumnOverrides,
  Language,
  OwnedRange,
  Settings,
  VoicePicks,
  WorkbookSnapshot,
  WriteOp,
  WritePlan,
} from "../../core";
import type { SheetPreview, WriteBlock } from "../host/WorkbookHost";

/**
 * The messages between the pane (the page's thread) and the engine's worker. Every request carries an
 * id; the worker answers it with any number of `progress`, `part` and `list` messages, then one `done`
 * or `failed`. A message is rebuilt on the page in one go, so large results come in pieces: each
 * piece is one short task for the page, where one message of 100,000 sales' results held it for
 * most of a second. Requests are handled one at a time, in order. Cancel is `terminate()`: the worker holds
 * nothing that is not committed on the page's side, so a new one can start from there.
 */

/** What the pane asks the engine's pipeline for: the pane's choices (plain data, no functions). */
export interface EngineOptions {
  readonly settings: Settings;
  readonly lang: Language;
  readonly overrides: ColumnOverrides;
  /** Also build the portrait sheets; `suggest` adds the suggested targets. */
  readonly portrait?: { readonly suggest?: boolean };
  /** The complaints and survey sheets the user picked (§13); absent: the sheets named as §13 names them. */
  readonly voicePicks?: VoicePicks;
  /** The table picked and the day order chosen in the Data step (see `readOptions`). */
  readonly range?: AnalyseOptions["range"];
  readonly dateOrder?: AnalyseOptions["dateOrder"];
  /** The class history (§14): over how many period ends, and for tables of at most how many clients. */
  readonly history?: number;
  readonly historyLimit?: number;
}

/** The workbook last read, without its cells: what the pane keeps on its side. */
export interface WorkbookOutline {
  /** The sheet the table was read from. */
  readonly sheet: string;
  readonly sheetNames: readonly string[];
  readonly owned: readonly OwnedRange[];
}

/** A piece of a snapshot handed to the worker (Excel's cells are read on the page's side). */
export type SnapshotPart =
  /** The first piece: everything but the cells, with the sheets' places. */
  | {
      readonly kind: "head";
      readonly sheetNames: readonly string[];
      readonly owned: readonly OwnedRange[];
      readonly sheets: readonly { readonly key: string; readonly name: string; readonly top: number; readonly left: number; readonly formats: boolean }[];
    }
  /** Rows of one sheet (`key` is "" for the active sheet, the sheet's name for the others), in order. */
  | {
      readonly kind: "rows";
      readonly key: string;
      readonly values: WorkbookSnapshot["active"]["values"];
      readonly formats?: readonly (readonly string[])[];
    };

export type EngineRequest =
  /**
   * The standalone page's workbook or CSV file: its bytes are transferred, not copied. A CSV is read
   * in `encoding` when given (the user's choice between two as likely), else in the one detected.
   */
  | { readonly id: number; readonly kind: "open"; readonly bytes: ArrayBuffer; readonly name: string; readonly lang: Language; readonly encoding?: string }
  | { readonly id: number; readonly kind: "preview"; readonly sheet: string | null; readonly rows: number }
  /**
   * Read a sheet of the open file (null: the first with a table) and keep it as the workbook to
   * analyse, with the `extra` sheets (complaints and surveys picked by the user).
   */
  | { readonly id: number; readonly kind: "read"; readonly sheet: string | null; readonly extra?: readonly string[] }
  /** A piece of a workbook read by Excel; the last piece (`last`) makes it the workbook to analyse. */
  | { readonly id: number; readonly kind: "load"; readonly part: SnapshotPart; readonly last: boolean }
  /** Run the pipeline on the workbook kept; `whole` sends the whole write plan back (Excel writes it). */
  | { readonly id: number; readonly kind: "analyse"; readonly options: EngineOptions; readonly whole: boolean }
  /**
   * Write a plan into the open file, the standalone page's write: the plan of analysis `plan` (its
   * request's id), or a small plan the page made itself (the empty Complaints and Survey sheets).
   */
  | { readonly id: number; readonly kind: "patch"; readonly plan: number | WritePlan };

/** What each request's `done` carries. */
export interface EngineResults {
  readonly open: { readonly sheetNames: readonly string[] };
  readonly preview: Omit<SheetPreview, "selected">;
  readonly read: WorkbookOutline;
  readonly load: WorkbookOutline | null;
  /** `planId` names the plan for a later `patch` (the analysis's request id). */
  readonly analyse: { readonly analysis: Analysis; readonly planId: number };
  /** The file as written (a Blob: handed over without copying), or why it was not written. */
  readonly patch: { readonly file: Blob | null; readonly blocks: readonly WriteBlock[] };
}

export type EngineReply =
  /** How far the request is, 0..1. */
  | { readonly id: number; readonly kind: "progress"; readonly value: number }
  /** A piece of a large write plan, sent before `done` so that no one message is large. */
  | { readonly id: number; readonly kind: "part"; readonly ops: readonly WriteOp[]; readonly continues: boolean }
  /** A piece of one of an analysis's long lists (see `LONG_LISTS`), sent before `done` likewise. */
  | { readonly id: number; readonly kind: "list"; readonly list: number; readonly items: readonly unknown[] }
  | { readonly id: number; readonly kind: "done"; readonly result: EngineResults[keyof EngineResults] }
  /** `message` is in the user's words (a file that cannot be read names the file and the part). */
  | { readonly id: number; readonly kind: "failed"; readonly message: string; readonly name: string };

/** The least a worker (or a test's stand-in) must offer the page's side. */
export interface WorkerPort {
  postMessage(message: EngineRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<EngineReply>) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}
