/**
 * The cells of a sheet as read, kept sparse in flat typed columns: no object per cell, no grid over
 * empty space, and no value made before it is asked for. A plain number or a shared text's index
 * stays a number in a typed column until the grid takes the cell (`value`), so the cells outside the
 * table's columns never become JavaScript values.
 */
import type { CellValue } from "../../core";

/** The cells of one sheet as read: one entry per cell that holds a value or a number format. */
export interface SparseCells {
  readonly count: number;
  readonly rows: Int32Array;
  readonly cols: Int32Array;
  /** Style index of each cell (its number format through `CellStyles`). */
  readonly styles: Int32Array;
  /** How cell `i`'s value is kept (a plain number needs no test for blank). */
  readonly kinds: Uint8Array;
  /** The value of cell `i`, made when asked for. */
  value(i: number): CellValue;
}

/** How a cell's value is kept. */
export const enum Kept {
  /** The number itself, in `numbers`. */
  Number,
  /** The index of a shared text, in `numbers`. */
  Shared,
  /** Any other value, in `others`, its index in `numbers`. */
  Other,
}

/**
 * The cells to make room for in a part of `size` bytes: one per 24 bytes (a plain cell of Excel's
 * takes 22 to 40), at most 2 Mi (more is grown into as it comes: a part padded with whitespace must not
 * reserve memory for cells it does not hold).
 */
export function capacityFor(size: number): number {
  return Math.max(1024, Math.min(2 * 1024 * 1024, Math.ceil(size / 24)));
}

/**
 * `SparseCells` filled cell by cell. The columns start at `capacity` (the caller's estimate from the
 * part's size, so that a sheet's cells seldom need a second allocation) and double when full.
 */
export class Growing implements SparseCells {
  rows: Int32Array;
  cols: Int32Array;
  styles: Int32Array;
  kinds: Uint8Array;
  private numbers: Float64Array;
  private readonly others: CellValue[] = [];
  count = 0;

  constructor(
    private readonly sharedStrings: readonly string[],
    capacity = 1024,
  ) {
    this.rows = new Int32Array(capacity);
    this.cols = new Int32Array(capacity);
    this.styles = new Int32Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.numbers = new Float64Array(capacity);
  }

  value(i: number): CellValue {
    const kind = this.kinds[i];
    const number = this.numbers[i];
    return kind === Kept.Number
      ? number
      : kind === Kept.Shared
        ? this.sharedStrings[number]
        : this.others[number];
  }

  /** A cell holding a plain number. */
  addNumber(row: number, col: number, style: number, value: number): void {
    this.put(row, col, style, Kept.Number, value);
  }

  /** A cell holding shared text `index` (a valid one). */
  addShared(row: number, col: number, style: number, index: number): void {
    this.put(row, col, style, Kept.Shared, index);
  }

  add(row: number, col: number, style: number, value: CellValue): void {
    this.put(row, col, style, Kept.Other, this.others.length);
    this.others.push(value);
  }

  private put(row: number, col: number, style: number, kind: Kept, number: number): void {
    const at = this.count;
    if (at === this.rows.length) this.grow(at * 2);
    this.rows[at] = row;
    this.cols[at] = col;
    this.styles[at] = style;
    this.kinds[at] = kind;
    this.numbers[at] = number;
    this.count = at + 1;
  }

  private grow(size: number): void {
    const grown = <T extends Int32Array | Uint8Array | Float64Array>(array: T, next: T): T => {
      next.set(array);
      return next;
    };
    this.rows = grown(this.rows, new Int32Array(size));
    this.cols = grown(this.cols, new Int32Array(size));
    this.styles = grown(this.styles, new Int32Array(size));
    this.kinds = grown(this.kinds, new Uint8Array(size));
    this.numbers = grown(this.numbers, new Float64Array(size));
  }
}
