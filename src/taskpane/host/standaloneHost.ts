import type { Language, RangeRef, WritePlan } from "../../core";
import { isCsvFileName, workbookNameOf } from "../../csv/fileNames";
import type { EngineClient } from "../engine/engineClient";
import { languageOf } from "../i18n/createI18n";
import type { SavedChoices, SheetPreview, WorkbookFiles, WorkbookHost, WorkbookOutline } from "./WorkbookHost";

/** How the standalone mode gets bytes and keeps choices; a browser by default, fakes in tests. */
export interface StandaloneEnvironment {
  readonly language: string;
  readonly dark: boolean;
  /** The bytes of a bundled sample workbook, by file name (`sample-ru.xlsx`). */
  fetchSample(file: string): Promise<ArrayBuffer>;
  readonly storage: Pick<Storage, "getItem" | "setItem"> | null;
}

/**
 * The bundled sample of a language: its sales sheet first (every step works on it), then the same
 * clients as a wide table.
 * @example sampleFile("ru") // "sample-ru.xlsx"
 */
export const sampleFile = (lang: Language): string => `sample-${lang}.xlsx`;
const CHOICES_KEY = "segmenta.choices";
/**
 * Rows the preview shows (the rest is counted). Each row is some twenty boxes for the browser to lay
 * out: 100 rows keep the page's layout after a run well inside one short task.
 */
const PREVIEW_ROWS = 100;
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function blobBytes(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === "function") return blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsArrayBuffer(blob);
  });
}

/**
 * The pane's workbook in the browser. The file's bytes live in the engine's worker, which reads,
 * analyses and patches them there (as the command line does); the page keeps only the file as last
 * committed (a Blob: the file picked, or the one a write produced), which is what Download saves and
 * what a worker started after a cancel opens again. A write is committed only when the worker hands
 * the whole new file back, so a cancelled one leaves the file as it was.
 */
export function standaloneHost(env: StandaloneEnvironment, engine: EngineClient): WorkbookHost {
  const lang = languageOf(env.language);
  /** The file as last committed; `encoding`: a CSV read in the encoding the user chose. */
  let committed: { readonly file: Blob; readonly name: string; readonly encoding?: string } | null = null;
  let openedIn = 0;
  let readIn = 0;
  let dataSheet: string | undefined;
  let selected: RangeRef | null = null;
  /** Which worker analysis each plan the pane holds is, for `patch`. */
  const planIds = new WeakMap<WritePlan, { readonly id: number; readonly worker: number }>();

  async function open(file: Blob, name: string, signal?: AbortSignal, encoding?: string): Promise<void> {
    const bytes = await blobBytes(file);
    await engine.call({ kind: "open", bytes, name, lang, ...(encoding ? { encoding } : {}) }, { transfer: [bytes], signal });
    openedIn = engine.generation;
  }

  /** The committed file, open in the current worker (again, after a cancel). */
  async function opened(signal?: AbortSignal): Promise<void> {
    if (!committed) throw new Error("No workbook is open.");
    if (openedIn !== engine.generation) await open(committed.file, committed.name, signal, committed.encoding);
  }

  /** The extra sheets of the last read, read again with the table when a new worker needs it. */
  let extra: readonly string[] = [];

  async function read(onProgress: (value: number) => void, signal?: AbortSignal, extraSheets: readonly string[] = extra): Promise<WorkbookOutline> {
    await opened(signal);
    extra = extraSheets;
    const outline = await engine.call({ kind: "read", sheet: dataSheet ?? null, extra: extraSheets }, { onProgress, signal });
    dataSheet = outline.sheet;
    readIn = engine.generation;
    return outline;
  }

  async function openCommitted(file: Blob, name: string): Promise<void> {
    // A file that cannot be opened leaves the one open before as it was (the worker keeps it).
    await open(file, name);
    committed = { file, name };
    dataSheet = undefined;
    selected = null;
    readIn = 0;
  }

  const files: WorkbookFiles = {
    fileName: () => committed?.name ?? sampleFile(lang),
    async openSample(sampleLang = lang) {
      const file = sampleFile(sampleLang);
      await openCommitted(new Blob([await env.fetchSample(file)], { type: XLSX_TYPE }), file);
    },
    async openFile(file, name) {
      await openCommitted(file, name);
    },
    async readAs(encoding) {
      if (!committed) throw new Error("No workbook is open.");
      await open(committed.file, committed.name, undefined, encoding);
      committed = { ...committed, encoding };
      readIn = 0;
    },
    async preview(sheet): Promise<SheetPreview> {
      await opened();
      const shown = await engine.call({ kind: "preview", sheet: sheet ?? selected?.sheet ?? dataSheet ?? null, rows: PREVIEW_ROWS });
      return { ...shown, selected: selected && selected.sheet === shown.sheet ? selected : null };
    },
    async download() {
      if (!committed) throw new Error("No workbook is open.");
      return { blob: committed.file, fileName: committed.name };
    },
  };

  return {
    kind: "standalone",
    displayLanguage: env.language,
    dark: env.dark,
    files,
    read,
    async analyse(options, onProgress, signal) {
      if (readIn !== engine.generation) await read(() => undefined, signal);
      const { analysis, planId } = await engine.call({ kind: "analyse", options, whole: false }, { onProgress, signal });
      if (analysis.plan) planIds.set(analysis.plan, { id: planId, worker: engine.generation });
      return analysis;
    },
    async write(plan, onProgress, signal) {
      // An analysis's plan stays in the worker (only its outline came here); a plan made here goes whole.
      const known = planIds.get(plan);
      if (known && known.worker !== engine.generation) throw new Error("The plan to write is no longer there: run again.");
      await opened(signal);
      const { file, blocks } = await engine.call({ kind: "patch", plan: known ? known.id : plan }, { onProgress, signal });
      if (!file || blocks.length > 0) return blocks;
      // A CSV written into is a workbook from now on, under the workbook's name (`sales.csv` → `sales.xlsx`).
      const name = committed?.name ?? sampleFile(lang);
      committed = { file, name: isCsvFileName(name) ? workbookNameOf(name) : name };
      // The worker opened the written file itself; the sheet read before is read again from it.
      readIn = 0;
      return [];
    },
    async select(range) {
      selected = range;
    },
    async useSheet(sheet) {
      dataSheet = sheet;
      selected = null;
    },
    async loadSettings() {
      const text = env.storage?.getItem(CHOICES_KEY);
      if (!text) return null;
      try {
        return JSON.parse(text) as SavedChoices;
      } catch {
        return null;
      }
    },
    async saveSettings(saved) {
      env.storage?.setItem(CHOICES_KEY, JSON.stringify(saved));
    },
  };
}

/** The standalone environment of a real browser page. */
export function browserEnvironment(): StandaloneEnvironment {
  return {
    language: navigator.language,
    dark: typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches,
    storage: typeof localStorage === "undefined" ? null : localStorage,
    async fetchSample(file) {
      const response = await fetch(new URL(`assets/${file}`, document.baseURI).href);
      if (!response.ok) throw new Error(`assets/${file}: HTTP ${response.status}`);
      return response.arrayBuffer();
    },
  };
}
