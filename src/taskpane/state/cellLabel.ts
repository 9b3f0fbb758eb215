import { parseRangeAddress, type RangeRef } from "../../core";

/**
 * The range an input error points at, from its label (`Sales!C17`, `'My data'!B2:C4`); null for
 * labels that name no sheet cell (a file name, a whole sheet).
 * @example rangeOfCellLabel("'Q1 data'!C17") // { sheet: "Q1 data", row: 16, col: 2, rows: 1, cols: 1 }
 */
export function rangeOfCellLabel(label: string): RangeRef | null {
  const bang = label.lastIndexOf("!");
  if (bang <= 0) return null;
  const rawSheet = label.slice(0, bang).trim();
  const sheet = /^'.*'$/.test(rawSheet) ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return parseRangeAddress(sheet, label.slice(bang + 1));
}
