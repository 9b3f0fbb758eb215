/** The fake `Excel.Range`: values, number formats, styles, conditional formats and validation of a rectangle. */
import type { RangeRef } from "../../../src/core";
import { cellAddress, quoteSheet, rangeAddress } from "../../../src/core";
import { subtractRange } from "../../../src/core/plan/rangeMath";
import type { FakeExcel } from "./fakeExcel";
import { cellIn, type FakeCell, type FakeSheet, key, Loadable, usedRange } from "./fakeModel";
import { typedEntry } from "./typedEntry";

export type Bounds = () => RangeRef | null;

export class RangeProxy extends Loadable {
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
      this.write(0, (r) =>
        forCells(r, (row, col) => {
          const s = x.sheet(sheetName).styles;
          s.set(key(row, col), `${s.get(key(row, col)) ?? ""}${prop}=${String(value)};`);
        }),
      );
    const observed = <T extends object>(prefix: string, target: T): T =>
      new Proxy(target, { set: (t, p, v) => (style(`${prefix}${String(p)}`, v), Reflect.set(t, p, v)) });
    this.format = new Proxy(
      { font: observed("font.", {}), fill: observed("fill.", {}) } as RangeProxy["format"],
      {
        set: (t, p, v) => {
          if (p === "columnWidth") this.write(0, (r) => x.sheet(sheetName).widths.set(r.col, Number(v)));
          else style(String(p), v);
          return Reflect.set(t, p, v);
        },
      },
    );
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
          s.conditionalFormats = s.conditionalFormats.flatMap((cf) =>
            subtractRange(cf.range, r).map((part) => ({ ...cf, range: part })),
          );
        }),
    };
    const validation = {
      clear: () => this.write(0, (r) => x.sheet(sheetName).validation.delete(rangeAddress(r, false))),
      rule: undefined as unknown,
    };
    Object.defineProperty(validation, "rule", {
      set: (rule: unknown) =>
        this.write(0, (r) => x.sheet(sheetName).validation.set(rangeAddress(r, false), JSON.stringify(rule))),
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
      this.x.cellsLoaded += grids * this.size();
      const r = this.bounds();
      this.loaded.set("isNullObject", r === null);
      if (!r) return;
      const s = this.x.sheet(this.sheetName);
      const tooBig = r.rows * r.cols > this.x.nullReadAbove;
      const grid = (f: (row: number, col: number) => unknown) =>
        tooBig
          ? null
          : Array.from({ length: r.rows }, (_, i) =>
              Array.from({ length: r.cols }, (_, j) => f(r.row + i, r.col + j)),
            );
      for (const p of wanted) {
        if (p === "values")
          this.loaded.set(
            p,
            grid((row, col) => plain(cellIn(s, row, col))),
          );
        if (p === "valueTypes")
          this.loaded.set(
            p,
            grid((row, col) => typeOf(cellIn(s, row, col))),
          );
        if (p === "numberFormat")
          this.loaded.set(
            p,
            grid((row, col) => s.numberFormats.get(key(row, col)) ?? "General"),
          );
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
  /** Strings are taken as Excel takes typed text: converted unless the cell is text-formatted or the string has Excel's apostrophe. */
  set values(grid: unknown[][]) {
    this.setGrid(grid, (s, k, v) => {
      if (v === "") s.cells.delete(k);
      else s.cells.set(k, typeof v === "string" ? typedEntry(v, s.numberFormats.get(k)) : (v as FakeCell));
    });
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
      if (grid.length !== r.rows || grid.some((line) => line.length !== r.cols))
        throw new Error("InvalidArgument: grid does not match the range");
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

  /** The used cells within this range (values only, or formats too), or a null object. */
  getUsedRangeOrNullObject(valuesOnly = false) {
    return new RangeProxy(
      this.x,
      this.sheetName,
      () => usedRange(this.x.sheet(this.sheetName), valuesOnly, this.bounds()),
      true,
    );
  }

  select() {
    this.x.enqueue(0, () => (this.x.active = this.sheetName));
  }
}

export function forCells(r: RangeRef, f: (row: number, col: number) => void) {
  for (let row = r.row; row < r.row + r.rows; row++)
    for (let col = r.col; col < r.col + r.cols; col++) f(row, col);
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
