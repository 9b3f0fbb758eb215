import { isBlank } from "../cells";
import type { SheetSnapshot } from "../snapshot";
import { cellText, sheetCell } from "./sheetCell";
import { targetKey } from "./targetKey";
import type { TargetMatrix } from "./types";
import { PORTRAIT_WORDS } from "./words";

/** The note column and row headers in every language: never a product or a segment. */
const NOTE_LABELS: ReadonlySet<string> = new Set(Object.values(PORTRAIT_WORDS).map((w) => w.headers.note));

/**
 * Reads Segmenta's target sheet: product names in row 1 from B until the first blank header,
 * segment names in column A from row 2 until the first blank, and every non-empty cell between
 * them as a mark ("✓", "x", "1" all count); a "Note" header (any language) also ends a list, so a
 * name typed into the blank column or row just before the notes is read as a new product or segment. The note column (after one blank column) and the
 * note row (after one blank row) say which segments and products were flagged as no longer in the data.
 * @example readTargets(undefined) // an empty matrix
 */
export function readTargets(sheet: SheetSnapshot | undefined): TargetMatrix {
  const segments: string[] = [];
  const products: string[] = [];
  const marks = new Set<string>();
  const labels = new Map<string, string | number | boolean>();
  const flagged = { segments: new Set<string>(), products: new Set<string>() };
  if (!sheet) return { segments, products, marks, flagged };
  const productCols: number[] = [];
  for (let col = 1; ; col++) {
    const name = cellText(sheetCell(sheet, 0, col));
    if (name === "" || NOTE_LABELS.has(name)) break;
    if (!products.includes(name)) products.push(name);
    productCols.push(col);
  }
  const noteCol = productCols.length + 2;
  let lastRow = 0;
  for (let row = 1; ; row++) {
    const name = cellText(sheetCell(sheet, row, 0));
    if (name === "" || NOTE_LABELS.has(name)) break;
    lastRow = row;
    if (!segments.includes(name)) segments.push(name);
    if (!isBlank(sheetCell(sheet, row, noteCol))) flagged.segments.add(name);
    productCols.forEach((col) => {
      const mark = sheetCell(sheet, row, col);
      if (isBlank(mark)) return;
      const key = targetKey(name, cellText(sheetCell(sheet, 0, col)));
      marks.add(key);
      if (!labels.has(key) && mark !== null && typeof mark !== "object") labels.set(key, mark);
    });
  }
  const noteRow = lastRow + 2;
  productCols.forEach((col) => {
    if (!isBlank(sheetCell(sheet, noteRow, col))) flagged.products.add(cellText(sheetCell(sheet, 0, col)));
  });
  return { segments, products, marks, flagged, labels, extent: { rows: lastRow + 3, cols: noteCol + 1 } };
}
