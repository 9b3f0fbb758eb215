import type { CellValue } from "../cells";
import type { ClientInfo, InputIssue, Sales } from "../dataset";
import type { SingleRole } from "./assignColumns";
import { errorIssue, textOf, type GridLabel } from "./cellReaders";
import { clientIndex } from "./clientIndex";

/** What a reader makes of a table's rows. */
export interface RowsRead {
  readonly clients: readonly ClientInfo[];
  readonly products: readonly string[];
  readonly sales: Sales;
  /** The day order `a/b/yyyy` dates were read in when none of them told it (a long table's dates). */
  readonly dateOrderAssumed?: "dmy" | "mdy";
  /** The day order a long table's `a/b/yyyy` dates were read in. */
  readonly dateOrder?: "dmy" | "mdy";
}

/** Product names to indexes, in order of first appearance (trimmed). */
export function productIndex(): { indexOf(name: string): number; names(): string[] } {
  const byName = new Map<string, number>();
  const names: string[] = [];
  return {
    indexOf(name) {
      let i = byName.get(name);
      if (i === undefined) {
        i = names.length;
        names.push(name);
        byName.set(name, i);
      }
      return i;
    },
    names: () => names,
  };
}

/** Sale columns for up to `n` sales, with the optional ones the table has. */
export type SaleColumns = Omit<Sales, "count">;

export function saleColumns(
  n: number,
  has: { margin: boolean; quantity: boolean; product: boolean; row?: boolean },
): SaleColumns {
  return {
    ...(has.row ? { row: new Int32Array(n) } : {}),
    client: new Int32Array(n),
    day: new Float64Array(n),
    amount: new Float64Array(n),
    margin: has.margin ? new Float64Array(n) : null,
    quantity: has.quantity ? new Float64Array(n) : null,
    product: has.product ? new Int32Array(n) : null,
  };
}

/** Cuts preallocated sale columns to the sales actually read. */
export function salesOf(count: number, columns: SaleColumns): Sales {
  const cut = <T extends Int32Array | Float64Array>(a: T): T => (a.length === count ? a : (a.slice(0, count) as T));
  return {
    count,
    client: cut(columns.client),
    day: cut(columns.day),
    amount: cut(columns.amount),
    margin: columns.margin && cut(columns.margin),
    quantity: columns.quantity && cut(columns.quantity),
    product: columns.product && cut(columns.product),
    ...(columns.row ? { row: cut(columns.row) } : {}),
  };
}

/** The issue for a row with amounts but no client. */
export function emptyClient(cell: string): InputIssue {
  return { code: "emptyClient", cell };
}

/** Reads the client of each row and fills its attributes (name, segment, manager) from its first rows that have them. */
export interface ClientRows {
  /** The client index of a row whose client cell is not blank; -1 (reported) for an error value. */
  read(row: readonly CellValue[], r: number): number;
  clients(): ClientInfo[];
}

const FIELDS = ["name", "segment", "manager"] as const;

export function clientRows(
  roles: Readonly<Partial<Record<SingleRole, number>>>,
  top: number,
  issues: InputIssue[],
  label: GridLabel,
): ClientRows {
  const cc = roles.client as number;
  const cols = [roles.clientName ?? -1, roles.segment ?? -1, roles.manager ?? -1] as const;
  const attributeColumns = cols.filter((c) => c >= 0).length;
  const index = clientIndex();
  /** Per client: how many attribute columns have not given it a value yet. */
  const missing: number[] = [];
  // Exports often list a client's rows together: the previous row's key skips the lookup.
  let lastKey: unknown = undefined;
  let lastIndex = -1;
  return {
    read(row, r) {
      const cv = row[cc];
      if (typeof cv === "object" && cv !== null) {
        issues.push(errorIssue(cv, label(r, cc)));
        return -1;
      }
      const ci = cv === lastKey ? lastIndex : index.indexOf(cv as string | number | boolean, r + top);
      lastKey = cv;
      lastIndex = ci;
      if (ci === missing.length) missing.push(attributeColumns);
      if (missing[ci] === 0) return ci;
      for (let k = 0; k < 3; k++) {
        const col = cols[k];
        if (col < 0 || index.has(ci, FIELDS[k])) continue;
        const text = textOf(row[col], issues, label, r, col);
        if (text === null) continue;
        index.fill(ci, FIELDS[k], text);
        missing[ci]--;
      }
      return ci;
    },
    clients: () => index.clients(),
  };
}
