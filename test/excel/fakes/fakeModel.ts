/** The fake workbook's data: sheets as maps of cells, formats, names, rules and charts. */
import type { RangeRef } from "../../../src/core";

export type FakeCell = string | number | boolean | { readonly error: string };

export interface FakeSheet {
  name: string;
  readonly cells: Map<string, FakeCell>;
  /** Cells of a large generated table (read only), consulted where `cells` has nothing. */
  generated?: {
    readonly rows: number;
    readonly cols: number;
    readonly top: number;
    readonly left: number;
    readonly at: (r: number, c: number) => FakeCell;
  };
  readonly numberFormats: Map<string, string>;
  readonly styles: Map<string, string>;
  conditionalFormats: { range: RangeRef; type: string; detail: unknown }[];
  readonly names: Map<string, string>;
  readonly charts: Map<
    string,
    { type: string; source: string; title: string; position: string; series: unknown[] }
  >;
  readonly widths: Map<number, number>;
  readonly validation: Map<string, string>;
  freeze: string | null;
  protected: boolean;
  filtered: boolean;
  tables: { name: string; filtered: boolean }[];
}

export const key = (r: number, c: number) => `${r},${c}`;

export function fakeSheet(
  name: string,
  values: readonly (readonly (FakeCell | null)[])[] = [],
  top = 0,
  left = 0,
): FakeSheet {
  const cells = new Map<string, FakeCell>();
  values.forEach((line, r) =>
    line.forEach((v, c) => v !== null && v !== "" && cells.set(key(top + r, left + c), v)),
  );
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

export function cellIn(sheet: FakeSheet, r: number, c: number): FakeCell | undefined {
  const v = sheet.cells.get(key(r, c));
  if (v !== undefined) return v;
  const g = sheet.generated;
  if (g && r >= g.top && r < g.top + g.rows && c >= g.left && c < g.left + g.cols)
    return g.at(r - g.top, c - g.left);
  return undefined;
}

/** A property that throws until it was loaded and synced, as in Office.js. */
export class Loadable {
  protected loaded = new Map<string, unknown>();
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop}`);
    return this.loaded.get(prop) as T;
  }
}

/** The smallest rectangle holding every used cell of the sheet (within `within`, as `Range.getUsedRange` does), or null. */
export function usedRange(
  s: FakeSheet,
  valuesOnly: boolean,
  within: RangeRef | null = null,
): RangeRef | null {
  const keys = [...s.cells.keys(), ...(valuesOnly ? [] : [...s.numberFormats.keys(), ...s.styles.keys()])];
  const [minRow, minCol] = within ? [within.row, within.col] : [0, 0];
  const [maxRow, maxCol] = within
    ? [within.row + within.rows - 1, within.col + within.cols - 1]
    : [Infinity, Infinity];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const g = s.generated;
  if (g) {
    const box = [
      Math.max(g.top, minRow),
      Math.max(g.left, minCol),
      Math.min(g.top + g.rows - 1, maxRow),
      Math.min(g.left + g.cols - 1, maxCol),
    ];
    if (box[0] <= box[2] && box[1] <= box[3]) [top, left, bottom, right] = box;
  }
  for (const k of keys) {
    const [r, c] = k.split(",").map(Number);
    if (r < minRow || r > maxRow || c < minCol || c > maxCol) continue;
    [top, left, bottom, right] = [
      Math.min(top, r),
      Math.min(left, c),
      Math.max(bottom, r),
      Math.max(right, c),
    ];
  }
  return bottom < 0
    ? null
    : { sheet: s.name, row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}
