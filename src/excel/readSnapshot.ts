import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../core";
import { isBlank, NAME_PREFIX, portraitSheetsToRead } from "../core";
import { loadAllNames, ownedFromNames } from "./ownedNames";
import { blockRows, inRowBlocks } from "./rowBlocks";
import { syncWithTimeout } from "./syncWithTimeout";

export interface ReadOptions {
  /** Rows read so far of the used range's rows. */
  readonly onProgress?: (done: number, total: number) => void;
  /** How many first rows to read number formats of (header candidates). */
  readonly formatRows?: number;
  /** Rows per block; by default sized from the column count to stay under Excel's limits. */
  readonly blockRows?: number;
  readonly timeoutMs?: number;
  /**
   * The sheet the table was read from last time: read instead of the active sheet when the active
   * sheet is one of Segmenta's own (a run leaves its matrix, client or portrait sheet in front).
   */
  readonly dataSheet?: string;
}

/** The names that mark a whole sheet as Segmenta's (`Segmenta_Sheet_matrix`, `Segmenta_Sheet_portrait`, …). */
const SHEET_MARKER_PREFIX = `${NAME_PREFIX}Sheet_`;

/** Range bounds as loaded from Excel. */
interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * Reads the active sheet's used range — or the data sheet read last time, when a run left one of
 * Segmenta's own sheets in front — (values only, in row blocks sized to Excel's limits, a block
 * halved and retried when Excel finds it too large), the number formats of its first rows, the
 * names of all sheets and the ranges Segmenta's names mark, and — values only, in the same blocks —
 * Segmenta's own sheets that hold the user's entries (portrait marks, plan stages) into `others`.
 * Two syncs before the blocks whatever the number of sheets: the used ranges of every sheet are
 * sized in the same round trip as the names.
 */
export async function readSnapshot(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const sync = () => syncWithTimeout(context, options.timeoutMs);
  const activeSheet = context.workbook.worksheets.getActiveWorksheet();
  activeSheet.load("name");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await sync();
  const names = loadAllNames(context, worksheets.items);
  const usedOf = new Map(worksheets.items.map((s) => [s.name, loadBounds(s.getUsedRangeOrNullObject(true))]));
  await sync();
  const owned = names.flatMap((c) => ownedFromNames(c.items));
  const sheetNames = worksheets.items.map((s) => s.name);
  const ownSheets = new Set(owned.filter((o) => o.name.startsWith(SHEET_MARKER_PREFIX)).map((o) => o.range.sheet));
  const back = options.dataSheet;
  const name =
    ownSheets.has(activeSheet.name) && back !== undefined && usedOf.has(back) && !ownSheets.has(back) ? back : activeSheet.name;
  const sheetOf = (n: string) => worksheets.items.find((s) => s.name === n);
  const read = (n: string, o: ReadOptions) => {
    const range = usedOf.get(n);
    const sheet = sheetOf(n);
    if (!range || !sheet) throw new Error(`The sheet ${n} is no longer in the workbook.`);
    return readSheet(context, sheet, n, boundsOf(range), o);
  };
  const active = await read(name, options);
  const toRead = portraitSheetsToRead({ active, sheetNames, owned });
  if (toRead.length === 0) return { active, sheetNames, owned };
  const others: Record<string, SheetSnapshot> = {};
  for (const other of toRead) {
    if (other === active.name) others[other] = active;
    else if (usedOf.has(other)) others[other] = valuesOnly(await read(other, { ...options, onProgress: undefined, formatRows: 0 }));
  }
  return { active, sheetNames, owned, others };
}

/** Queues loading a used range's position and size. */
function loadBounds(range: Excel.Range): Excel.Range {
  range.load("rowIndex,columnIndex,rowCount,columnCount");
  return range;
}

/** A loaded used range as bounds; an empty sheet (null object) as no rows. */
function boundsOf(used: Excel.Range): Bounds {
  return used.isNullObject
    ? { top: 0, left: 0, rows: 0, cols: 0 }
    : { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
}

/** The sheet without the (empty) format rows a values-only read leaves. */
function valuesOnly(sheet: SheetSnapshot): SheetSnapshot {
  return { name: sheet.name, top: sheet.top, left: sheet.left, values: sheet.values };
}

/** Values and first-row formats of `bounds` on `sheet`, trailing blank rows dropped. */
export async function readSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  name: string,
  bounds: Bounds,
  options: ReadOptions = {},
): Promise<SheetSnapshot> {
  const sync = () => syncWithTimeout(context, options.timeoutMs);
  const size = options.blockRows ?? blockRows(bounds.cols);
  const values: CellValue[][] = [];
  options.onProgress?.(0, bounds.rows);
  await inRowBlocks(
    bounds.rows,
    size,
    async (first, count) => {
      const range = sheet.getRangeByIndexes(bounds.top + first, bounds.left, count, bounds.cols);
      range.load("values,valueTypes");
      await sync();
      if (!range.values || !range.valueTypes) return false;
      for (let r = 0; r < count; r++) values.push(range.values[r].map((v, c) => cellValue(v, range.valueTypes[r][c])));
      return true;
    },
    (done) => options.onProgress?.(done, bounds.rows),
  );
  while (values.length > 0 && values[values.length - 1].every((v) => isBlank(v))) values.pop();
  const formatCount = Math.min(options.formatRows ?? 30, values.length);
  const formats: string[][] = [];
  await inRowBlocks(formatCount, size, async (first, count) => {
    const range = sheet.getRangeByIndexes(bounds.top + first, bounds.left, count, bounds.cols);
    range.load("numberFormat");
    await sync();
    if (!range.numberFormat) return false;
    for (const line of range.numberFormat) formats.push(line.map((f) => String(f ?? "General")));
    return true;
  });
  return { name, top: bounds.top, left: bounds.left, values, formats };
}

/** Excel's error texts, for hosts that report an error cell as plain text. */
const ERROR_TEXTS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BUSY!", "#BLOCKED!", "#CONNECT!", "#UNKNOWN!", "#PYTHON!"]);

/**
 * A cell as core wants it: errors as `{ error }`, empty text as blank.
 * @example cellValue("#DIV/0!", "Error") // { error: "#DIV/0!" }
 */
export function cellValue(value: unknown, type: Excel.RangeValueType | string | undefined): CellValue {
  if (type === "Error" || (type !== "String" && typeof value === "string" && ERROR_TEXTS.has(value))) return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}
