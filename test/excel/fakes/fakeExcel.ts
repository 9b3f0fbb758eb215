/**
 * A small model of an Excel workbook behind Office.js-shaped proxies: writes and loads are queued and
 * happen at `sync()` (a loaded property read before its sync throws), syncs are counted, and a batch
 * over a cell budget fails with Excel's size error. Only what Segmenta's Excel layer uses is modelled.
 */
import { parseRangeAddress } from "../../../src/core";
import { ChartsProxy, NamesProxy, PropsProxy, TablesProxy } from "./fakeCollections";
import {
  cellIn,
  type FakeCell,
  type FakeSheet,
  fakeSheet,
  Loadable,
  SizeError,
  usedRange,
} from "./fakeModel";
import { RangeProxy } from "./fakeRange";

export { cellIn, fakeSheet, SizeError, type FakeCell, type FakeSheet } from "./fakeModel";

/** The workbook and its request context. */
export class FakeExcel {
  readonly sheets: FakeSheet[];
  active: string;
  readonly workbookNames = new Map<string, string>();
  syncs = 0;
  /** Cells one batch may read or write before the sync fails with `sizeErrorCode`. */
  cellBudget = Infinity;
  sizeErrorCode = "RequestPayloadSizeLimitExceeded";
  /** A single read larger than this returns null values (Excel's 5M-cell rule). */
  nullReadAbove = Infinity;
  /** Largest number of cells a successful batch carried. */
  largestBatch = 0;
  /** Cells of values, types or formats loaded over all batches (sizes and addresses carry none). */
  cellsLoaded = 0;
  screenSuspensions = 0;
  private queue: (() => void)[] = [];
  private batchCells = 0;

  constructor(sheets: FakeSheet[], active?: string) {
    this.sheets = sheets;
    this.active = active ?? sheets[0].name;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const r = parseRangeAddress(sheet, address)!;
    return cellIn(this.sheet(sheet), r.row, r.col);
  }

  enqueue(cells: number, action: () => void): void {
    this.batchCells += cells;
    this.queue.push(action);
  }

  get context(): Excel.RequestContext {
    const context = {
      workbook: new WorkbookProxy(this),
      application: { suspendScreenUpdatingUntilNextSync: () => this.screenSuspensions++ },
      sync: () => this.sync(),
    };
    return context as unknown as Excel.RequestContext;
  }

  async sync(): Promise<void> {
    this.syncs++;
    const queue = this.queue;
    const cells = this.batchCells;
    this.queue = [];
    this.batchCells = 0;
    if (cells > this.cellBudget) throw new SizeError(this.sizeErrorCode);
    this.largestBatch = Math.max(this.largestBatch, cells);
    for (const action of queue) action();
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetsProxy;
  readonly names: NamesProxy;
  constructor(private readonly x: FakeExcel) {
    this.worksheets = new WorksheetsProxy(x);
    this.names = new NamesProxy(x, () => x.workbookNames);
  }
}

class WorksheetsProxy extends Loadable {
  constructor(private readonly x: FakeExcel) {
    super();
  }
  load(_props: string) {
    this.x.enqueue(0, () =>
      this.loaded.set(
        "items",
        this.x.sheets.map((s) => new WorksheetProxy(this.x, s.name)),
      ),
    );
    return this;
  }
  get items(): WorksheetProxy[] {
    return this.read("items");
  }
  getActiveWorksheet() {
    return new WorksheetProxy(this.x, this.x.active);
  }
  add(name: string) {
    this.x.enqueue(0, () => {
      // Excel refuses a name it cannot hold, one taken (ignoring case), and "History", which it keeps
      // for a shared workbook's change log.
      const taken = this.x.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
      if (!validSheetName(name) || taken) throw new SizeError("InvalidArgument");
      this.x.sheets.push(fakeSheet(name));
    });
    return new WorksheetProxy(this.x, name);
  }
}

class WorksheetProxy extends Loadable {
  readonly names: NamesProxy;
  readonly charts: ChartsProxy;
  readonly protection: PropsProxy;
  readonly autoFilter: PropsProxy;
  readonly tables: TablesProxy;
  readonly freezePanes: {
    unfreeze(): void;
    freezeAt(r: RangeProxy): void;
    freezeRows(n: number): void;
    freezeColumns(n: number): void;
  };
  constructor(
    private readonly x: FakeExcel,
    readonly sheetName: string,
  ) {
    super();
    const model = () => x.sheet(sheetName);
    this.names = new NamesProxy(x, () => model().names);
    this.charts = new ChartsProxy(x, sheetName);
    this.protection = new PropsProxy(x, () => ({ protected: model().protected }));
    this.autoFilter = new PropsProxy(x, () => ({ isDataFiltered: model().filtered }));
    this.tables = new TablesProxy(x, sheetName);
    const set = (f: string | null) => x.enqueue(0, () => (model().freeze = f));
    this.freezePanes = {
      unfreeze: () => set(null),
      freezeAt: (r) => set(`at ${r.address()}`),
      freezeRows: (n) => set(`rows ${n}`),
      freezeColumns: (n) => set(`cols ${n}`),
    };
  }
  get name(): string {
    return this.sheetName;
  }
  load(_props?: string) {
    return this;
  }
  getRange(address: string) {
    return new RangeProxy(this.x, this.sheetName, () => parseRangeAddress(this.sheetName, address));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
    return new RangeProxy(this.x, this.sheetName, () => ({ sheet: this.sheetName, row, col, rows, cols }));
  }
  getUsedRangeOrNullObject(valuesOnly = false) {
    return new RangeProxy(
      this.x,
      this.sheetName,
      () => usedRange(this.x.sheet(this.sheetName), valuesOnly),
      true,
    );
  }
  activate() {
    this.x.enqueue(0, () => (this.x.active = this.sheetName));
  }
}

/** A name Excel lets a sheet have: 1–31 characters, none of \ / ? * [ ] :, no apostrophe at either end, not "History". */
export function validSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 31 &&
    !/[\\/?*[\]:]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}
