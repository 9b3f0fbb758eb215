import type { Grid } from "../cells";
import type { InputIssue } from "../dataset";
import type { SingleRole } from "./assignColumns";
import { amountReader, dateReader, isReadableAmount, latestReadableDate, textOf, type GridLabel } from "./cellReaders";
import { dateOrder, usesDecimalComma } from "./columnEvidence";
import { PLAIN_SERIALS } from "./parseDate";
import { isDateFormat } from "./isDateFormat";
import { clientRows, emptyClient, productIndex, saleColumns, salesOf, type RowsRead } from "./readRows";
import { isBlankCell } from "./sheetView";

/** What {@link readLong} reads: grid rows (inclusive) and grid columns by role. */
export interface LongTable {
  readonly values: Grid;
  readonly formats: readonly (readonly string[])[] | undefined;
  readonly firstRow: number;
  readonly lastRow: number;
  /** Subtotal rows inside the data, ascending: not read. */
  readonly skipRows: readonly number[];
  readonly roles: Readonly<Partial<Record<SingleRole, number>>>;
  /** Sheet row of grid row 0 (for `ClientInfo.row`). */
  readonly top: number;
  /** The day order asked for (`given`) and the locale's (`fallback`), for dates that do not tell it. */
  readonly dateOrder?: { readonly given?: "dmy" | "mdy"; readonly fallback?: "dmy" | "mdy" };
}

/**
 * Reads a transactions table: one sale per row with a client, a date and an amount (blank = 0),
 * plus margin, quantity and product when their columns exist. Rows with neither client nor amount
 * are skipped; a client with neither date nor amount is listed without a sale; every unreadable
 * cell is added to `issues` and its row gives no sale (an attribute issue of a client's first row
 * is reported there). Client attributes come from the client's
 * first row that has them.
 *
 * @example readLong(table, issues, label).sales.count // rows read
 */
export function readLong(table: LongTable, issues: InputIssue[], label: GridLabel): RowsRead {
  const { values, firstRow, lastRow, roles } = table;
  const cc = roles.client as number;
  const dc = roles.date as number;
  const ac = roles.amount as number;
  const mc = roles.margin ?? -1;
  const qc = roles.quantity ?? -1;
  const pc = roles.product ?? -1;

  const amountCols = [ac, mc, qc].filter((c) => c >= 0);
  const decimalComma = usesDecimalComma(values, amountCols, firstRow, lastRow);
  const readAmount = amountReader(decimalComma, issues, label);
  const formats = table.formats;
  const formatted = (row: number, col: number) => isDateFormat(formats?.[row]?.[col]);
  const evidence = dateOrder(values, dc, firstRow, lastRow);
  const wanted = table.dateOrder?.given ?? table.dateOrder?.fallback ?? "dmy";
  const order = evidence === "dmy" || evidence === "mdy" ? evidence : wanted;
  const assumed = evidence === "either" && table.dateOrder?.given === undefined ? order : undefined;
  const readDate = dateReader(order, issues, label, formatted);
  // Whole serials in 1950-2100 are dates in any cell: read them without a call.
  const serialMin = PLAIN_SERIALS.min;
  // Serials past the end of next year go through the reader, which refuses them as typos.
  const serialMax = Math.min(PLAIN_SERIALS.max, latestReadableDate().serial);

  const n = Math.max(0, lastRow - firstRow + 1);
  const columns = saleColumns(n, { margin: mc >= 0, quantity: qc >= 0, product: pc >= 0, row: true });
  const { client, day, amount, margin, quantity, product } = columns;
  const rowOf = columns.row as Int32Array;
  const clients = clientRows(roles, table.top, issues, label);
  const products = productIndex();
  let count = 0;
  let lastProduct: unknown = undefined;
  let lastProductIndex = -1;

  let skip = 0;
  for (let r = firstRow; r <= lastRow; r++) {
    const row = values[r];
    if (skip < table.skipRows.length && table.skipRows[skip] === r) {
      skip++;
      continue;
    }
    if (row === undefined) continue;
    const cv = row[cc];
    const av = row[ac];
    const dv = row[dc];
    const clientBlank = isBlankCell(cv);
    const amountBlank = isBlankCell(av);
    if (clientBlank && amountBlank) continue;
    const issuesBefore = issues.length;
    let ci = -1;
    if (clientBlank) issues.push(emptyClient(label(r, cc)));
    else {
      ci = clients.read(row, r);
      if (ci >= 0 && amountBlank && isBlankCell(dv)) continue;
    }
    const d = typeof dv === "number" && dv >= serialMin && dv <= serialMax && dv % 1 === 0 ? dv : readDate(dv, r, dc);
    const a = typeof av === "number" && isReadableAmount(av) ? av : readAmount(av, r, ac);
    const m = margin === null ? 0 : readAmount(row[mc], r, mc);
    const q = quantity === null ? 0 : readAmount(row[qc], r, qc);
    let pi = -1;
    if (product !== null) {
      const pv = row[pc];
      if (pv === lastProduct) pi = lastProductIndex;
      else {
        const name = textOf(pv, issues, label, r, pc);
        pi = name === null ? -1 : products.indexOf(name);
        if (typeof pv === "string") {
          lastProduct = pv;
          lastProductIndex = pi;
        }
      }
    }
    if (issues.length !== issuesBefore) continue;
    client[count] = ci;
    day[count] = d;
    amount[count] = a;
    if (margin) margin[count] = m;
    if (quantity) quantity[count] = q;
    if (product !== null) product[count] = pi;
    rowOf[count] = r;
    count++;
  }
  return {
    clients: clients.clients(),
    products: products.names(),
    sales: salesOf(count, columns),
    dateOrder: order,
    ...(assumed ? { dateOrderAssumed: assumed } : {}),
  };
}
