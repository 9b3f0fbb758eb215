/**
 * A small model of an Excel workbook behind Office.js-shaped proxies: writes and loads are queued and
 * happen at `sync()` (a loaded property read before its sync throws), syncs are counted, and a batch
 * over a cell budget fails with Excel's size error. Only what Segmenta's Excel layer uses is modelled.
 */
import type { RangeRef } from "../../../src/core";
import { cellAddress, parseRangeAddress, quoteSheet, rangeAddress } from "../../../src/core";
import { subtractRange } from "../../../src/core/plan/rangeMath";

export type FakeCell = string | number | boolean | { readonly error: string };

export interface FakeSheet {
  name: string;
  readonly cells: Map<string, FakeCell>;
  /** Cells of a large generated table (read only), consulted where `cells` has nothing. */
  generated?: { readonly rows: number; readonly cols: number; readonly top: number; readonly left: number; readonly at: (r: number, c: number) => FakeCell };
  readonly numberFormats: Map<string, string>;
  readonly styles: Map<string, string>;
  conditionalFormats: { range: RangeRef; type: string; detail: unknown }[];
  readonly names: Map<string, string>;
  readonly charts: Map<string, { type: string; source: string; title: string; position: string; series: unknown[] }>;
  readonly widths: Map<number, number>;
  readonly validation: Map<string, string>;
  freeze: string | null;
  protected: boolean;
  filtered: boolean;
  tables: { name: string; filtered: boolean }[];
}

const key = (r: number, c: number) => `${r},${c}`;

export function fakeSheet(name: string, values: readonly (readonly (FakeCell | null)[])[] = [], top = 0, left = 0): FakeSheet {
  const cells = new Map<string, FakeCell>();
  values.forEach((line, r) => line.forEach((v, c) => v !== null && v !== "" && cells.set(key(top + r, left + c), v)));
  return {
    name,
    cells,
    numberFormats: new Map(),
    styles: new Map(),
    conditionalFormats: [],
    names: new Map(),
    charts: new Map(),
    widths: new Map(),
    validation: new Map(),
    freeze: null,
    protected: false,
    filtered: false,
    tables: [],
  };
}

export class SizeError extends Error {
  constructor(readonly code: string) {
    super(`fake ${code}`);
  }
}

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

export function cellIn(sheet: FakeSheet, r: number, c: number): FakeCell | undefined {
  const v = sheet.cells.get(key(r, c));
  if (v !== undefined) return v;
  const g = sheet.generated;
  if (g && r >= g.top && r < g.top + g.rows && c >= g.left && c < g.left + g.cols) return g.at(r - g.top, c - g.left);
  return undefined;
}

/** A property that throws until it was loaded and synced, as in Office.js. */
class Loadable {
  protected loaded = new Map<string, unknown>();
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop}`);
    return this.loaded.get(prop) as T;
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
    this.x.enqueue(0, () => this.loaded.set("items", this.x.sheets.map((s) => new WorksheetProxy(this.x, s.name))));
    return this;
  }
  get items(): WorksheetProxy[] {
    return this.read("items");
  }
  getActiveWorksheet() {
    return new WorksheetProxy(this.x, this.x.active);
  }
  add(name: string) {
    this.x.enqueue(0, () => this.x.sheets.push(fakeSheet(name)));
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
    return new RangeProxy(this.x, this.sheetName, () => usedRange(this.x.sheet(this.sheetName), valuesOnly), true);
  }
  activate() {
    this.x.enqueue(0, () => (this.x.active = this.sheetName));
  }
}

function usedRange(s: FakeSheet, valuesOnly: boolean): RangeRef | null {
  const keys = [...s.cells.keys(), ...(valuesOnly ? [] : [...s.numberFormats.keys(), ...s.styles.keys()])];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const g = s.generated;
  if (g) [top, left, bottom, right] = [g.top, g.left, g.top + g.rows - 1, g.left + g.cols - 1];
  for (const k of keys) {
    const [r, c] = k.split(",").map(Number);
    [top, left, bottom, right] = [Math.min(top, r), Math.min(left, c), Math.max(bottom, r), Math.max(right, c)];
  }
  return bottom < 0 ? null : { sheet: s.name, row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

class PropsProxy extends Loadable {
  constructor(
    private readonly x: FakeExcel,
    private readonly props: () => Record<string, unknown>,
  ) {
    super();
  }
  load(_props: string) {
    this.x.enqueue(0, () => Object.entries(this.props()).forEach(([k, v]) => this.loaded.set(k, v)));
    return this;
  }
  get protected(): boolean {
    return this.read("protected");
  }
  get isDataFiltered(): boolean {
    return this.read("isDataFiltered");
  }
}

class TablesProxy extends Loadable {
  constructor(
    private readonly x: FakeExcel,
    private readonly sheetName: string,
  ) {
    super();
  }
  load(_props: string) {
    this.x.enqueue(0, () =>
      this.loaded.set(
        "items",
        this.x.sheet(this.sheetName).tables.map((t) => ({ name: t.name, autoFilter: new PropsProxy(this.x, () => ({ isDataFiltered: t.filtered })) })),
      ),
    );
    return this;
  }
  get items(): { name: string; autoFilter: PropsProxy }[] {
    return this.read("items");
  }
}

class NamesProxy extends Loadable {
  constructor(
    private readonly x: FakeExcel,
    private readonly model: () => Map<string, string>,
  ) {
    super();
  }
  load(_props: string) {
    this.x.enqueue(0, () => this.loaded.set("items", [...this.model()].map(([name, formula]) => ({ name, formula }))));
    return this;
  }
  get items(): { name: string; formula: string }[] {
    return this.read("items");
  }
  add(name: string, range: RangeProxy) {
    this.x.enqueue(0, () => {
      if (this.model().has(name)) throw new Error(`A name ${name} already exists`);
      this.model().set(name, `=${range.absoluteAddress()}`);
    });
  }
  getItem(name: string) {
    return {
      delete: () =>
        this.x.enqueue(0, () => {
          if (!this.model().delete(name)) throw new Error(`ItemNotFound: ${name}`);
        }),
    };
  }
}

class ChartsProxy extends Loadable {
  constructor(
    private readonly x: FakeExcel,
    private readonly sheetName: string,
  ) {
    super();
  }
  load(_props: string) {
    this.x.enqueue(0, () => this.loaded.set("items", [...this.x.sheet(this.sheetName).charts.keys()].map((name) => ({ name }))));
    return this;
  }
  get items(): { name: string }[] {
    return this.read("items");
  }
  add(type: string, source: RangeProxy, _seriesBy: string) {
    const series = [{ chartType: type, axisGroup: "Primary" }, { chartType: type, axisGroup: "Primary" }];
    const chart = {
      name: "",
      title: { text: "" },
      position: "",
      series: { getItemAt: (i: number) => series[i] },
      setPosition: (a: string, b: string) => (chart.position = `${a}:${b}`),
    };
    this.x.enqueue(0, () =>
      this.x.sheet(this.sheetName).charts.set(chart.name, { type, source: source.address(), title: chart.title.text, position: chart.position, series }),
    );
    return chart;
  }
  getItem(name: string) {
    return { delete: () => this.x.enqueue(0, () => this.x.sheet(this.sheetName).charts.delete(name)) };
  }
}

type Bounds = () => RangeRef | null;

class RangeProxy extends Loadable {
  readonly format: {
    font: { bold?: boolean; italic?: boolean; color?: string };
    fill: { color?: string };
    horizontalAlignment?: string;
    wrapText?: boolean;
    columnWidth?: number;
  };
  readonly conditionalFormats: { add(type: string): Record<string, unknown>; clearAll(): void };
  readonly dataValidation: { clear(): void; rule: unknown };

  constructor(
    private readonly x: FakeExcel,
    private readonly sheetName: string,
    private readonly bounds: Bounds,
    private readonly nullable = false,
  ) {
    super();
    const style = (prop: string, value: unknown) =>
      this.write(0, (r) => forCells(r, (row, col) => {
        const s = x.sheet(sheetName).styles;
        s.set(key(row, col), `${s.get(key(row, col)) ?? ""}${prop}=${String(value)};`);
      }));
    const observed = <T extends object>(prefix: string, target: T): T =>
      new Proxy(target, { set: (t, p, v) => (style(`${prefix}${String(p)}`, v), Reflect.set(t, p, v)) });
    this.format = new Proxy({ font: observed("font.", {}), fill: observed("fill.", {}) } as RangeProxy["format"], {
      set: (t, p, v) => {
        if (p === "columnWidth") this.write(0, (r) => x.sheet(sheetName).widths.set(r.col, Number(v)));
        else style(String(p), v);
        return Reflect.set(t, p, v);
      },
    });
    this.conditionalFormats = {
      add: (type: string) => {
        const detail: Record<string, unknown> = {
          cellValue: { format: { fill: {}, font: {} }, rule: null },
          custom: { rule: {}, format: { fill: {}, font: {} } },
          colorScale: { criteria: null },
          dataBar: { positiveFormat: {} },
        };
        this.write(0, (r) => x.sheet(sheetName).conditionalFormats.push({ range: r, type, detail }));
        return detail;
      },
      clearAll: () =>
        this.write(0, (r) => {
          const s = x.sheet(sheetName);
          s.conditionalFormats = s.conditionalFormats.flatMap((cf) => subtractRange(cf.range, r).map((part) => ({ ...cf, range: part })));
        }),
    };
    const validation = { clear: () => this.write(0, (r) => x.sheet(sheetName).validation.delete(rangeAddress(r, false))), rule: undefined as unknown };
    Object.defineProperty(validation, "rule", {
      set: (rule: unknown) => this.write(0, (r) => x.sheet(sheetName).validation.set(rangeAddress(r, false), JSON.stringify(rule))),
    });
    this.dataValidation = validation;
  }

  private write(cells: number, action: (r: RangeRef) => void) {
    this.x.enqueue(cells, () => {
      const r = this.bounds();
      if (r) action(r);
    });
  }

  private size(): number {
    const r = this.bounds();
    return r ? r.rows * r.cols : 0;
  }

  address(): string {
    const r = this.bounds();
    return r ? rangeAddress(r, false) : "";
  }

  absoluteAddress(): string {
    const r = this.bounds()!;
    const a = `$${cellAddress(r.row, r.col).replace(/(\d+)$/, "$$$1")}`;
    const b = `$${cellAddress(r.row + r.rows - 1, r.col + r.cols - 1).replace(/(\d+)$/, "$$$1")}`;
    return `${quoteSheet(r.sheet)}!${a === b ? a : `${a}:${b}`}`;
  }

  load(props: string) {
    const wanted = props.split(",").map((p) => p.trim());
    const grids = wanted.filter((p) => p === "values" || p === "valueTypes" || p === "numberFormat").length;
    this.x.enqueue(grids * this.size(), () => {
      const r = this.bounds();
      this.loaded.set("isNullObject", r === null);
      if (!r) return;
      const s = this.x.sheet(this.sheetName);
      const tooBig = r.rows * r.cols > this.x.nullReadAbove;
      const grid = (f: (row: number, col: number) => unknown) =>
        tooBig ? null : Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => f(r.row + i, r.col + j)));
      for (const p of wanted) {
        if (p === "values") this.loaded.set(p, grid((row, col) => plain(cellIn(s, row, col))));
        if (p === "valueTypes") this.loaded.set(p, grid((row, col) => typeOf(cellIn(s, row, col))));
        if (p === "numberFormat") this.loaded.set(p, grid((row, col) => s.numberFormats.get(key(row, col)) ?? "General"));
        if (p === "address") this.loaded.set(p, rangeAddress(r));
        if (p === "rowIndex") this.loaded.set(p, r.row);
        if (p === "columnIndex") this.loaded.set(p, r.col);
        if (p === "rowCount") this.loaded.set(p, r.rows);
        if (p === "columnCount") this.loaded.set(p, r.cols);
      }
    });
    return this;
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    return this.read("isNullObject");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(grid: unknown[][]) {
    this.setGrid(grid, (s, k, v) => (v === "" ? s.cells.delete(k) : s.cells.set(k, String(v).startsWith("'") ? String(v).slice(1) : (v as FakeCell))));
  }
  set formulas(grid: unknown[][]) {
    this.values = grid;
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(grid: string[][]) {
    this.setGrid(grid, (s, k, v) => s.numberFormats.set(k, String(v)));
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  private setGrid(grid: unknown[][], put: (s: FakeSheet, k: string, v: unknown) => void) {
    this.write(grid.length * (grid[0]?.length ?? 0), (r) => {
      if (grid.length !== r.rows || grid.some((line) => line.length !== r.cols)) throw new Error("InvalidArgument: grid does not match the range");
      const s = this.x.sheet(this.sheetName);
      grid.forEach((line, i) => line.forEach((v, j) => put(s, key(r.row + i, r.col + j), v)));
    });
  }

  clear(_applyTo?: string) {
    this.write(0, (r) =>
      forCells(r, (row, col) => {
        const s = this.x.sheet(this.sheetName);
        for (const m of [s.cells, s.numberFormats, s.styles]) m.delete(key(row, col));
      }),
    );
  }

  select() {
    this.x.enqueue(0, () => (this.x.active = this.sheetName));
  }
}

function forCells(r: RangeRef, f: (row: number, col: number) => void) {
  for (let row = r.row; row < r.row + r.rows; row++) for (let col = r.col; col < r.col + r.cols; col++) f(row, col);
}

function plain(v: FakeCell | undefined): unknown {
  if (v === undefined) return "";
  return typeof v === "object" ? v.error : v;
}

function typeOf(v: FakeCell | undefined): string {
  if (v === undefined) return "Empty";
  if (typeof v === "object") return "Error";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}
