import type { Language, RangeRef, WorkbookSnapshot } from "../../core";
import { workbookFileWords } from "../../locales/workbookFile";
import type { WorkbookReader } from "../../xlsx/read";
import { languageOf } from "../i18n/createI18n";
import type { SavedChoices, SheetPreview, WorkbookFiles, WorkbookHost } from "./WorkbookHost";

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
const PREVIEW_ROWS = 200;

/**
 * The workbook reader and the patching writer are loaded on first use, so the pane's first JavaScript
 * stays small; neither needs ExcelJS.
 */
const loadReader = () => import("../../xlsx/read");
const loadPatcher = () => import("../../xlsx/patch");

async function blobBytes(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === "function") return blob.arrayBuffer();
  return new Response(blob).arrayBuffer();
}

/**
 * The pane's workbook in the browser: the file's bytes in memory (the bundled sample or a file the
 * user picks), read by the streaming reader and written through `src/xlsx` like the command line does.
 */
export function standaloneHost(env: StandaloneEnvironment): WorkbookHost {
  let bytes: Uint8Array | null = null;
  let reader: WorkbookReader | null = null;
  let fileName = sampleFile(languageOf(env.language));
  let dataSheet: string | undefined;
  let selected: RangeRef | null = null;

  /** Runs a read of the file; a file that cannot be read is an error in the user's words, naming the file. */
  async function reading<T>(
    name: string,
    run: (read: Awaited<ReturnType<typeof loadReader>>) => T,
  ): Promise<T> {
    const read = await loadReader();
    try {
      return run(read);
    } catch (error) {
      throw new Error(
        read.describeWorkbookProblem(
          read.problemPlaceOf(error),
          name,
          workbookFileWords(languageOf(env.language)),
        ),
      );
    }
  }

  async function open(data: ArrayBuffer, name: string): Promise<void> {
    const view = new Uint8Array(data);
    reader = await reading(name, (read) => read.openWorkbookReader(view));
    bytes = view;
    fileName = name;
    dataSheet = undefined;
    selected = null;
  }

  function current(): { bytes: Uint8Array; reader: WorkbookReader } {
    if (!bytes || !reader) throw new Error("No workbook is open.");
    return { bytes, reader };
  }

  async function snapshotOf(sheet: string | undefined, extra: readonly string[] = []): Promise<WorkbookSnapshot> {
    const opened = current().reader;
    const snapshot = await reading(
      fileName,
      (read) => read.snapshotFromReader(opened, sheet, extra) ?? read.snapshotFromReader(opened, undefined, extra),
    );
    if (!snapshot) throw new Error("The workbook has no sheets.");
    return snapshot;
  }

  const files: WorkbookFiles = {
    fileName: () => fileName,
    async openSample(lang = languageOf(env.language)) {
      const file = sampleFile(lang);
      await open(await env.fetchSample(file), file);
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
      const blob = new Blob([new Uint8Array(current().bytes)], {
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
    async read(onProgress, extraSheets) {
      onProgress(0.5);
      const snapshot = await snapshotOf(dataSheet, extraSheets);
      dataSheet = snapshot.active.name;
      onProgress(1);
      return snapshot;
    },
    async write(plan, onProgress, signal) {
      // The file is patched as the command line patches it: the same bytes for the same plan; a sheet
      // protected in the file is refused as Excel's would be.
      const { patchWorkbook, ProtectedSheetError } = await loadPatcher();
      if (signal.aborted) return [];
      onProgress(0);
      let written: Uint8Array;
      try {
        written = patchWorkbook(current().bytes, plan).bytes;
      } catch (error) {
        if (error instanceof ProtectedSheetError) return [{ code: "protected", sheet: error.sheet }];
        throw error;
      }
      reader = await reading(fileName, (read) => read.openWorkbookReader(written));
      bytes = written;
      onProgress(1);
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
