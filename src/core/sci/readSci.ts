import { cellAddress, quoteSheet } from "../cells";
import { listHeader } from "../read/listHeader";
import type { ClientInfo, DetectedTable, InputIssue } from "../dataset";
import { clientMatcher } from "../read/clientMatcher";
import { cellContent } from "../read/cellContent";
import { dateOrder } from "../read/columnEvidence";
import { isDateFormat } from "../read/isDateFormat";
import { parseDate } from "../read/parseDate";
import type { SheetSnapshot } from "../snapshot";
import { sciCell, sciFractions, type SciCell } from "./sciValues";

/** Each client's index (a fraction 0–1, null without a value), or the cells that are not an index. */
export type SciRead =
  | { readonly ok: true; readonly value: readonly (number | null)[] }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

/** Where an SCI column is read from: a sheet, its header row, data rows and columns (sheet coordinates). */
export interface SciSource {
  readonly sheet: SheetSnapshot;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly clientCol: number;
  readonly sciCol: number;
  /** A long table's date column: the most recent dated row wins; without it, the row furthest down. */
  readonly dateCol: number | null;
  /** How an issue names a cell (sheet row and column); default `Sheet!C17`. */
  readonly cellLabel?: (row: number, col: number) => string;
  /** The day order the table's dates were read in. */
  readonly dateOrder?: "dmy" | "mdy";
}

/**
 * The SCI column of a found table, when it has one (role `sci`), as a source for {@link readSci}.
 * @example sciSourceOf(sheet, table) // { sciCol: 5, clientCol: 0, dateCol: 1, … } or null
 */
export function sciSourceOf(
  sheet: SheetSnapshot,
  table: DetectedTable,
  cellLabel?: (row: number, col: number) => string,
): SciSource | null {
  const col = (role: string) => table.columns.find((c) => c.role === role)?.col ?? null;
  const sciCol = col("sci");
  const clientCol = col("client");
  if (sciCol === null || clientCol === null) return null;
  return {
    sheet,
    firstRow: table.firstRow,
    lastRow: table.lastRow,
    clientCol,
    sciCol,
    dateCol: col("date"),
    ...(table.dateOrder ? { dateOrder: table.dateOrder } : {}),
    ...(cellLabel ? { cellLabel } : {}),
  };
}

/**
 * The SCI column of a client list sheet (the one `--clients-sheet` names): the first of its top rows
 * with a client header and an SCI header (en/ru/es), found as the client list's own header is; null
 * when it has none. Issues name its cells as `Sheet!C17`.
 * @example sciSourceOfList({ name: "Clients", top: 0, left: 0, values: [["Client", "SCI"], ["Acme", 0.9]] })?.sciCol // 1
 */
export function sciSourceOfList(sheet: SheetSnapshot): SciSource | null {
  const header = listHeader(sheet, ["client", "sci"]);
  if (header === null) return null;
  const [client, sci] = header.cols;
  return {
    sheet,
    firstRow: sheet.top + header.row + 1,
    lastRow: sheet.top + sheet.values.length - 1,
    clientCol: sheet.left + client,
    sciCol: sheet.left + sci,
    dateCol: null,
  };
}

/**
 * Reads every client's reliability index (METHODOLOGY §11): the value on the client's most recent
 * row that has one (the latest date; on one date, the row further down), read by the column's rule (a % sign is a percent;
 * the other values are fractions when all are ≤ 1, percents otherwise). A negative value, a percent
 * above 100, a word or an error value is an issue naming its cell, and then no value is given.
 * Rows whose client is not among `clients` (totals, blanks) are not read.
 * @example readSci(source, dataset.clients) // { ok: true, value: [0.92, null, 0.65] }
 */
export function readSci(source: SciSource, clients: readonly ClientInfo[]): SciRead {
  const { sheet } = source;
  const label =
    source.cellLabel ?? ((row: number, col: number) => `${quoteSheet(sheet.name)}!${cellAddress(row, col)}`);
  const matchClient = clientMatcher(clients);
  const at = (row: number, col: number) => sheet.values[row - sheet.top]?.[col - sheet.left];
  const formatAt = (row: number, col: number) => sheet.formats?.[row - sheet.top]?.[col - sheet.left];
  const order =
    source.dateCol === null
      ? "dmy"
      : (source.dateOrder ?? orderOf(dateOrder(sheet.values, source.dateCol - sheet.left, source.firstRow - sheet.top, source.lastRow - sheet.top)));

  const issues: InputIssue[] = [];
  const cells: SciCell[] = [];
  const found: { client: number; row: number; day: number }[] = [];
  for (let row = source.firstRow; row <= source.lastRow; row++) {
    const key = at(row, source.clientCol);
    if (key === null || key === undefined || typeof key === "object") continue;
    const client = matchClient(key);
    if (client < 0) continue;
    const cell = sciCell(at(row, source.sciCol), formatAt(row, source.sciCol));
    if (cell === null) continue;
    if (!("value" in cell)) {
      issues.push({ code: "notAnSci", cell: label(row, source.sciCol), content: cell.content });
      continue;
    }
    const day =
      source.dateCol === null
        ? 0
        : (parseDate(at(row, source.dateCol), {
            order,
            dateFormatted: isDateFormat(formatAt(row, source.dateCol)),
          }) ?? -Infinity);
    cells.push(cell);
    found.push({ client, row, day });
  }
  const { fractions, bad } = sciFractions(cells);
  if (bad !== null) {
    const { row } = found[bad];
    issues.push({
      code: "notAnSci",
      cell: label(row, source.sciCol),
      content: cellContent(at(row, source.sciCol)),
    });
  }
  if (issues.length > 0) return { ok: false, issues };

  const value: (number | null)[] = new Array<number | null>(clients.length).fill(null);
  const best: { day: number; row: number }[] = [];
  found.forEach((f, i) => {
    const seen = best[f.client];
    if (seen === undefined || f.day > seen.day || (f.day === seen.day && f.row > seen.row)) {
      best[f.client] = { day: f.day, row: f.row };
      value[f.client] = fractions[i];
    }
  });
  return { ok: true, value };
}

/** A column's evidence as the order to read it in: day first unless it says month first. */
function orderOf(evidence: ReturnType<typeof dateOrder>): "dmy" | "mdy" {
  return evidence === "mdy" ? "mdy" : "dmy";
}
