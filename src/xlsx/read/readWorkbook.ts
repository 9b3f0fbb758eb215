import {
  holdsTable,
  NAME_PREFIX,
  parseRangeAddress,
  portraitSheetsToRead,
  voiceSheetsToRead,
} from "../../core";
import type { DetectionNote, OwnedRange, SheetSnapshot, WorkbookSnapshot } from "../../core";
import {
  PART_LIMITS,
  PackageError,
  openWorkbookPackage,
  type DefinedName,
  type WorkbookPackage,
} from "../package";
import { splitSheetAddress } from "../workbookNames";
import { readSharedStrings } from "./sharedStrings";
import { sheetFromCells } from "./sheetGrid";
import type { SheetContext, SheetProgress } from "./cellText";
import { readSheetCells } from "./readSheet";
import { parseStyles } from "./styles";

/** Names that mark a whole sheet as Segmenta's (its client sheet, its matrix). */
const SHEET_MARKER_PREFIX = `${NAME_PREFIX}Sheet_`;

/**
 * The ranges a defined name's text lists, split at commas outside quoted sheet names.
 * @example rangeTexts("Sales!$A$1,'a, b'!$B$2") // ["Sales!$A$1", "'a, b'!$B$2"]
 */
function rangeTexts(text: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === "," && !quoted) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((t) => t.trim()).filter((t) => t !== "");
}

/** Every range named with Segmenta's prefix, whatever scope the file gave the name; a name's ranges together. */
export function ownedRangesOf(names: readonly DefinedName[]): OwnedRange[] {
  const byName = new Map<string, OwnedRange[]>();
  for (const entry of names) {
    if (!entry.name.startsWith(NAME_PREFIX)) continue;
    const list = byName.get(entry.name) ?? [];
    byName.set(entry.name, list);
    for (const text of rangeTexts(entry.text)) {
      const parts = splitSheetAddress(text);
      const range = parts ? parseRangeAddress(parts.sheet, parts.address) : null;
      if (range) list.push({ name: entry.name, range });
    }
  }
  return [...byName.values()].flat();
}

/**
 * A workbook file opened for reading: its package, shared strings and styles read once, and its
 * sheets read on demand, each streamed cell by cell and kept only over its table (see `sheetFromCells`).
 */
export interface WorkbookReader {
  readonly pkg: WorkbookPackage;
  readonly sheetNames: readonly string[];
  readonly owned: readonly OwnedRange[];
  /**
   * The sheet named `name` (exactly, else ignoring case) as the core reads it, or null if there is
   * none; `onProgress` hears how far a sheet not read before is (a sheet read once is kept).
   */
  sheet(name: string, onProgress?: SheetProgress): SheetSnapshot | null;
}

/**
 * Opens a workbook file's bytes for reading. Throws `PackageError` when the bytes are not a
 * readable workbook (the problem and the part say what could not be read).
 */
export function openWorkbookReader(bytes: Uint8Array): WorkbookReader {
  const pkg = openWorkbookPackage(bytes);
  const stylesPath = pkg.relatedPath("styles");
  const styles = parseStyles(
    stylesPath === undefined ? null : pkg.zip.bytes(stylesPath, PART_LIMITS.wholeSize),
    stylesPath ?? "",
  );
  let context: SheetContext | null = null;
  const contextOf = (): SheetContext =>
    (context ??= {
      sharedStrings: readSharedStrings(pkg.zip, pkg.relatedPath("sharedStrings")),
      styles,
      date1904: pkg.workbook.date1904,
    });
  const cache = new Map<string, SheetSnapshot>();
  return {
    pkg,
    sheetNames: pkg.sheets.map((s) => s.name),
    owned: ownedRangesOf(pkg.workbook.definedNames),
    sheet(name, onProgress) {
      const entry = pkg.sheet(name);
      if (!entry) return null;
      const known = cache.get(entry.name);
      if (known) return known;
      let snapshot: SheetSnapshot;
      if (entry.path === undefined || entry.kind !== "worksheet")
        snapshot = { name: entry.name, top: 0, left: 0, values: [], formats: [] };
      else if (!pkg.zip.entry(entry.path)) throw new PackageError("missingPart", entry.path, entry.name);
      else {
        const shared = contextOf();
        try {
          snapshot = sheetFromCells(
            entry.name,
            readSheetCells(pkg.zip, entry.path, shared, onProgress),
            styles,
          );
        } catch (error) {
          throw error instanceof PackageError ? error.inSheet(entry.name) : error;
        }
      }
      cache.set(entry.name, snapshot);
      return snapshot;
    },
  };
}

/**
 * The snapshot with `others` holding the sheets core asks for: Segmenta's own sheets with the
 * user's entries (found through `portraitSheetsToRead`), the complaints and survey sheets (§13,
 * `voiceSheetsToRead`) and the `extra` sheets, each read by
 * `readSheet` (null for a sheet that is not there). Both workbook readers use it.
 */
export function withOtherSheets(
  snapshot: WorkbookSnapshot,
  extra: readonly string[],
  readSheet: (name: string) => SheetSnapshot | null,
): WorkbookSnapshot {
  const names = [
    ...new Set([
      ...portraitSheetsToRead(snapshot),
      ...voiceSheetsToRead(snapshot.sheetNames, snapshot.owned),
      ...extra,
    ]),
  ];
  const others: Record<string, SheetSnapshot> = { ...snapshot.others };
  for (const name of names) {
    if (others[name]) continue;
    if (name === snapshot.active.name) others[name] = snapshot.active;
    else {
      const sheet = readSheet(name);
      if (sheet) others[sheet.name] = sheet;
    }
  }
  return { ...snapshot, others };
}

/** `withOtherSheets` over a workbook file being read. */
export function withSheetsRead(
  reader: WorkbookReader,
  snapshot: WorkbookSnapshot,
  extra: readonly string[] = [],
): WorkbookSnapshot {
  return withOtherSheets(snapshot, extra, (name) => reader.sheet(name));
}

/** The sheet a run reads when none is named, and the hidden sheets passed over before it. */
export interface SheetChoice {
  readonly name: string;
  readonly hiddenBefore: readonly string[];
}

/**
 * The first visible worksheet that holds a table of clients (see `holdsTable`), not one of
 * Segmenta's own; hidden sheets and cover pages in front of it are passed over. Null when no sheet
 * holds a table.
 * @example chooseSheet(openWorkbookReader(bytes)) // { name: "Data", hiddenBefore: ["Old"] }
 */
export function chooseSheet(
  reader: WorkbookReader,
  notTable: (name: string) => boolean = () => false,
): SheetChoice | null {
  if (choices.has(reader)) return choices.get(reader) ?? null;
  const choice = firstSheetWithTable(reader, notTable);
  choices.set(reader, choice);
  return choice;
}

/** The choice made for a reader (a run asks twice: whether there is one, and which). */
const choices = new WeakMap<WorkbookReader, SheetChoice | null>();

function firstSheetWithTable(
  reader: WorkbookReader,
  notTable: (name: string) => boolean,
): SheetChoice | null {
  const own = new Set(
    reader.owned.filter((o) => o.name.startsWith(SHEET_MARKER_PREFIX)).map((o) => o.range.sheet),
  );
  const hiddenBefore: string[] = [];
  for (const entry of reader.pkg.sheets) {
    if (own.has(entry.name) || notTable(entry.name) || entry.kind !== "worksheet") continue;
    if (entry.state !== "visible") {
      hiddenBefore.push(entry.name);
      continue;
    }
    const sheet = reader.sheet(entry.name);
    if (sheet && holdsTable(sheet)) return { name: entry.name, hiddenBefore };
  }
  return null;
}

/**
 * The workbook as core reads it, the same snapshot `snapshotFromWorkbook` builds from ExcelJS: the
 * chosen sheet (by default the first visible one that holds a table, see `chooseSheet`, named in a
 * note when the workbook has other sheets; else the first that holds anything), every sheet name,
 * Segmenta's named ranges, and `others` (see `withSheetsRead`). Null when `sheetName` is not in the
 * workbook. `notTable` tells the sheets never chosen by default (the complaints and survey).
 * @example snapshotFromReader(openWorkbookReader(bytes), "Sales")?.active.values[0]
 */
export function snapshotFromReader(
  reader: WorkbookReader,
  sheetName?: string,
  extra: readonly string[] = [],
  notTable: (name: string) => boolean = () => false,
  onProgress?: SheetProgress,
): WorkbookSnapshot | null {
  const { owned, sheetNames } = reader;
  let active: SheetSnapshot | null = null;
  const notes: DetectionNote[] = [];
  if (sheetName !== undefined) active = reader.sheet(sheetName, onProgress);
  else {
    const choice = chooseSheet(reader, notTable);
    const own = new Set(
      owned.filter((o) => o.name.startsWith(SHEET_MARKER_PREFIX)).map((o) => o.range.sheet),
    );
    if (choice !== null) {
      active = reader.sheet(choice.name, onProgress);
      if (sheetNames.length > 1)
        notes.push({
          code: "sheetUsed",
          text: choice.name,
          ...(choice.hiddenBefore.length > 0 ? { others: choice.hiddenBefore } : {}),
        });
    }
    for (const name of sheetNames) {
      if (active !== null) break;
      if (own.has(name) || notTable(name)) continue;
      const sheet = reader.sheet(name, onProgress);
      if (sheet && sheet.values.length > 0) active = sheet;
    }
    if (active === null && sheetNames.length > 0) active = reader.sheet(sheetNames[0]);
  }
  if (!active) return null;
  return withSheetsRead(
    reader,
    { active, sheetNames, owned, others: {}, ...(notes.length > 0 ? { notes } : {}) },
    extra,
  );
}
