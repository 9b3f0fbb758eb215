import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../core";
import { isBlank, NAME_PREFIX, portraitSheetsToRead, voiceSheetsToRead } from "../core";
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
  /** More sheets to read into `others`, values only (the complaints and survey sheets a user picked). */
  readonly extraSheets?: readonly string[];
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
export async function readSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
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
  const ownSheets = new Set(
    owned.filter((o) => o.name.startsWith(SHEET_MARKER_PREFIX)).map((o) => o.range.sheet),
  );
  const back = options.dataSheet;
  const name =
    ownSheets.has(activeSheet.name) && back !== undefined && usedOf.has(back) && !ownSheets.has(back)
      ? back
      : activeSheet.name;
  const sheetOf = (n: string) => worksheets.items.find((s) => s.name === n);
  const read = async (n: string, o: ReadOptions, bounded: boolean) => {
    const range = usedOf.get(n);
    const sheet = sheetOf(n);
    if (!range || !sheet) throw new Error(`The sheet ${n} is no longer in the workbook.`);
    const used = boundsOf(range);
    return readSheet(context, sheet, n, bounded ? await tableColumns(sheet, used, sync) : used, o);
  };
  const active = await read(name, options, true);
  // The complaints and survey sheets (§13) are read with the sheets that hold the user's entries.
  const toRead = [
    ...new Set([
      ...portraitSheetsToRead({ active, sheetNames, owned }),
      ...voiceSheetsToRead(sheetNames, owned),
      ...(options.extraSheets ?? []),
    ]),
  ];
  if (toRead.length === 0) return { active, sheetNames, owned };
  const others: Record<string, SheetSnapshot> = {};
  for (const other of toRead) {
    if (other === active.name) others[other] = active;
    else if (usedOf.has(other))
      others[other] = valuesOnly(
        await read(other, { ...options, onProgress: undefined, formatRows: 0 }, false),
      );
  }
  return { active, sheetNames, owned, others };
}

/** Past this many columns the used range is narrowed to the table's columns before any value is read. */
const WIDE_COLUMNS = 256;
/** Rows at the top of the used range where the table's header is (core looks for it in the first 60). */
const HEADER_ROWS = 60;
/** Columns kept either side of the header's: a client column often has no header. */
const COLUMN_MARGIN = 2;

/**
 * The columns of the table on a sheet whose used range is very wide (one stray cell at XFD1048576
 * makes it the whole sheet). The used cells of its first rows, asked in blocks of 256 columns in one
 * round trip, give the header's columns: the run of used blocks from the first one on, so a stray
 * cell far to the right, even in the header's rows, stays out. The used cells of those columns (plus
 * a margin) give the rows. Two small round trips, no cell loaded, instead of reading billions of
 * empty ones; a used range of ordinary width is read as it is.
 */
async function tableColumns(
  sheet: Excel.Worksheet,
  used: Bounds,
  sync: () => Promise<void>,
): Promise<Bounds> {
  if (used.cols <= WIDE_COLUMNS || used.rows === 0) return used;
  const headRows = Math.min(used.rows, HEADER_ROWS);
  const blocks: Excel.Range[] = [];
  for (let c = 0; c < used.cols; c += WIDE_COLUMNS) {
    const width = Math.min(WIDE_COLUMNS, used.cols - c);
    blocks.push(
      loadBounds(
        sheet.getRangeByIndexes(used.top, used.left + c, headRows, width).getUsedRangeOrNullObject(true),
      ),
    );
  }
  await sync();
  const first = blocks.findIndex((b) => !b.isNullObject);
  if (first < 0) return used;
  let last = first;
  while (last + 1 < blocks.length && !blocks[last + 1].isNullObject) last++;
  const end = used.left + used.cols - 1;
  const left = Math.max(used.left, blocks[first].columnIndex - COLUMN_MARGIN);
  const right = Math.min(end, blocks[last].columnIndex + blocks[last].columnCount - 1 + COLUMN_MARGIN);
  const body = loadBounds(
    sheet.getRangeByIndexes(used.top, left, used.rows, right - left + 1).getUsedRangeOrNullObject(true),
  );
  await sync();
  const bottom = body.isNullObject ? used.top : body.rowIndex + body.rowCount;
  return { top: used.top, left, rows: bottom - used.top, cols: right - left + 1 };
}

/** The row every blank row passed over shares in a snapshot's grid. */
const BLANK_ROW: readonly CellValue[] = [];

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
      // Where the rest of the range is used, asked in the same round trip: after a blank block the
      // read goes straight on there, so a stray cell far below costs no blocks of empty rows.
      const rest = bounds.rows - first - count;
      const after =
        rest > 0
          ? loadBounds(
              sheet
                .getRangeByIndexes(bounds.top + first + count, bounds.left, rest, bounds.cols)
                .getUsedRangeOrNullObject(true),
            )
          : null;
      await sync();
      if (!range.values || !range.valueTypes) return false;
      let blank = true;
      for (let r = 0; r < count; r++) {
        const line = range.values[r].map((v, c) => cellValue(v, range.valueTypes[r][c]));
        if (blank && !line.every((v) => v === null)) blank = false;
        values.push(line);
      }
      if (!blank || after === null) return true;
      const next = after.isNullObject ? bounds.rows : after.rowIndex - bounds.top;
      for (let r = first + count; r < next; r++) values.push(BLANK_ROW as CellValue[]);
      return next;
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
const ERROR_TEXTS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

/**
 * A cell as core wants it: errors as `{ error }`, empty text as blank.
 * @example cellValue("#DIV/0!", "Error") // { error: "#DIV/0!" }
 */
export function cellValue(value: unknown, type: Excel.RangeValueType | string | undefined): CellValue {
  if (type === "Error" || (type !== "String" && typeof value === "string" && ERROR_TEXTS.has(value)))
    return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}
