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
 * A plan value as Excel takes it: blank as empty text, a formula as its text, and text that Excel
 * would read as a formula (`=…`, `+…`) kept as text.
 * @example excelValue("=not a formula") // "'=not a formula"
 */
export function excelValue(value: PlanValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "object") return value.formula;
  if (typeof value === "string" && /^[=+]/.test(value)) return `'${value}`;
  return value;
}

/** True when any value of the rows is a formula. */
export function hasFormula(values: readonly (readonly PlanValue[])[]): boolean {
  return values.some((line) => line.some((v) => typeof v === "object" && v !== null));
}
