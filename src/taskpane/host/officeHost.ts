import type { WritePlan } from "../../core";
import {
  applyPlan,
  checkBeforeWrite,
  excelApiSupported,
  loadChoices,
  readSnapshot,
  runSegmentaBatch,
  saveChoices,
} from "../../excel";
import type { WorkbookHost } from "./WorkbookHost";

/** A fraction from the Excel layer's (done, total) reports. */
const fraction = (report: (value: number) => void) => (done: number, total: number) =>
  report(total > 0 ? done / total : 1);

/**
 * True when Office paints its UI dark: the task pane follows the Office theme's body background.
 * @example isDarkColour("#262626") // true
 */
export function isDarkColour(colour: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? "");
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** The pane inside Excel: everything goes through `src/excel`, one batch per step. */
export function officeHost(): WorkbookHost {
  const documentSettings = () => Office.context.document.settings;
  // The sheet the table came from: a run leaves Segmenta's own sheet in front, the next run reads this one.
  let dataSheet: string | undefined;
  return {
    kind: "office",
    displayLanguage: Office.context.displayLanguage ?? "en-US",
    dark: isDarkColour(Office.context.officeTheme?.bodyBackgroundColor),
    async read(onProgress) {
      const snapshot = await runSegmentaBatch((context) =>
        readSnapshot(context, { onProgress: fraction(onProgress), dataSheet }),
      );
      dataSheet = snapshot.active.name;
      return snapshot;
    },
    async check(plan) {
      const result = await runSegmentaBatch((context) => checkBeforeWrite(context, plan));
      return result.ok ? [] : result.issues;
    },
    apply: (plan, onProgress, signal) =>
      runSegmentaBatch((context) =>
        applyPlan(context, plan, { onProgress: fraction(onProgress), signal, supports: excelApiSupported }),
      ),
    async select(range) {
      // A plan of one `select` op: the Excel layer brings the sheet to the front and selects the cells.
      const plan: WritePlan = { ops: [{ kind: "select", range }], owned: [] };
      await runSegmentaBatch((context) => applyPlan(context, plan));
    },
    loadSettings: async () => loadChoices(documentSettings()),
    saveSettings: (saved) => saveChoices(documentSettings(), saved),
  };
}
