import { analyseWorkbook, voiceSourcesOf, type Grid, type RangeRef, type SheetSnapshot, type WorkbookSnapshot, type WritePlan } from "../../../src/core";
import type { SavedChoices, WorkbookHost, WriteBlock } from "../../../src/taskpane/host/WorkbookHost";

/** A workbook host over one sheet held in memory, recording what the pane asked of it. */
export interface FakeHost extends WorkbookHost {
  readonly written: WritePlan[];
  readonly selected: RangeRef[];
  /** The sheets the user picked in the Data step, in order. */
  readonly usedSheets: string[];
  readonly saved: SavedChoices[];
  reads: number;
  /** How many analyses were asked for. */
  analyses: number;
  /** The extra sheets each read was asked for (the complaints and survey sheets a user picked). */
  readonly extraReads: (readonly string[])[];
  /** How many writes began (a held one included). */
  writeStarts: number;
  /** Lets a held `write` finish. */
  release(): void;
}

export interface FakeHostOptions {
  readonly blocks?: readonly WriteBlock[];
  readonly savedChoices?: SavedChoices | null;
  /** `write` waits for `release()` (or the abort signal) before it finishes. */
  readonly holdWrite?: boolean;
  readonly displayLanguage?: string;
  /** What else the workbook holds: Segmenta's names, other sheets, and those sheets as read. */
  readonly workbook?: Partial<Pick<WorkbookSnapshot, "sheetNames" | "owned" | "others">>;
  /** More sheets with tables, after `sheet`: the Data step's sheet picker reads them. */
  readonly moreSheets?: readonly SheetSnapshot[];
}

export function sheetOf(name: string, values: Grid): SheetSnapshot {
  return { name, top: 0, left: 0, values };
}

export function fakeHost(sheet: SheetSnapshot, options: FakeHostOptions = {}): FakeHost {
  let releaseWrite: () => void = () => undefined;
  const sheets = [sheet, ...(options.moreSheets ?? [])];
  let active = sheet;
  /** The workbook as the last read left it (the engine keeps it there; here the fake does). */
  let snapshot: WorkbookSnapshot = { active, sheetNames: sheets.map((s) => s.name), owned: [], ...options.workbook };
  const host: FakeHost = {
    kind: "office",
    displayLanguage: options.displayLanguage ?? "en-US",
    dark: false,
    written: [],
    selected: [],
    usedSheets: [],
    saved: [],
    reads: 0,
    analyses: 0,
    extraReads: [],
    writeStarts: 0,
    release: () => releaseWrite(),
    async read(onProgress, _signal, extraSheets = []) {
      host.reads += 1;
      host.extraReads.push(extraSheets);
      onProgress(0.5);
      onProgress(1);
      snapshot = { active, sheetNames: sheets.map((s) => s.name), owned: [], ...options.workbook };
      return { sheet: snapshot.active.name, sheetNames: snapshot.sheetNames, owned: snapshot.owned };
    },
    // The engine's pipeline as the worker runs it, on the sheet held (here on the test's thread).
    async analyse(engineOptions, onProgress) {
      host.analyses += 1;
      const analysis = analyseWorkbook(snapshot, {
        ...engineOptions,
        voice: voiceSourcesOf(snapshot, engineOptions.voicePicks ?? {}),
        onStep: (step) => onProgress(step === "table" ? 0.3 : step === "classes" ? 0.6 : 0.9),
      });
      onProgress(1);
      return analysis;
    },
    async write(plan, onProgress, signal) {
      if (options.blocks && options.blocks.length > 0) return options.blocks;
      host.writeStarts += 1;
      onProgress(0.25);
      if (options.holdWrite) {
        await new Promise<void>((resolve, reject) => {
          releaseWrite = resolve;
          signal.addEventListener("abort", () =>
            reject(Object.assign(new Error("aborted"), { name: "AbortError" })),
          );
        });
      }
      host.written.push(plan);
      onProgress(1);
      return [];
    },
    async select(range) {
      host.selected.push(range);
    },
    async useSheet(name) {
      host.usedSheets.push(name);
      active = sheets.find((s) => s.name === name) ?? active;
    },
    async loadSettings() {
      return options.savedChoices ?? null;
    },
    async saveSettings(saved) {
      host.saved.push(saved);
    },
  };
  return host;
}

/** A small wide table: four clients, four months, a segment column. */
export const WIDE_SALES: Grid = [
  ["Client", "Segment", "Manager", "2024-01", "2024-02", "2024-03", "2024-04"],
  ["Alpha", "Retail", "Ann", 100, 100, 100, 100],
  ["Beta", "Retail", "Ann", 50, 0, 50, 0],
  ["Gamma", "Wholesale", "Bob", 10, 20, 30, 40],
  ["Delta", "Wholesale", "Bob", 0, 0, 0, 5],
];

/** The same table with a word where an amount should be. */
export const WIDE_WITH_WORD: Grid = WIDE_SALES.map((row, r) =>
  r === 2 ? row.map((v, c) => (c === 4 ? "n/a" : v)) : row,
);

/** The clients of `PRODUCT_SALES`, their segment and the products each buys every month. */
const BUYERS: readonly (readonly [string, string, readonly string[]])[] = [
  ["Alpha", "Retail", ["Milk", "Bread"]],
  ["Beta", "Retail", ["Milk"]],
  ["Gamma", "Retail", ["Milk", "Bread", "Tea"]],
  ["Delta", "Horeca", ["Coffee", "Tea"]],
  ["Echo", "Horeca", ["Coffee"]],
];

/** A long sales log over six months with a segment and a product column. */
export const PRODUCT_SALES: Grid = [
  ["Date", "Client", "Segment", "Product", "Amount"],
  ...[1, 2, 3, 4, 5, 6].flatMap((m) =>
    BUYERS.flatMap(([client, segment, products]) => products.map((p) => [`2024-0${m}-15`, client, segment, p, 10 * m])),
  ),
];

/** The same log whose product column has a header Segmenta does not recognise ("Line"). */
export const UNNAMED_PRODUCT_SALES: Grid = PRODUCT_SALES.map((row, r) => (r === 0 ? row.map((v, c) => (c === 3 ? "Line" : v)) : row));
