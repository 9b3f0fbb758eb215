import type ExcelJS from "exceljs";
import { NAME_PREFIX, parseRangeAddress } from "../../../src/core";
import type { OwnedRange, RangeRef } from "../../../src/core";
import { absoluteAddress, sheetScopedNames, splitSheetAddress, type NameModel } from "../../../src/xlsx/workbookNames";

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
