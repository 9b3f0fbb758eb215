import { rect } from "../plan/rangeMath";
import type { PlanValue, WriteOp, WritePlan } from "../plan/types";
import { PORTRAIT_MARKERS } from "./portraitMarkers";
import { targetKey } from "./targetKey";
import type { TargetMatrix } from "./types";
import type { PortraitSheetWords } from "./words";

/** The mark Segmenta writes and offers in the dropdown. */
export const TARGET_MARK = "✓";
const NOTE_FILL = "#FCE4D6";

/**
 * The target sheet: segments down column A, products across row 1, the marks between them (kept as
 * the user typed them, a ✓ dropdown on every mark cell), a note column after one blank column and a
 * note row after one blank row for what is no longer in the data. `previous` is the layout read from
 * the sheet: that area and the new one are cleared first, so moved notes leave nothing behind and a
 * re-run on an unchanged workbook gives the same plan; cells outside them are the user's.
 * @example targetSheetOps("Ideal portrait", matrix, undefined, words).ops[0] // { kind: "sheet", … }
 */
export function targetSheetOps(
  sheet: string,
  matrix: TargetMatrix,
  previous: TargetMatrix["extent"],
  words: PortraitSheetWords,
): WritePlan {
  const S = matrix.segments.length;
  const P = matrix.products.length;
  const rows = S + 3;
  const cols = P + 3;
  const noteCol = P + 2;
  const noteRow = S + 2;
  const grid: PlanValue[][] = Array.from({ length: rows }, () => new Array<PlanValue>(cols).fill(null));
  grid[0][0] = words.headers.corner;
  grid[0][noteCol] = words.headers.note;
  grid[noteRow][0] = words.headers.note;
  matrix.products.forEach((product, p) => {
    grid[0][p + 1] = product;
    if (matrix.flagged.products.has(product)) grid[noteRow][p + 1] = words.notInData;
  });
  matrix.segments.forEach((segment, s) => {
    grid[s + 1][0] = segment;
    if (matrix.flagged.segments.has(segment)) grid[s + 1][noteCol] = words.notInData;
    matrix.products.forEach((product, p) => {
      const key = targetKey(segment, product);
      if (matrix.marks.has(key)) grid[s + 1][p + 1] = matrix.labels?.get(key) ?? TARGET_MARK;
    });
  });
  const block = rect(sheet, 0, 0, Math.max(rows, previous?.rows ?? 0), Math.max(cols, previous?.cols ?? 0));
  const ops: WriteOp[] = [
    { kind: "sheet", sheet, marker: PORTRAIT_MARKERS.portrait, clear: false },
    { kind: "clear", range: block },
  ];
  ops.push(
    { kind: "values", range: rect(sheet, 0, 0, rows, cols), values: grid },
    { kind: "style", range: rect(sheet, 0, 0, 1, cols), style: { bold: true } },
    { kind: "style", range: rect(sheet, 0, 0, rows, 1), style: { bold: true } },
  );
  if (S > 0 && P > 0) {
    const marks = rect(sheet, 1, 1, S, P);
    ops.push({ kind: "validation", range: marks, list: [TARGET_MARK] }, { kind: "style", range: marks, style: { horizontal: "center" } });
  }
  if (matrix.flagged.segments.size > 0) ops.push({ kind: "style", range: rect(sheet, 1, noteCol, S, 1), style: { fontColor: "#9C5700", fill: NOTE_FILL } });
  if (matrix.flagged.products.size > 0) ops.push({ kind: "style", range: rect(sheet, noteRow, 1, 1, P), style: { fontColor: "#9C5700", fill: NOTE_FILL } });
  ops.push(
    { kind: "freeze", sheet, rows: 1, cols: 1 },
    { kind: "columnWidths", sheet, col: 0, widths: [22, ...new Array<number>(P).fill(12), 3, 18] },
    { kind: "name", name: PORTRAIT_MARKERS.portrait, range: rect(sheet, 0, 0, rows, cols) },
  );
  return { ops, owned: [block] };
}
