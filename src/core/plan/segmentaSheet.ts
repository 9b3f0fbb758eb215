import type { RangeRef } from "../cells";
import type { OwnedRange, WorkbookSnapshot } from "../snapshot";

/** Excel's longest sheet name. */
const SHEET_NAME_MAX = 31;

/** The range Segmenta marked with `name` on `sheet` (any sheet when omitted), or null. */
export function findOwned(workbook: WorkbookSnapshot, name: string, sheet?: string): OwnedRange | null {
  return workbook.owned.find((o) => o.name === name && (sheet === undefined || o.range.sheet === sheet)) ?? null;
}

/** Every range Segmenta owns on `sheet`. */
export function ownedOn(workbook: WorkbookSnapshot, sheet: string): RangeRef[] {
  return workbook.owned.filter((o) => o.range.sheet === sheet).map((o) => o.range);
}

/**
 * The sheet Segmenta writes a report to: the one already marked with `marker`, else `wanted`,
 * else `wanted (2)`, `wanted (3)`, … — never a user's sheet (names compare case-insensitively, as in Excel).
 * @example segmentaSheetName({ ...wb, sheetNames: ["Clients"], owned: [] }, "Segmenta_Sheet_clients", "Clients") // "Clients (2)"
 */
export function segmentaSheetName(workbook: WorkbookSnapshot, marker: string, wanted: string): string {
  const mine = findOwned(workbook, marker);
  if (mine) return mine.range.sheet;
  const taken = new Set(workbook.sheetNames.map((s) => s.toLowerCase()));
  const base = cleanSheetName(wanted);
  for (let k = 1; ; k++) {
    const suffix = k === 1 ? "" : ` (${k})`;
    const name = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Removes what Excel refuses in a sheet name (`[]:*?/\`, leading/trailing apostrophes). */
function cleanSheetName(name: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, " ").replace(/^'+|'+$/g, "").trim();
  return clean === "" ? "Segmenta" : clean;
}
