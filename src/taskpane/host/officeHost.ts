import type { RangeRef, WorkbookSnapshot, WritePlan } from "../../core";
import {
  applyPlan,
  excelApiSupported,
  loadChoices,
  officeEnvironment,
  readSnapshot,
  runSegmentaBatch,
  saveChoices,
  writePlan,
} from "../../excel";
import type { EngineClient } from "../engine/engineClient";
import { splitSnapshot } from "../engine/transfer";
import type { WorkbookHost, WorkbookOutline } from "./WorkbookHost";

/** A fraction from the Excel layer's (done, total) reports. */
const fraction = (report: (value: number) => void) => (done: number, total: number) =>
  report(total > 0 ? done / total : 1);

/** A plan of one `select` op: the Excel layer brings the sheet to the front and selects the cells. */
async function select(range: RangeRef): Promise<void> {
  const plan: WritePlan = { ops: [{ kind: "select", range }], owned: [] };
  await runSegmentaBatch((context) => applyPlan(context, plan));
}

/** Of a read, the share of the bar for Excel's answer; the rest is handing the cells to the engine. */
const EXCEL_SHARE = 0.8;

/** Lets the page paint and answer between two pieces handed to the engine. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The pane inside Excel: every read and write goes through `src/excel` on the page (Office.js lives
 * there), one batch per step; the cells read go to the engine's worker in pieces, and the analysis,
 * with its whole write plan, comes back from it.
 */
export function officeHost(engine: EngineClient): WorkbookHost {
  const office = officeEnvironment();
  // The sheet the table came from: a run leaves Segmenta's own sheet in front, the next run reads this one.
  let dataSheet: string | undefined;
  /** The workbook last read, kept to hand again to a worker started after a cancel. */
  let snapshot: WorkbookSnapshot | null = null;
  let loadedIn = 0;

  async function load(read: WorkbookSnapshot, onProgress: (value: number) => void, signal?: AbortSignal): Promise<WorkbookOutline> {
    const parts = splitSnapshot(read);
    const answers: Promise<WorkbookOutline | null>[] = [];
    // One piece per task: each is copied as it is posted, so the page never holds all of them at once.
    for (let i = 0; i < parts.length; i++) {
      const answer = engine.call({ kind: "load", part: parts[i], last: i === parts.length - 1 }, { signal });
      answer.catch(() => undefined);
      answers.push(answer);
      onProgress((i + 1) / parts.length);
      if (i < parts.length - 1) await nextTask();
    }
    await Promise.all(answers);
    const outline = await answers[answers.length - 1];
    if (!outline) throw new Error("The workbook was not handed over whole.");
    loadedIn = engine.generation;
    return outline;
  }

  return {
    kind: "office",
    displayLanguage: office.displayLanguage,
    dark: office.dark,
    async read(onProgress, signal, extraSheets) {
      const read = await runSegmentaBatch((context) =>
        readSnapshot(context, {
          onProgress: fraction((v) => onProgress(v * EXCEL_SHARE)),
          dataSheet,
          ...(extraSheets ? { extraSheets } : {}),
        }),
      );
      if (signal?.aborted) throw Object.assign(new Error("Cancelled."), { name: "AbortError" });
      dataSheet = read.active.name;
      snapshot = read;
      return load(read, (v) => onProgress(EXCEL_SHARE + (1 - EXCEL_SHARE) * v), signal);
    },
    async analyse(options, onProgress, signal) {
      if (!snapshot) throw new Error("No workbook has been read.");
      if (loadedIn !== engine.generation) await load(snapshot, () => undefined, signal);
      const { analysis } = await engine.call({ kind: "analyse", options, whole: true }, { onProgress, signal });
      return analysis;
    },
    async write(plan, onProgress, signal) {
      // Cancel reaches this far: once Excel starts writing, the write is finished (an Office.js write
      // cannot be taken back, and half a plan would leave the workbook inconsistent).
      if (signal.aborted) throw Object.assign(new Error("Cancelled."), { name: "AbortError" });
      // The check and the write share one batch: the user cannot protect a sheet or type into
      // Segmenta's cells between them.
      const result = await runSegmentaBatch((context) =>
        writePlan(context, plan, { onProgress: fraction(onProgress), supports: excelApiSupported }),
      );
      return result.ok ? [] : result.issues;
    },
    select,
    async useSheet(sheet) {
      dataSheet = sheet;
      await select({ sheet, row: 0, col: 0, rows: 1, cols: 1 });
    },
    loadSettings: async () => loadChoices(office.settings()),
    saveSettings: (saved) => saveChoices(office.settings(), saved),
  };
}
