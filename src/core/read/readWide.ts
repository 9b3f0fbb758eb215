import type { Grid } from "../cells";
import type { InputIssue } from "../dataset";
import type { SingleRole } from "./assignColumns";
import { amountReader, textOf, type GridLabel } from "./cellReaders";
import { usesDecimalComma } from "./columnEvidence";
import type { HeaderPeriod } from "./parsePeriodHeader";
import { clientRows, emptyClient, productIndex, saleColumns, salesOf, type RowsRead } from "./readRows";
import { isBlankCell } from "./sheetView";

/** What {@link readWide} reads: grid rows (inclusive), the client and attribute columns, the period columns. */
export interface WideTable {
  readonly values: Grid;
  readonly firstRow: number;
  readonly lastRow: number;
  /** Subtotal rows inside the data, ascending: not read. */
  readonly skipRows: readonly number[];
  readonly roles: Readonly<Partial<Record<SingleRole, number>>>;
  readonly periods: readonly { readonly col: number; readonly period: HeaderPeriod }[];
  /** Sheet row of grid row 0 (for `ClientInfo.row`). */
  readonly top: number;
}

/**
 * Reads a client × period table: each non-blank, non-zero period cell is one sale dated at the
 * period's first day (a zero contributes nothing). Every client row is listed, even with no sales
 * (a potential client); rows with the same key are one client. Rows with no client and no amounts
 * are skipped; amounts without a client and unreadable cells are added to `issues`.
 *
 * @example readWide(table, issues, label).clients.length // client rows
 */
export function readWide(table: WideTable, issues: InputIssue[], label: GridLabel): RowsRead {
  const { values, firstRow, lastRow, roles, periods } = table;
  const cc = roles.client as number;
  const pc = roles.product ?? -1;
  const periodCols = periods.map((p) => p.col);
  const readAmount = amountReader(usesDecimalComma(values, periodCols, firstRow, lastRow), issues, label);

  const capacity = Math.max(0, lastRow - firstRow + 1) * periods.length;
  const columns = saleColumns(capacity, { margin: false, quantity: false, product: pc >= 0 });
  const { client, day, amount, product } = columns;
  const clients = clientRows(roles, table.top, issues, label);
  const products = productIndex();
  let count = 0;

  let skip = 0;
  for (let r = firstRow; r <= lastRow; r++) {
    const row = values[r];
    if (skip < table.skipRows.length && table.skipRows[skip] === r) {
      skip++;
      continue;
    }
    if (row === undefined) continue;
    const cv = row[cc];
    const issuesBefore = issues.length;
    let ci = -1;
    if (isBlankCell(cv)) {
      if (periodCols.every((c) => isBlankCell(row[c]))) continue;
      issues.push(emptyClient(label(r, cc)));
    } else ci = clients.read(row, r);
    const p = product ? textOf(row[pc], issues, label, r, pc) : null;
    const rowOk = issues.length === issuesBefore;
    for (const { col, period } of periods) {
      const v = row[col];
      if (v === null || v === undefined) continue;
      const a = readAmount(v, r, col);
      if (!rowOk || a !== a || a === 0) continue;
      client[count] = ci;
      day[count] = period.start;
      amount[count] = a;
      if (product) product[count] = p === null ? -1 : products.indexOf(p);
      count++;
    }
  }
  return {
    clients: clients.clients(),
    products: products.names(),
    sales: salesOf(count, columns),
  };
}
