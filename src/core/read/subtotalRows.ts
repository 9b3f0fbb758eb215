import type { CellValue, Grid } from "../cells";
import type { InputIssue } from "../dataset";
import type { GridLabel } from "./cellReaders";
import { cellContent } from "./cellContent";
import { normaliseText } from "./normaliseText";
import { parseAmount } from "./parseAmount";
import { isBlankCell } from "./sheetView";
import { isTotalLabel, totalWithName } from "./totalLabels";

/** What a table's total-like rows turned out to be. */
export interface SubtotalRows {
  /** Subtotal rows that add up: skipped by the readers, listed in a note. */
  readonly skipped: readonly number[];
  /** Subtotal rows that do not add up: each names its first cell that differs. */
  readonly issues: readonly InputIssue[];
}

/**
 * A number as an amount cell holds it: numbers, blank as 0, amount text; null when unreadable.
 * @example amountOf("1 234,50", true) // 1234.5
 */
export function amountOf(value: CellValue | undefined, decimalComma: boolean): number | null {
  if (typeof value === "number") return value;
  if (isBlankCell(value)) return 0;
  return typeof value === "string" ? parseAmount(value, { decimalComma }) : null;
}

/** Sums of money read from cells differ by rounding only: within half a cent, or 1e-9 of the sum. */
export function sameSum(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(0.005, Math.abs(b) * 1e-9);
}

/** The first non-blank cell of a row between two columns (its label), or null. */
function labelOf(row: readonly CellValue[] | undefined, firstCol: number, lastCol: number): CellValue {
  for (let c = firstCol; c <= lastCol; c++) if (!isBlankCell(row?.[c])) return row?.[c] ?? null;
  return null;
}

/**
 * Decides which total-like rows inside a table are subtotals. A row labelled as a total
 * (`Subtotal`, `Итого по группе`, `Total`), or with a name and a total word where the name is a
 * value of the rows it closes (`Alpha Total` under Alpha's rows), is a subtotal when its amounts
 * equal the sum of the rows it closes (those since the previous subtotal) or of every row above it;
 * a row of labels with no amounts is skipped too. A subtotal that does not add up is refused,
 * naming its first cell that differs. Any other row (`Total Logistics`, `Итого-Сервис`) is a client.
 * @example resolveSubtotalRows(values, { rows: [5], … }).skipped // [5]
 */
export function resolveSubtotalRows(
  values: Grid,
  table: {
    readonly firstRow: number;
    readonly lastRow: number;
    readonly firstCol: number;
    readonly lastCol: number;
    readonly candidates: readonly number[];
    /** Rows that are no data (repeated headers): neither summed nor closed. */
    readonly ignore: readonly number[];
    readonly amountCols: readonly number[];
    readonly decimalComma: boolean;
  },
  label: GridLabel,
): SubtotalRows {
  const { amountCols, decimalComma } = table;
  if (table.candidates.length === 0) return { skipped: [], issues: [] };
  const last = Math.min(table.lastRow, table.candidates[table.candidates.length - 1]);
  const ignore = new Set(table.ignore);
  const skipped: number[] = [];
  const issues: InputIssue[] = [];
  const running = amountCols.map(() => 0);
  let group = amountCols.map(() => 0);
  // A column with an unreadable cell among the rows summed cannot be checked (the reader names that cell).
  const runningBad = amountCols.map(() => false);
  let groupBad = amountCols.map(() => false);
  let groupStart = table.firstRow;
  let next = 0;
  for (let r = table.firstRow; r <= last; r++) {
    if (ignore.has(r)) continue;
    const row = values[r];
    const amounts = amountCols.map((c) => amountOf(row?.[c], decimalComma));
    if (next < table.candidates.length && table.candidates[next] === r) {
      next++;
      const text = labelOf(row, table.firstCol, table.lastCol);
      if (typeof text === "string" && isSubtotal(text, values, groupStart, r, table.firstCol, table.lastCol)) {
        const blank = amountCols.every((c) => isBlankCell(row?.[c]));
        const adds = (sums: readonly number[], bad: readonly boolean[]) =>
          amounts.every((a, i) => bad[i] || (a !== null && sameSum(a, sums[i])));
        if (blank || adds(group, groupBad) || adds(running, runningBad)) skipped.push(r);
        else {
          const i = amounts.findIndex(
            (a, k) => a === null || (!groupBad[k] && !sameSum(a, group[k]) && !runningBad[k] && !sameSum(a, running[k])),
          );
          const at = Math.max(0, i);
          issues.push({
            code: "subtotalMismatch",
            cell: label(r, amountCols[at]),
            content: text.trim(),
            value: cellContent(row?.[amountCols[at]]),
            sum: String(Math.round(group[at] * 100) / 100),
          });
        }
        group = amountCols.map(() => 0);
        groupBad = amountCols.map(() => false);
        groupStart = r + 1;
        continue;
      }
    }
    amounts.forEach((a, i) => {
      if (a === null) {
        groupBad[i] = true;
        runningBad[i] = true;
        return;
      }
      running[i] += a;
      group[i] += a;
    });
  }
  return { skipped, issues };
}

/** A whole-cell total, or a name with a total word where the name is a value of the rows it closes. */
function isSubtotal(text: string, values: Grid, from: number, to: number, firstCol: number, lastCol: number): boolean {
  if (isTotalLabel(text)) return true;
  const name = totalWithName(text);
  if (name === null) return false;
  const key = normaliseText(name);
  if (key === "") return false;
  for (let r = from; r < to; r++) {
    const row = values[r];
    for (let c = firstCol; c <= lastCol; c++) {
      const v = row?.[c];
      if (typeof v === "string" && normaliseText(v) === key) return true;
    }
  }
  return false;
}
