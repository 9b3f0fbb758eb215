import type { DetectedTable, Dataset } from "../dataset";
import { periodEnd } from "../periods";
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
 * The latest sale is found in the sales already read (one pass over numbers), then one manager cell
 * per client is read: the table is not read a second time.
 * @example latestManagers(sheet, dataset, classification.axis) // ["Ivanov", null, "Petrova"]
 */
export function latestManagers(sheet: SheetSnapshot, dataset: Dataset, axis: PeriodAxis): (string | null)[] {
  const table: DetectedTable = dataset.table;
  const managerCol = table.columns.find((c) => c.role === "manager")?.col ?? null;
  if (managerCol === null) return dataset.clients.map(() => null);
  const fallback = dataset.clients.map((c) => c.manager);
  const { sales } = dataset;
  const rows = sales.row;
  if (table.shape === "wide" || rows === undefined) return fallback;
  const lastDay = periodEnd(axis.last, axis.granularity);
  const latest = new Int32Array(dataset.clients.length).fill(-1);
  const latestDay = new Float64Array(dataset.clients.length).fill(-Infinity);
  // Sales are in table order, so `>=` gives a date's last row.
  for (let i = 0; i < sales.count; i++) {
    const day = sales.day[i];
    const c = sales.client[i];
    if (Math.floor(day) <= lastDay && day >= latestDay[c]) {
      latestDay[c] = day;
      latest[c] = i;
    }
  }
  return fallback.map((manager, c) =>
    latest[c] < 0 ? manager : managerText(sheet.values[rows[latest[c]]]?.[managerCol - sheet.left]),
  );
}
