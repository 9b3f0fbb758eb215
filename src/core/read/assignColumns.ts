import type { ColumnInfo, ColumnOverrides, DetectionNote, InputIssue, Role } from "../dataset";
import type { TableBounds } from "./findTable";
import { valueKind } from "./guessByValues";
import { CLIENT_ID_RANK, CLIENT_NAME_RANK, CLIENT_RANK } from "./headerDictionary";
import { headerText } from "./headerText";
import { parsePeriodHeader, type HeaderPeriod } from "./parsePeriodHeader";
import { isTotalLabel, recogniseHeader, type HeaderMatch } from "./recogniseHeader";
import { resolveOverride } from "./resolveOverride";
import type { SheetView } from "./sheetView";

/** Roles one column plays at most once per table. */
export type SingleRole = keyof ColumnOverrides;

/** The columns of a found table, in grid columns, and what the user is told about them. */
export interface ColumnPlan {
  readonly shape: "wide" | "long";
  readonly roles: Readonly<Partial<Record<SingleRole, number>>>;
  readonly periods: readonly { readonly col: number; readonly period: HeaderPeriod }[];
  /** Every column of the table with its role, in sheet columns. */
  readonly columns: readonly ColumnInfo[];
  readonly notes: readonly DetectionNote[];
  /** `unknownColumn` for overrides naming no column, `missingColumn` for required roles not found. */
  readonly issues: readonly InputIssue[];
}

interface HeaderCell {
  readonly col: number;
  readonly text: string;
  readonly matches: readonly HeaderMatch[];
  readonly total: boolean;
  readonly period: HeaderPeriod | null;
}

interface Candidate {
  readonly col: number;
  readonly rank: number;
}

const ATTRIBUTE_ROLES: readonly SingleRole[] = ["segment", "product", "manager", "sci"];
const LONG_ONLY_ROLES: readonly SingleRole[] = ["date", "amount", "margin", "quantity"];

/**
 * Gives each column of a found table its role. Overrides come first and always win; then, by
 * header: the client (an explicit id as key with a name column kept as `clientName`), the date (an
 * order/invoice/sale date over ship/delivery/due dates), the amount (sales over a total, profit or
 * quantity, which become margin and quantity), and segment, product and manager. A table with two or
 * more period headers is wide, and so is one with a single period header and no date or amount header. A client (and, in long tables, a date) without a known header is
 * taken from the values. Each choice between look-alike columns becomes a note.
 *
 * @example assignColumns(view, bounds, sheet, {}).roles // { client: 0, date: 1, amount: 3 }
 */
export function assignColumns(
  view: SheetView,
  bounds: TableBounds,
  sheet: { readonly name: string; readonly left: number },
  overrides: ColumnOverrides = {},
): ColumnPlan {
  const cells = new Map<number, HeaderCell>();
  const cellAt = (col: number): HeaderCell => {
    let cell = cells.get(col);
    if (cell === undefined) {
      cell = headerCell(view, bounds.headerRow, col);
      cells.set(col, cell);
    }
    return cell;
  };
  for (let c = bounds.firstCol; c <= bounds.lastCol; c++) cellAt(c);

  const roles: Partial<Record<SingleRole, number>> = {};
  const by = new Map<number, ColumnInfo["by"]>();
  const issues: InputIssue[] = [];
  const notes: DetectionNote[] = [];
  const sheetCol = (col: number) => col + sheet.left;
  const assign = (role: SingleRole, col: number, how: ColumnInfo["by"]) => {
    roles[role] = col;
    by.set(col, how);
  };

  for (const [role, given] of Object.entries(overrides) as [SingleRole, string | undefined][]) {
    if (given === undefined || given.trim() === "") continue;
    const col = resolveOverride(given, view, bounds.headerRow, sheet.left);
    if (col === null || by.has(col)) issues.push({ code: "unknownColumn", role, given });
    else {
      cellAt(col);
      assign(role, col, "override");
    }
  }

  const free = () => [...cells.values()].filter((cell) => !by.has(cell.col)).sort((a, b) => a.col - b.col);
  const periodCells = free().filter((cell) => cell.period !== null);
  const namesLongColumn = (cell: HeaderCell) =>
    !cell.total && cell.matches.some((m) => m.role === "date" || m.role === "amount");
  const overridden = roles.date !== undefined || roles.amount !== undefined;
  const wide = !overridden && (periodCells.length >= 2 || (periodCells.length === 1 && !free().some(namesLongColumn)));
  const shape = wide ? "wide" : "long";
  const periods = shape === "wide" ? periodCells.map((cell) => ({ col: cell.col, period: cell.period as HeaderPeriod })) : [];
  const totals = free().filter((cell) => cell.total && (shape === "wide" || !canBeAmount(cell)));
  for (const cell of [...periods, ...totals]) by.set(cell.col, "header");
  if (shape === "wide") {
    for (const cell of totals) notes.push({ code: "totalsColumnSkipped", role: "total", chosen: sheetCol(cell.col) });
  }

  const candidates = (role: Role): Candidate[] =>
    free()
      .flatMap((cell) => cell.matches.filter((m) => m.role === role).map((m) => ({ col: cell.col, rank: m.rank })))
      .sort((a, b) => a.rank - b.rank || a.col - b.col);

  if (roles.client === undefined) {
    const clients = candidates("client");
    if (clients.length > 0) {
      assign("client", clients[0].col, "header");
      const name = clients.find((c) => c.rank === CLIENT_RANK || c.rank === CLIENT_NAME_RANK);
      if (clients[0].rank === CLIENT_ID_RANK && name !== undefined && roles.clientName === undefined) {
        assign("clientName", name.col, "header");
        notes.push({ code: "choseIdKey", role: "client", chosen: sheetCol(clients[0].col), over: [sheetCol(name.col)] });
      }
    }
  }
  if (shape === "long") {
    if (roles.date === undefined) {
      const dates = candidates("date");
      if (dates.length > 0) {
        assign("date", dates[0].col, "header");
        if (dates.length > 1)
          notes.push({ code: "choseOrderDate", role: "date", chosen: sheetCol(dates[0].col), over: dates.slice(1).map((d) => sheetCol(d.col)) });
      }
    }
    if (roles.amount === undefined) {
      const amounts = candidates("amount");
      if (amounts.length > 0) {
        assign("amount", amounts[0].col, "header");
        const over = [...amounts.slice(1), ...candidates("margin"), ...candidates("quantity")].map((c) => sheetCol(c.col));
        if (over.length > 0) notes.push({ code: "choseSalesAmount", role: "amount", chosen: sheetCol(amounts[0].col), over });
      }
    }
  }
  const optional = shape === "long" ? ["margin", "quantity", ...ATTRIBUTE_ROLES] : ATTRIBUTE_ROLES;
  for (const role of optional as SingleRole[]) {
    if (roles[role] !== undefined) continue;
    const found = candidates(role);
    if (found.length > 0) assign(role, found[0].col, "header");
  }

  guessFromValues(view, bounds, shape, periods, roles, free, assign);
  for (const role of shape === "wide" ? (["client"] as const) : (["client", "date", "amount"] as const)) {
    if (roles[role] === undefined) issues.push({ code: "missingColumn", role, sheet: sheet.name });
  }
  if (shape === "wide") for (const role of LONG_ONLY_ROLES) delete roles[role];

  const roleOf = new Map<number, Role>();
  for (const [role, col] of Object.entries(roles) as [SingleRole, number][]) roleOf.set(col, role);
  for (const p of periods) roleOf.set(p.col, "period");
  for (const t of totals) roleOf.set(t.col, "total");
  const periodOf = new Map(periods.map((p) => [p.col, p.period]));
  const columns: ColumnInfo[] = [...cells.values()]
    .sort((a, b) => a.col - b.col)
    .map((cell) => {
      const period = periodOf.get(cell.col);
      return {
        col: sheetCol(cell.col),
        header: cell.text,
        role: roleOf.get(cell.col) ?? "ignore",
        by: by.get(cell.col) ?? "header",
        ...(period ? { period } : {}),
      };
    });
  return { shape, roles, periods, columns, notes, issues };
}

function headerCell(view: SheetView, row: number, col: number): HeaderCell {
  const value = view.value(row, col);
  const format = view.format(row, col);
  const text = headerText(value, format);
  const matches = typeof value === "string" ? recogniseHeader(value) : [];
  const total = typeof value === "string" && isTotalLabel(value);
  const period = matches.length === 0 && !total ? parsePeriodHeader(value, format) : null;
  return { col, text, matches, total, period };
}

function canBeAmount(cell: HeaderCell): boolean {
  return cell.matches.some((m) => m.role === "amount");
}

/** A wide table's unnamed client column, a long table's unnamed client and date columns. */
function guessFromValues(
  view: SheetView,
  bounds: TableBounds,
  shape: "wide" | "long",
  periods: readonly { readonly col: number }[],
  roles: Partial<Record<SingleRole, number>>,
  free: () => HeaderCell[],
  assign: (role: SingleRole, col: number, how: ColumnInfo["by"]) => void,
): void {
  const kind = (col: number) => valueKind(view, col, bounds.firstRow, bounds.lastRow);
  if (shape === "long" && roles.date === undefined) {
    const date = free().find((cell) => kind(cell.col) === "date");
    if (date) assign("date", date.col, "values");
  }
  if (roles.client === undefined) {
    const before = shape === "wide" ? periods[0].col : Infinity;
    const client = free().find((cell) => cell.col < before && cell.matches.length === 0 && kind(cell.col) === "text");
    if (client) assign("client", client.col, "values");
  }
}
