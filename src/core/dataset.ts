import type { RangeRef } from "./cells";

/** What a column means to Segmenta. */
export type Role =
  | "client" // the key clients are grouped by (an id when there is one)
  | "clientName" // a display name kept beside an id key
  | "date" // long tables: the date of a sale
  | "amount" // sales amount / turnover
  | "margin"
  | "quantity"
  | "segment"
  | "product"
  | "manager"
  | "sci" // a client reliability index (Secure Customer Index, METHODOLOGY §11)
  | "period" // wide tables: one column per period
  | "total" // a totals column: ignored
  | "ignore";

export const ROLES: readonly Role[] = [
  "client",
  "clientName",
  "date",
  "amount",
  "margin",
  "quantity",
  "segment",
  "product",
  "manager",
  "sci",
  "period",
  "total",
  "ignore",
];

/** Roles a user can give a column (periods and totals are recognised, never chosen). */
export type AssignableRole = Exclude<Role, "period" | "total" | "ignore">;

export const ASSIGNABLE_ROLES: readonly AssignableRole[] = [
  "client",
  "clientName",
  "date",
  "amount",
  "margin",
  "quantity",
  "segment",
  "product",
  "manager",
  "sci",
];

/** A column choice the user makes: header text or column letters (`"C"`), per role. */
export type ColumnOverrides = Partial<Record<AssignableRole, string>>;

/** The native length of a wide table's period columns. */
export type HeaderPeriodKind = "day" | "week" | "month" | "quarter";

export interface ColumnInfo {
  /** Zero-based sheet column. */
  readonly col: number;
  /** Header text as shown to the user (dates rendered ISO). */
  readonly header: string;
  readonly role: Role;
  /** How the role was chosen. */
  readonly by: "header" | "values" | "override";
  /** Wide tables: the period this column holds. */
  readonly period?: { readonly kind: HeaderPeriodKind; readonly start: number /* Excel serial of its first day */ };
}

/** A deliberate choice between look-alike columns, shown to the user (METHODOLOGY §1). */
export interface DetectionNote {
  readonly code:
    | "choseOrderDate" // an order/invoice/sale date over other date columns
    | "choseSalesAmount" // sales over profit / quantity
    | "choseIdKey" // the id as key, the name kept for display
    | "totalsRowSkipped"
    | "totalsColumnSkipped"
    | "titleRowsSkipped"
    | "subtotalRowsSkipped" // rows that add up the rows above them (`rows`)
    | "subtotalColumnsSkipped" // quarter or year columns that add up their periods (`cols`)
    | "tablesJoined" // the header again further down (`rows`): blocks of one table, read as one
    | "emptyTrailingPeriods" // blank period columns at the end (`cols`): T is the last with a value
    | "dateOrderAssumed" // every a/b/yyyy date could be either: read in the order `text` ("dmy" | "mdy")
    | "sheetUsed" // the sheet read (`text`) when none was named; `others`: hidden sheets passed over
    | "encodingUsed" // a CSV file's encoding (`text`); `others`: an encoding as likely
    | "rangeUsed"; // the range the user picked (`text`)
  readonly role?: Role;
  readonly chosen?: number; // column
  readonly over?: readonly number[]; // columns not chosen
  readonly row?: number; // sheet row, for row notes
  readonly rows?: readonly number[]; // sheet rows, for notes that list rows
  readonly cols?: readonly number[]; // sheet columns, for notes that list columns
  readonly text?: string; // a name: the sheet, the encoding, the day order
  readonly others?: readonly string[]; // other names: sheets passed over, encodings as likely
}

export interface DetectedTable {
  readonly shape: "wide" | "long";
  readonly sheet: string;
  /** Header row and data rows, zero-based sheet rows. `lastRow` excludes a totals row. */
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly totalsRow: number | null;
  /** The table including its header (and totals row), for display and for planning output beside it. */
  readonly range: RangeRef;
  readonly columns: readonly ColumnInfo[];
  readonly notes: readonly DetectionNote[];
  /** Wide tables: the native period kind of the period columns. */
  readonly periodKind: HeaderPeriodKind | null;
  /** Long tables: the day order `a/b/yyyy` dates were read in (so other readers of the rows agree). */
  readonly dateOrder?: "dmy" | "mdy";
}

/** A client as the table lists it (table order). */
export interface ClientInfo {
  /** The grouping key after trimming spaces (incl. no-break spaces). */
  readonly key: string;
  /** For display: the name column if there is one, else the key as first written. */
  readonly name: string;
  readonly segment: string | null;
  readonly manager: string | null;
  /** Zero-based sheet row: the client's row (wide) or its first sale (long). */
  readonly row: number;
}

/**
 * Sales in columns (struct of arrays): the `i`-th sale is `client[i]`, `day[i]`, `amount[i]`, ….
 * Wide tables become one sale per non-blank period cell dated at the period's first day.
 */
export interface Sales {
  readonly count: number;
  /** Index into `Dataset.clients`. */
  readonly client: Int32Array;
  /** Excel serial day number (integer). */
  readonly day: Float64Array;
  readonly amount: Float64Array;
  readonly margin: Float64Array | null;
  readonly quantity: Float64Array | null;
  /** Index into `Dataset.products`, -1 where the sale has no product. Null when there is no product column. */
  readonly product: Int32Array | null;
  /**
   * Where each sale was read from in a long table: its row's index in the snapshot's `values`, so
   * a figure that needs another cell of that row reads one cell instead of the table again. Absent
   * for sales not read one per row (a wide table).
   */
  readonly row?: Int32Array;
}

export interface Dataset {
  readonly table: DetectedTable;
  readonly clients: readonly ClientInfo[];
  readonly products: readonly string[];
  readonly sales: Sales;
}

/** A problem in the user's data, with the cell it is in. Words come from the locale tables. */
export type InputIssue =
  | { readonly code: "notAnAmount"; readonly cell: string; readonly content: string }
  | { readonly code: "notADate"; readonly cell: string; readonly content: string }
  | { readonly code: "errorValue"; readonly cell: string; readonly content: string }
  | { readonly code: "noTable"; readonly sheet: string }
  | { readonly code: "missingColumn"; readonly role: Role; readonly sheet: string }
  | { readonly code: "unknownColumn"; readonly role: Role; readonly given: string }
  | { readonly code: "noPeriods"; readonly sheet: string }
  /** Amounts in a row whose client cell is blank. */
  | { readonly code: "emptyClient"; readonly cell: string }
  /** An SCI cell that is not an index: a word, a negative value, a percent above 100 (§11). */
  | { readonly code: "notAnSci"; readonly cell: string; readonly content: string }
  /** A formula with no stored result (a file written by a program and never saved by Excel). */
  | { readonly code: "noStoredResult"; readonly cell: string; readonly content: string }
  /** A date before 1900 or after the end of next year: a typo that would stretch the window. */
  | { readonly code: "dateOutOfRange"; readonly cell: string; readonly content: string; readonly last: string }
  /** An amount that is not finite or beyond ±1e15 (Excel keeps 15 digits). */
  | { readonly code: "amountOutOfRange"; readonly cell: string; readonly content: string }
  /**
   * Two tables on the sheet with different headers (`first` and `second` as `A1:F20`): which one is
   * meant cannot be told, so nothing is guessed; the user picks one range.
   */
  | { readonly code: "twoTables"; readonly sheet: string; readonly first: string; readonly second: string }
  /** A subtotal row (`content` its label) whose `value` is not the `sum` of the rows it closes. */
  | { readonly code: "subtotalMismatch"; readonly cell: string; readonly content: string; readonly value: string; readonly sum: string }
  /** A quarter or year column (`content` its header) whose `value` is not the `sum` of its periods. */
  | { readonly code: "subtotalColumnMismatch"; readonly cell: string; readonly content: string; readonly value: string; readonly sum: string };

/** `cell` strings look like `Sales!C17` (add-in) or `sales.csv: C17` (command line, see `ReadOptions.cellPrefix`). */
export type ReadResult =
  | { readonly ok: true; readonly value: Dataset }
  | { readonly ok: false; readonly issues: readonly InputIssue[]; readonly table: DetectedTable | null };
