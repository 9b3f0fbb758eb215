import type { RangeRef } from "../cells";
import { rangesOverlap } from "../cells";

/**
 * The parts of `range` that lie outside `cut`, as at most four rectangles (above, below, left, right).
 * @example subtractRange(r("S", 0, 0, 4, 4), r("S", 1, 1, 2, 2)).length // 4
 */
export function subtractRange(range: RangeRef, cut: RangeRef): RangeRef[] {
  if (!rangesOverlap(range, cut)) return [range];
  const top = Math.max(range.row, cut.row);
  const bottom = Math.min(range.row + range.rows, cut.row + cut.rows);
  const left = Math.max(range.col, cut.col);
  const right = Math.min(range.col + range.cols, cut.col + cut.cols);
  const parts: RangeRef[] = [];
  const add = (row: number, col: number, rows: number, cols: number) => {
    if (rows > 0 && cols > 0) parts.push({ sheet: range.sheet, row, col, rows, cols });
  };
  add(range.row, range.col, top - range.row, range.cols);
  add(bottom, range.col, range.row + range.rows - bottom, range.cols);
  add(top, range.col, bottom - top, left - range.col);
  add(top, right, bottom - top, range.col + range.cols - right);
  return parts;
}

/** `range` without every rectangle of `cuts`. */
export function subtractAll(range: RangeRef, cuts: readonly RangeRef[]): RangeRef[] {
  let parts: RangeRef[] = [range];
  for (const cut of cuts) parts = parts.flatMap((p) => subtractRange(p, cut));
  return parts;
}

/** True when `inner` lies wholly inside `outer` (same sheet). */
export function rangeInside(inner: RangeRef, outer: RangeRef): boolean {
  return (
    inner.sheet === outer.sheet &&
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

/** A rectangle on `sheet`. */
export function rect(sheet: string, row: number, col: number, rows: number, cols: number): RangeRef {
  return { sheet, row, col, rows, cols };
}
