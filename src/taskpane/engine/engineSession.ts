import {
  analyseWorkbook,
  voiceSourcesOf,
  type AnalyseStep,
  type Language,
  type WorkbookSnapshot,
  type WritePlan,
  format,
} from "../../core";
import { isCsvFileName, workbookNameOf } from "../../csv/fileNames";
import { csvFileWords } from "../../locales/csvFile";
import { workbookFileWords } from "../../locales/workbookFile";
import { newWorkbookFile, ProtectedSheetError, patchWorkbook } from "../../xlsx/patch";
import {
  describeWorkbookProblem,
  openWorkbookReader,
  problemPlaceOf,
  snapshotFromReader,
  type WorkbookReader,
} from "../../xlsx/read";
import { CsvOpenError, loadDetector, openCsv, type Detector } from "./csvOpen";
import type { EngineReply, EngineRequest, EngineResults, SnapshotPart, WorkbookOutline } from "./protocol";
import { joinSnapshot, splitPlanOps, withoutLongLists } from "./transfer";

/** Sends a reply to the page (with what to transfer rather than copy). */
export type Post = (reply: EngineReply, transfer?: Transferable[]) => void;

/** Where each step of the pipeline ends on a run's bar within the engine's share of it. */
const STEP_DONE: Readonly<Record<AnalyseStep, number>> = { table: 0.3, classes: 0.6, sheets: 0.85, portrait: 1 };
/** Progress is posted when it moved at least this much (a message per percent at most). */
const PROGRESS_STEP = 0.01;
/** How many analyses' plans are kept for a later `patch`: the last one and the one before it. */
const PLANS_KEPT = 2;

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A plan as the page shows it: where each output goes (sheets and names), without its cells. */
export function outlineOf(plan: WritePlan): WritePlan {
  return { ops: plan.ops.filter((op) => op.kind === "sheet" || op.kind === "name" || op.kind === "select"), owned: plan.owned };
}

function outlineOfSnapshot(snapshot: WorkbookSnapshot): WorkbookOutline {
  return { sheet: snapshot.active.name, sheetNames: snapshot.sheetNames, owned: snapshot.owned };
}

type Answer = EngineResults[keyof EngineResults] | undefined;

/**
 * The engine's side of the worker: the open workbook file or CSV file (standalone page) or the
 * workbook Excel read (task pane), the workbook last read, and the plans of the last analyses.
 * Handles one request at a time, in order (a request that waits, as a CSV waits for its encoding
 * detector, holds the ones after it); pure of any worker or DOM global, so tests drive it directly.
 */
export class EngineSession {
  private bytes: Uint8Array | null = null;
  private reader: WorkbookReader | null = null;
  /** The open CSV file's one sheet, until a write makes it a workbook. */
  private csv: WorkbookSnapshot | null = null;
  private fileName = "";
  private lang: Language = "en";
  private snapshot: WorkbookSnapshot | null = null;
  private loading: SnapshotPart[] = [];
  private readonly plans = new Map<number, WritePlan>();
  /** The request being answered while it waits, and those queued behind it; null when none waits. */
  private waiting: Promise<void> | null = null;

  constructor(
    private readonly post: Post,
    private readonly detector: () => Promise<Detector> = loadDetector,
  ) {}

  /**
   * Answers one request: progress and parts as it goes, then `done` or `failed`. Returns a promise
   * only when the answer waits (or waits behind one that does); otherwise it is answered at once.
   */
  handle(request: EngineRequest): Promise<void> | undefined {
    if (this.waiting !== null) return this.hold(this.waiting.then(() => this.answer(request)));
    const pending = this.answer(request);
    return pending === undefined ? undefined : this.hold(pending);
  }

  private hold(pending: Promise<void>): Promise<void> {
    const held: Promise<void> = pending.finally(() => {
      if (this.waiting === held) this.waiting = null;
    });
    this.waiting = held;
    return held;
  }

  private answer(request: EngineRequest): Promise<void> | undefined {
    let last = -1;
    const progress = (value: number) => {
      if (value - last < PROGRESS_STEP && value < 1) return;
      last = value;
      this.post({ id: request.id, kind: "progress", value });
    };
    const done = (result: Answer) => {
      if (result !== undefined) this.post({ id: request.id, kind: "done", result });
    };
    const failed = (error: unknown) =>
      this.post({ id: request.id, kind: "failed", message: this.messageOf(request, error), name: error instanceof Error ? error.name : "Error" });
    try {
      const result = this.run(request, progress);
      if (result instanceof Promise) return result.then(done, failed);
      done(result);
    } catch (error) {
      failed(error);
    }
    return undefined;
  }

  private run(request: EngineRequest, progress: (value: number) => void): Answer | Promise<Answer> {
    switch (request.kind) {
      case "open": {
        const bytes = new Uint8Array(request.bytes);
        // A file that cannot be opened leaves the one open before as it was.
        if (!isCsvFileName(request.name)) return this.opening(request, openWorkbookReader(bytes), bytes, null);
        const csv = openCsv(bytes, request.name, { lang: request.lang, encoding: request.encoding }, this.detector);
        return csv instanceof Promise ? csv.then((read) => this.opening(request, null, null, read)) : this.opening(request, null, null, csv);
      }
      case "preview": {
        const active = this.read(request.sheet, [], progress).active;
        return {
          sheet: active.name,
          sheetNames: this.reader?.sheetNames ?? this.csv?.sheetNames ?? [],
          top: active.top,
          left: active.left,
          values: active.values.slice(0, request.rows),
          formats: active.formats?.slice(0, request.rows),
          moreRows: Math.max(0, active.values.length - request.rows),
        };
      }
      case "read":
        this.snapshot = this.read(request.sheet, request.extra ?? [], progress);
        return outlineOfSnapshot(this.snapshot);
      case "load":
        if (request.part.kind === "head") this.loading = [];
        this.loading.push(request.part);
        if (!request.last) return null;
        this.snapshot = joinSnapshot(this.loading);
        this.loading = [];
        return outlineOfSnapshot(this.snapshot);
      case "analyse":
        return this.analyse(request, progress);
      case "patch":
        return this.patch(request.plan, progress);
    }
  }

  /** Keeps the file just opened: a workbook's reader and bytes, or a CSV's one sheet. */
  private opening(
    request: Extract<EngineRequest, { kind: "open" }>,
    reader: WorkbookReader | null,
    bytes: Uint8Array | null,
    csv: WorkbookSnapshot | null,
  ): EngineResults["open"] {
    this.reader = reader;
    this.bytes = bytes;
    this.csv = csv;
    this.fileName = request.name;
    this.lang = request.lang;
    this.snapshot = null;
    this.plans.clear();
    return { sheetNames: reader?.sheetNames ?? csv?.sheetNames ?? [] };
  }

  /**
   * A sheet of the open file as a snapshot (the first with a table when `sheet` is null or gone); a
   * CSV file's one sheet, as the command line reads it (the encoding used among its notes).
   */
  private read(sheet: string | null, extra: readonly string[], progress: (value: number) => void): WorkbookSnapshot {
    if (this.csv) {
      progress(1);
      return this.csv;
    }
    const reader = this.reader;
    if (!reader) throw new Error("No workbook is open.");
    const onSheet = (fraction: number) => progress(fraction);
    const snapshot =
      (sheet === null ? null : snapshotFromReader(reader, sheet, extra, undefined, onSheet)) ??
      snapshotFromReader(reader, undefined, extra, undefined, onSheet);
    if (!snapshot) throw new Error("The workbook has no sheets.");
    progress(1);
    return snapshot;
  }

  private analyse(request: Extract<EngineRequest, { kind: "analyse" }>, progress: (value: number) => void) {
    if (!this.snapshot) throw new Error("No workbook has been read.");
    const { options } = request;
    const analysis = analyseWorkbook(this.snapshot, {
      settings: options.settings,
      lang: options.lang,
      overrides: options.overrides,
      voice: voiceSourcesOf(this.snapshot, options.voicePicks ?? {}),
      ...(options.range ? { range: options.range } : {}),
      ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
      ...(options.history !== undefined ? { history: options.history } : {}),
      ...(options.historyLimit !== undefined ? { historyLimit: options.historyLimit } : {}),
      ...(options.portrait ? { portrait: options.portrait } : {}),
      onStep: (step) => progress(STEP_DONE[step]),
    });
    progress(1);
    const planId = request.id;
    let shown = analysis;
    if (analysis.plan) {
      this.plans.set(planId, analysis.plan);
      for (const id of [...this.plans.keys()].slice(0, -PLANS_KEPT)) this.plans.delete(id);
      if (request.whole) {
        // The whole plan goes in pieces; `done` carries the plan's owned ranges.
        for (const part of splitPlanOps(analysis.plan))
          this.post({ id: request.id, kind: "part", ops: part.ops, continues: part.continues });
        shown = { ...analysis, plan: { ops: [], owned: analysis.plan.owned } };
      } else shown = { ...analysis, plan: outlineOf(analysis.plan) };
    }
    const { rest, pieces } = withoutLongLists(shown);
    for (const piece of pieces) this.post({ id: request.id, kind: "list", list: piece.list, items: piece.items });
    return { analysis: rest, planId };
  }

  private patch(planOrId: number | WritePlan, progress: (value: number) => void): EngineResults["patch"] {
    const plan = typeof planOrId === "number" ? this.plans.get(planOrId) : planOrId;
    const { bytes, csv } = this;
    if (!plan || (!bytes && !csv)) throw new Error("The plan to write is no longer there: run again.");
    progress(0);
    let written: Uint8Array;
    try {
      // A CSV becomes a new workbook through the same writer as the command line's CSV `--out`.
      written = bytes ? patchWorkbook(bytes, plan).bytes : newWorkbookFile(csv!.active, plan).bytes;
    } catch (error) {
      if (error instanceof ProtectedSheetError) return { file: null, blocks: [{ code: "protected", sheet: error.sheet }] };
      throw error;
    }
    progress(0.8);
    this.reader = openWorkbookReader(written);
    this.bytes = written;
    if (csv) this.fileName = workbookNameOf(this.fileName);
    this.csv = null;
    this.snapshot = null;
    progress(1);
    return { file: new Blob([written as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }), blocks: [] };
  }

  /**
   * What the pane says: a file that cannot be read (opened, previewed, read) in the user's words,
   * naming the file and the part, never the reader's own text; anything else by its message.
   */
  private messageOf(request: EngineRequest, error: unknown): string {
    if (request.kind === "open") this.lang = request.lang;
    const file = request.kind === "open" ? request.name : this.fileName;
    if (error instanceof CsvOpenError) return format(csvFileWords(this.lang)[error.problem.code], { file, ...error.problem });
    if (request.kind === "open" || request.kind === "preview" || request.kind === "read")
      return describeWorkbookProblem(problemPlaceOf(error), file, workbookFileWords(this.lang));
    return error instanceof Error ? error.message : String(error);
  }
}
