import type { DetectedTable, Dataset } from "../dataset";
import { periodOf } from "../periods";
import { foldClientKey } from "../read/clientIndex";
import { dateOrder } from "../read/columnEvidence";
import { isDateFormat } from "../read/isDateFormat";
import { parseDate } from "../read/parseDate";
import type { PeriodAxis } from "../results";
import type { SheetSnapshot } from "../snapshot";

/** A manager cell as text: trimmed text or a number as written; blank and errors → null. */
function managerText(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

/**
 * Each client's manager (METHODOLOGY §8): in a long table, the manager on the client's most recent
 * sale up to T (on one date, the row further down; a blank cell there is "no manager"); in a wide
 * table, its row's manager. Without a manager column every client has none (null).
 * @example latestManagers(sheet, dataset, classification.axis) // ["Ivanov", null, "Petrova"]
 */
export function latestManagers(sheet: SheetSnapshot, dataset: Dataset, axis: PeriodAxis): (string | null)[] {
  const table: DetectedTable = dataset.table;
  const col = (role: string) => table.columns.find((c) => c.role === role)?.col ?? null;
  const managerCol = col("manager");
  const clientCol = col("client");
  const dateCol = col("date");
  const fallback = dataset.clients.map((c) => c.manager);
  if (managerCol === null) return dataset.clients.map(() => null);
  if (table.shape === "wide" || clientCol === null || dateCol === null) return fallback;
  const byKey = new Map<string, number>();
  dataset.clients.forEach((c, i) => {
    const k = foldClientKey(c.key);
    if (!byKey.has(k)) byKey.set(k, i);
  });
  const at = (row: number, c: number) => sheet.values[row - sheet.top]?.[c - sheet.left];
  const formatAt = (row: number, c: number) => sheet.formats?.[row - sheet.top]?.[c - sheet.left];
  const order = dateOrder(
    sheet.values,
    dateCol - sheet.left,
    table.firstRow - sheet.top,
    table.lastRow - sheet.top,
  );
  const dateFormatted = isDateFormat(formatAt(table.firstRow, dateCol));
  const bestDay = new Float64Array(dataset.clients.length).fill(-Infinity);
  const managers = [...fallback];
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    const key = at(row, clientCol);
    if (key === null || key === undefined || typeof key === "object") continue;
    const client = byKey.get(foldClientKey(String(key).trim()));
    if (client === undefined) continue;
    const day = parseDate(at(row, dateCol), {
      order,
      dateFormatted: dateFormatted || isDateFormat(formatAt(row, dateCol)),
    });
    if (day === null || periodOf(day, axis.granularity) > axis.last) continue;
    if (day >= bestDay[client]) {
      bestDay[client] = day;
      managers[client] = managerText(at(row, managerCol));
    }
  }
  return managers;
}
