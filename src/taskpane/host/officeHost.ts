import type { RangeRef, WritePlan } from "../../core";
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
import type { WorkbookHost } from "./WorkbookHost";

/** A fraction from the Excel layer's (done, total) reports. */
const fraction = (report: (value: number) => void) => (done: number, total: number) =>
  report(total > 0 ? done / total : 1);

/** A plan of one `select` op: the Excel layer brings the sheet to the front and selects the cells. */
async function select(range: RangeRef): Promise<void> {
  const plan: WritePlan = { ops: [{ kind: "select", range }], owned: [] };
  await runSegmentaBatch((context) => applyPlan(context, plan));
}

/** The pane inside Excel: everything goes through `src/excel`, one batch per step. */
export function officeHost(): WorkbookHost {
  const office = officeEnvironment();
  // The sheet the table came from: a run leaves Segmenta's own sheet in front, the next run reads this one.
  let dataSheet: string | undefined;
  return {
    kind: "office",
    displayLanguage: office.displayLanguage,
    dark: office.dark,
    async read(onProgress, extraSheets) {
      const snapshot = await runSegmentaBatch((context) =>
        readSnapshot(context, { onProgress: fraction(onProgress), dataSheet, ...(extraSheets ? { extraSheets } : {}) }),
      );
      dataSheet = snapshot.active.name;
      return snapshot;
    },
    async write(plan, onProgress, signal) {
      // The check and the write share one batch: the user cannot protect a sheet or type into
      // Segmenta's cells between them.
      const result = await runSegmentaBatch((context) =>
        writePlan(context, plan, { onProgress: fraction(onProgress), signal, supports: excelApiSupported }),
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
