import type ExcelJS from "exceljs";
import { NAME_PREFIX, parseRangeAddress, quoteSheet, rangeAddress } from "../core";
import type { OwnedRange, RangeRef } from "../core";

/** A defined name as ExcelJS models it: the name and its ranges (`'Sheet 1'!$A$1:$B$2`). */
export interface NameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

/** The `DefinedNames` object of a workbook, with the model accessor ExcelJS has but does not type. */
interface NamesWithModel {
  model: NameModel[];
}

function namesOf(wb: ExcelJS.Workbook): NamesWithModel {
  return wb.definedNames as unknown as NamesWithModel;
}

/** The `model` accessor of ExcelJS's DefinedNames class (one entry per name, no scope). */
function modelAccessor(wb: ExcelJS.Workbook): PropertyDescriptor | undefined {
  return Object.getOwnPropertyDescriptor(Object.getPrototypeOf(wb.definedNames) as object, "model");
}

/** The names as ExcelJS holds them: one entry per name, its ranges on every sheet. */
function plainModel(wb: ExcelJS.Workbook): NameModel[] {
  const accessor = modelAccessor(wb);
  return accessor?.get ? (accessor.get.call(wb.definedNames) as NameModel[]) : namesOf(wb).model;
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
  const names = namesOf(wb);
  const others = plainModel(wb).map((entry) =>
    entry.name === name ? { ...entry, ranges: entry.ranges.filter((text) => splitSheetAddress(text)?.sheet !== range.sheet) } : entry,
  );
  names.model = others;
  wb.definedNames.add(absoluteAddress(range), name);
  scopeNamesToSheets(wb);
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

const SCOPED = Symbol.for("segmenta.sheetScopedNames");

/**
 * ExcelJS keeps defined names workbook-wide and forgets `localSheetId` on reading. Segmenta's names
 * are sheet-scoped in Excel (the add-in finds them through `worksheet.names`), so when the workbook
 * is written each `Segmenta_` range becomes its own name scoped to the sheet it points at. Other
 * names are written as ExcelJS writes them. Installed once per workbook, before loading a file into it
 * (see `loadWorkbook`), so that a name scoped to several sheets keeps all its ranges.
 */
export function scopeNamesToSheets(wb: ExcelJS.Workbook): void {
  const names = wb.definedNames as unknown as Record<symbol, boolean>;
  if (names[SCOPED]) return;
  const accessor = modelAccessor(wb);
  if (!accessor?.get || !accessor.set) return;
  const readModel = accessor.get;
  const writeModel = accessor.set;
  Object.defineProperty(wb.definedNames, "model", {
    configurable: true,
    get(this: object): NameModel[] {
      return sheetScopedNames(readModel.call(this) as NameModel[], wb.worksheets.map((ws) => ws.name));
    },
    set(this: object, value: NameModel[]) {
      // A file may hold the same name scoped to several sheets: keep every range, not the last one.
      const merged = new Map<string, string[]>();
      for (const entry of value) merged.set(entry.name, [...(merged.get(entry.name) ?? []), ...entry.ranges]);
      writeModel.call(this, [...merged].map(([name, ranges]) => ({ name, ranges })));
    },
  });
  names[SCOPED] = true;
}
