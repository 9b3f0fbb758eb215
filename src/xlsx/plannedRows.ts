import type { CellFormat, CellModelValue } from "./cellModel";
import type { CellLayer } from "./planSheets";
import { styleAfter } from "./planToExcel";

/** One cell to write: its value (null for a formatted empty cell) and style (null for none). */
export interface PlannedCell {
  readonly col: number;
  readonly value: CellModelValue;
  readonly style: CellFormat | null;
}

/**
 * The styles cells reach through a sheet's style and format layers. A cell's style is a state: the
 * empty style, then one step per layer that formats it. Cells that went through the same layers
 * share one style object, so a million cells cost a handful of objects and the writer finds their
 * style id by the object.
 */
class StyleStates {
  private readonly styles: CellFormat[] = [{}];
  private readonly steps = new Map<number, number>();
  private readonly lastFrom: number[] = [];
  private readonly lastTo: number[] = [];

  constructor(private readonly layers: readonly CellLayer[]) {}

  after(state: number, layer: number): number {
    // A layer's cells mostly come from the same state, row after row.
    if (this.lastFrom[layer] === state) return this.lastTo[layer];
    const to = this.step(state, layer);
    this.lastFrom[layer] = state;
    this.lastTo[layer] = to;
    return to;
  }

  private step(state: number, layer: number): number {
    const key = state * this.layers.length + layer;
    const known = this.steps.get(key);
    if (known !== undefined) return known;
    const op = this.layers[layer];
    const from = this.styles[state];
    const style = op.kind === "numberFormat" || op.kind === "style" ? styleAfter(from, op) : from;
    this.styles.push(style);
    this.steps.set(key, this.styles.length - 1);
    return this.styles.length - 1;
  }

  style(state: number): CellFormat | null {
    return state === 0 ? null : this.styles[state];
  }
}

const end = (layer: CellLayer) => layer.range.row + layer.range.rows;

/**
 * The rows of a sheet, top to bottom, as the layers leave them (in order: values set or empty cells,
 * formats add up, `clear` empties cells and their formats), read one at a time with `next()` and
 * without a cell object made: the writer of a whole sheet reads each row's columns straight from
 * `values[col]` (undefined or null: no value) and `states[col]` (0: no style; else
 * `style(state)`), for the columns below `width`. Rows no layer crosses are skipped; a row a layer
 * crosses may still hold nothing. Only the layers crossing a row are looked at, so the cost is the
 * cells the plan writes, not the sheet's size.
 */
export class PlannedRowCursor {
  /** The row read last (zero-based). */
  row = -1;
  readonly width: number;
  readonly values: (CellModelValue | undefined)[];
  readonly states: Int32Array;
  private readonly styles: StyleStates;
  private readonly last: number;
  private readonly byStart: number[];
  private readonly active: number[] = [];
  private started = 0;

  constructor(private readonly layers: readonly CellLayer[]) {
    // Only what writes cells bounds the sheet: a clear reaches no further than they do.
    const writing = layers.filter((l) => l.kind !== "clear");
    this.width = writing.length === 0 ? 0 : Math.max(...writing.map((l) => l.range.col + l.range.cols));
    this.last = writing.length === 0 ? 0 : Math.max(...writing.map(end));
    this.row = writing.length === 0 ? 0 : Math.min(...writing.map((l) => l.range.row)) - 1;
    this.byStart = layers.map((_, i) => i).sort((a, b) => layers[a].range.row - layers[b].range.row);
    this.values = new Array<CellModelValue | undefined>(this.width);
    this.states = new Int32Array(this.width);
    this.styles = new StyleStates(layers);
  }

  /** A state's style (null for state 0). */
  style(state: number): CellFormat | null {
    return this.styles.style(state);
  }

  /** Moves to the next row a layer crosses and lays the layers over it; false after the last. */
  next(): boolean {
    const { layers, byStart, active, values, states, styles, width } = this;
    for (let row = this.row + 1; row < this.last; row++) {
      let added = false;
      while (this.started < byStart.length && layers[byStart[this.started]].range.row <= row) {
        active.push(byStart[this.started++]);
        added = true;
      }
      if (added) active.sort((a, b) => a - b);
      let kept = 0;
      for (const i of active) if (end(layers[i]) > row) active[kept++] = i;
      if (kept !== active.length) active.length = kept;
      if (kept === 0) {
        if (this.started >= byStart.length) break;
        row = layers[byStart[this.started]].range.row - 1;
        continue;
      }
      values.fill(undefined);
      states.fill(0);
      for (const i of active) {
        const layer = layers[i];
        const { range } = layer;
        const from = Math.max(0, range.col);
        const to = Math.min(width, range.col + range.cols);
        switch (layer.kind) {
          case "values": {
            const r = row - range.row;
            for (let col = from; col < to; col++) values[col] = layer.value(r, col - range.col);
            break;
          }
          case "clear":
            for (let col = from; col < to; col++) {
              values[col] = null;
              states[col] = 0;
            }
            break;
          default:
            for (let col = from; col < to; col++) states[col] = styles.after(states[col], i);
        }
      }
      this.row = row;
      return true;
    }
    this.row = this.last;
    return false;
  }
}

/**
 * The rows of a sheet, top to bottom, each with its cells left to right, as the layers leave them
 * (see `PlannedRowCursor`). Rows and cells nothing was written to are left out.
 * @example [...plannedRows([{ kind: "values", range: range("B2"), value: () => 5 }])] // [{ row: 1, cells: [{ col: 1, value: 5, style: null }] }]
 */
export function* plannedRows(layers: readonly CellLayer[]): Generator<{ readonly row: number; readonly cells: readonly PlannedCell[] }> {
  const rows = new PlannedRowCursor(layers);
  const { width, values, states } = rows;
  while (rows.next()) {
    const cells: PlannedCell[] = [];
    for (let col = 0; col < width; col++) {
      const value = values[col] ?? null;
      const style = rows.style(states[col]);
      if (value !== null || style !== null) cells.push({ col, value, style });
    }
    if (cells.length > 0) yield { row: rows.row, cells };
  }
}
