import type { PlanValue, RangeRef } from "../core";
import { blockRows, inRowBlocks } from "./rowBlocks";

/** What a block write sets: cell values, formulas (when the rows hold any), or number formats. */
export type GridProperty = "values" | "formulas" | "numberFormat";

/**
 * Writes `cell(row, col)` over `range` in row blocks, one `flush()` (a sync) per block; a block
 * Excel finds too large is halved and retried.
 */
export async function writeGrid(
  sheet: Excel.Worksheet,
  range: RangeRef,
  property: GridProperty,
  cell: (row: number, col: number) => string | number | boolean,
  flush: () => Promise<void>,
  onRows?: (rows: number) => void,
  rowsPerBlock = blockRows(range.cols),
): Promise<void> {
  let reported = 0;
  await inRowBlocks(
    range.rows,
    rowsPerBlock,
    async (first, count) => {
      const grid: (string | number | boolean)[][] = [];
      for (let r = first; r < first + count; r++) {
        const line: (string | number | boolean)[] = [];
        for (let c = 0; c < range.cols; c++) line.push(cell(r, c));
        grid.push(line);
      }
      const target = sheet.getRangeByIndexes(range.row + first, range.col, count, range.cols);
      target[property] = grid;
      await flush();
      return true;
    },
    (done) => {
      onRows?.(done - reported);
      reported = done;
    },
  );
}

/**
 * A plan value as Excel takes it: blank as empty text, a formula as its text, and any other text
 * behind an apostrophe. Excel reads a string written through `values` as if it were typed, so
 * `00123`, `1/2`, `TRUE` or `-2+3` would become a number, a date, a boolean or a formula. The
 * apostrophe is Excel's own mark for "this is text": it is kept as the cell's prefix, not in its
 * value, so the value reads back exactly as written. A text number format (`@`) set before the
 * values would do the same, but it would also turn what a manager later types into those cells
 * (a stage date in the plan, a mark) into text, and it costs a format write per text cell.
 * @example excelValue("00123") // "'00123"
 */
export function excelValue(value: PlanValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "object") return value.formula;
  if (typeof value === "string") return value === "" ? "" : `'${value}`;
  return value;
}

/** True when any value of the rows is a formula. */
export function hasFormula(values: readonly (readonly PlanValue[])[]): boolean {
  return values.some((line) => line.some((v) => typeof v === "object" && v !== null));
}
