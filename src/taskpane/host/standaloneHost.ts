import type { Workbook } from "exceljs";
import type { RangeRef, WorkbookSnapshot } from "../../core";
import type { SavedChoices, SheetPreview, WorkbookFiles, WorkbookHost } from "./WorkbookHost";

/** How the standalone mode gets bytes and keeps choices; a browser by default, fakes in tests. */
export interface StandaloneEnvironment {
  readonly language: string;
  readonly dark: boolean;
  fetchSample(): Promise<ArrayBuffer>;
  readonly storage: Pick<Storage, "getItem" | "setItem"> | null;
}

export const SAMPLE_FILE = "sample-en.xlsx";
const CHOICES_KEY = "segmenta.choices";
const PREVIEW_ROWS = 200;

/** The workbook I/O (and ExcelJS behind it) is loaded on first use, so the pane's first JavaScript stays small. */
const loadWorkbookIo = () => import("../../xlsx");

async function blobBytes(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === "function") return blob.arrayBuffer();
  return new Response(blob).arrayBuffer();
}

/**
 * The pane's workbook in the browser: an ExcelJS workbook in memory (the bundled sample or a file the
 * user picks), read and written through `src/xlsx` like the command line does.
 */
export function standaloneHost(env: StandaloneEnvironment): WorkbookHost {
  let workbook: Workbook | null = null;
  let fileName = SAMPLE_FILE;
  let dataSheet: string | undefined;
  let selected: RangeRef | null = null;

  async function open(bytes: ArrayBuffer, name: string): Promise<void> {
    const xlsx = await loadWorkbookIo();
    workbook = await xlsx.loadWorkbook(bytes);
    fileName = name;
    dataSheet = undefined;
    selected = null;
  }

  function current(): Workbook {
    if (!workbook) throw new Error("No workbook is open.");
    return workbook;
  }

  async function snapshotOf(sheet: string | undefined): Promise<WorkbookSnapshot> {
    const xlsx = await loadWorkbookIo();
    const snapshot = xlsx.snapshotFromWorkbook(current(), sheet) ?? xlsx.snapshotFromWorkbook(current());
    if (!snapshot) throw new Error("The workbook has no sheets.");
    return snapshot;
  }

  const files: WorkbookFiles = {
    fileName: () => fileName,
    async openSample() {
      await open(await env.fetchSample(), SAMPLE_FILE);
    },
    async openFile(file, name) {
      await open(await blobBytes(file), name);
    },
    async preview(sheet): Promise<SheetPreview> {
      const snapshot = await snapshotOf(sheet ?? selected?.sheet ?? dataSheet);
      const active = snapshot.active;
      return {
        sheet: active.name,
        sheetNames: snapshot.sheetNames,
        top: active.top,
        left: active.left,
        values: active.values.slice(0, PREVIEW_ROWS),
        formats: active.formats?.slice(0, PREVIEW_ROWS),
        moreRows: Math.max(0, active.values.length - PREVIEW_ROWS),
        selected: selected && selected.sheet === active.name ? selected : null,
      };
    },
    async download() {
      const xlsx = await loadWorkbookIo();
      const buffer = await xlsx.workbookBytes(current());
      const blob = new Blob([new Uint8Array(buffer)], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      });
      return { blob, fileName };
    },
  };

  return {
    kind: "standalone",
    displayLanguage: env.language,
    dark: env.dark,
    files,
    async read(onProgress) {
      onProgress(0.5);
      const snapshot = await snapshotOf(dataSheet);
      dataSheet = snapshot.active.name;
      onProgress(1);
      return snapshot;
    },
    async write(plan, onProgress, signal) {
      // The file in memory has no protection or filters to respect; the plan only writes Segmenta's own cells.
      const xlsx = await loadWorkbookIo();
      if (signal.aborted) return [];
      onProgress(0);
      xlsx.applyPlanToWorkbook(current(), plan);
      onProgress(1);
      return [];
    },
    async select(range) {
      selected = range;
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
    async fetchSample() {
      const response = await fetch(new URL(`assets/${SAMPLE_FILE}`, document.baseURI).href);
      if (!response.ok) throw new Error(`assets/${SAMPLE_FILE}: HTTP ${response.status}`);
      return response.arrayBuffer();
    },
  };
}
