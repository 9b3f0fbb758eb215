/**
 * Defined names as Segmenta writes them: a range as the absolute text a name holds, that text split
 * back into sheet and address, and Segmenta's names each scoped to the sheet it points at.
 */
import { NAME_PREFIX, quoteSheet, rangeAddress } from "../core";
import type { RangeRef } from "../core";

/** A defined name as spreadsheet cell models hold it: the name and its ranges (`'Sheet 1'!$A$1:$B$2`). */
export interface NameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

/**
 * Splits `'It''s'!$A$1:$B$2` into the sheet name and the local address.
 * @example splitSheetAddress("Sales!$A$1") // { sheet: "Sales", address: "$A$1" }
 */
export function splitSheetAddress(text: string): { sheet: string; address: string } | null {
  const bang = text.lastIndexOf("!");
  if (bang < 0) return null;
  const rawSheet = text.slice(0, bang);
  const sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, address: text.slice(bang + 1) };
}

/**
 * The text a defined name holds for a range: the sheet and absolute corners.
 * @example absoluteAddress({ sheet: "Sales", row: 0, col: 4, rows: 3, cols: 2 }) // "Sales!$E$1:$F$3"
 */
export function absoluteAddress(range: RangeRef): string {
  const local = rangeAddress(range, false)
    .split(":")
    .map((corner) => corner.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
  return `${quoteSheet(range.sheet)}!${local}`;
}

/**
 * The names as the file holds them: each `Segmenta_` range its own name scoped to the sheet it
 * points at (`localSheetId`, the sheet's position in `sheetNames`); other names as they are.
 * @example sheetScopedNames([{ name: "Segmenta_Results", ranges: ["Sales!$E$1"] }], ["Sales"]) // [{ name: "Segmenta_Results", ranges: ["Sales!$E$1"], localSheetId: 0 }]
 */
export function sheetScopedNames(plain: readonly NameModel[], sheetNames: readonly string[]): NameModel[] {
  const sheetIds = new Map(sheetNames.map((name, index) => [name, index]));
  const out: NameModel[] = [];
  for (const entry of plain) {
    if (!entry.name.startsWith(NAME_PREFIX)) {
      out.push(entry);
      continue;
    }
    for (const text of entry.ranges) {
      const sheet = splitSheetAddress(text)?.sheet;
      const localSheetId = sheet === undefined ? undefined : sheetIds.get(sheet);
      out.push(localSheetId === undefined ? { name: entry.name, ranges: [text] } : { name: entry.name, ranges: [text], localSheetId });
    }
  }
  return out;
}

