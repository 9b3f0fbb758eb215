import type ExcelJS from "exceljs";
import { NAME_PREFIX, parseRangeAddress, quoteSheet, rangeAddress } from "../core";
import type { OwnedRange, RangeRef } from "../core";

/** A defined name as ExcelJS models it: the name and its ranges (`'Sheet 1'!$A$1:$B$2`). */
export interface NameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

/** The `model` accessor of ExcelJS's DefinedNames class (one entry per name, no scope). */
function modelAccessor(wb: ExcelJS.Workbook): PropertyDescriptor | undefined {
  return Object.getOwnPropertyDescriptor(Object.getPrototypeOf(wb.definedNames) as object, "model");
}

const STORE = Symbol.for("segmenta.definedNames");

/** A workbook's `DefinedNames` with the list of names Segmenta keeps on it (see `scopeNamesToSheets`). */
interface NamesWithStore {
  [STORE]?: NameModel[];
}

/** The names of a workbook: one entry per name, its ranges on every sheet. */
function plainModel(wb: ExcelJS.Workbook): NameModel[] {
  scopeNamesToSheets(wb);
  return (wb.definedNames as unknown as NamesWithStore)[STORE] ?? [];
}

/** Replaces the names of a workbook (one entry per name, ranges merged when a name comes twice). */
function setPlainModel(wb: ExcelJS.Workbook, model: readonly NameModel[]): void {
  const merged = new Map<string, string[]>();
  for (const entry of model) merged.set(entry.name, [...(merged.get(entry.name) ?? []), ...entry.ranges]);
  (wb.definedNames as unknown as NamesWithStore)[STORE] = [...merged].map(([name, ranges]) => ({ name, ranges }));
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

/** Every range named with Segmenta's prefix, whatever scope the file gave the name. */
export function ownedRanges(wb: ExcelJS.Workbook): OwnedRange[] {
  const owned: OwnedRange[] = [];
  for (const entry of plainModel(wb)) {
    if (!entry.name.startsWith(NAME_PREFIX)) continue;
    for (const text of entry.ranges) {
      const parts = splitSheetAddress(text);
      const range = parts ? parseRangeAddress(parts.sheet, parts.address) : null;
      if (range) owned.push({ name: entry.name, range });
    }
  }
  return owned;
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
 * Gives `name` the range `range` on the range's sheet, replacing what the name meant on that sheet
 * and leaving it alone on other sheets (the names are sheet-scoped, so each sheet has its own).
 */
export function setSheetName(wb: ExcelJS.Workbook, name: string, range: RangeRef): void {
  const others = plainModel(wb).map((entry) =>
    entry.name === name ? { ...entry, ranges: entry.ranges.filter((text) => splitSheetAddress(text)?.sheet !== range.sheet) } : entry,
  );
  setPlainModel(wb, [...others, { name, ranges: [absoluteAddress(range)] }]);
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

/**
 * ExcelJS keeps defined names workbook-wide, one entry per cell of each range (a name over a
 * 50,000-row sheet holds millions), and forgets `localSheetId` on reading. Segmenta's names are
 * sheet-scoped in Excel (the add-in finds them through `worksheet.names`). Installed once per
 * workbook, before a file is loaded into it (see `loadWorkbook`), this keeps the names as a plain
 * list of ranges instead, taken in when a file is read (a name scoped to several sheets keeps all
 * its ranges) and by `definedNames.add`, and when the workbook is written each `Segmenta_` range
 * becomes its own name scoped to the sheet it points at; other names are written as they are.
 */
export function scopeNamesToSheets(wb: ExcelJS.Workbook): void {
  const names = wb.definedNames as unknown as NamesWithStore & { add(location: string, name: string): void };
  if (names[STORE]) return;
  const accessor = modelAccessor(wb);
  const before = accessor?.get ? (accessor.get.call(names) as NameModel[]) : [];
  setPlainModel(wb, before);
  Object.defineProperty(names, "model", {
    configurable: true,
    get: (): NameModel[] => sheetScopedNames(plainModel(wb), wb.worksheets.map((ws) => ws.name)),
    set: (value: NameModel[]) => setPlainModel(wb, value),
  });
  names.add = (location: string, name: string) => setPlainModel(wb, [...plainModel(wb), { name, ranges: [location] }]);
}
