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

  constructor(private readonly layers: readonly CellLayer[]) {}

  after(state: number, layer: number): number {
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
 * The rows of a sheet, top to bottom, each with its cells left to right, as the layers leave them
 * (in order: values set or empty cells, formats add up, `clear` empties cells and their formats).
 * Rows and cells nothing was written to are left out. Only the layers crossing a row are looked at,
 * so the cost is the cells the plan writes, not the sheet's size.
 * @example [...plannedRows([{ kind: "values", range: range("B2"), value: () => 5 }])] // [{ row: 1, cells: [{ col: 1, value: 5, style: null }] }]
 */
export function* plannedRows(layers: readonly CellLayer[]): Generator<{ readonly row: number; readonly cells: readonly PlannedCell[] }> {
  // Only what writes cells bounds the sheet: a clear reaches no further than they do.
  const writing = layers.filter((l) => l.kind !== "clear");
  if (writing.length === 0) return;
  const width = Math.max(...writing.map((l) => l.range.col + l.range.cols));
  const last = Math.max(...writing.map(end));
  const byStart = layers.map((_, i) => i).sort((a, b) => layers[a].range.row - layers[b].range.row);
  const styles = new StyleStates(layers);
  const values: (CellModelValue | undefined)[] = new Array<CellModelValue | undefined>(width);
  const states = new Int32Array(width);
  let active: number[] = [];
  let next = 0;
  for (let row = Math.min(...writing.map((l) => l.range.row)); row < last; row++) {
    let added = false;
    while (next < byStart.length && layers[byStart[next]].range.row <= row) {
      active.push(byStart[next++]);
      added = true;
    }
    if (added) active.sort((a, b) => a - b);
    active = active.filter((i) => end(layers[i]) > row);
    if (active.length === 0) {
      if (next >= byStart.length) return;
      row = layers[byStart[next]].range.row - 1;
      continue;
    }
    values.fill(undefined);
    states.fill(0);
    for (const i of active) {
      const layer = layers[i];
      const { range } = layer;
      const to = Math.min(width, range.col + range.cols);
      for (let col = Math.max(0, range.col); col < to; col++) {
        switch (layer.kind) {
          case "values":
            values[col] = layer.value(row - range.row, col - range.col);
            break;
          case "clear":
            values[col] = null;
            states[col] = 0;
            break;
          default:
            states[col] = styles.after(states[col], i);
        }
      }
    }
    const cells: PlannedCell[] = [];
    for (let col = 0; col < width; col++) {
      const value = values[col] ?? null;
      const style = styles.style(states[col]);
      if (value !== null || style !== null) cells.push({ col, value, style });
    }
    if (cells.length > 0) yield { row, cells };
  }
}
