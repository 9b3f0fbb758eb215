import type { SheetSnapshot } from "../snapshot";
import { assignColumns } from "./assignColumns";
import { findTable } from "./findTable";
import { sheetView } from "./sheetView";

/**
 * True when a sheet holds a table of clients Segmenta can read: a header with data under it whose
 * columns give a client (and a date and an amount, or periods). A cover page, a sheet of notes or
 * one text cell holds none. No row is read, so a large sheet costs its header only.
 * @example holdsTable({ name: "Cover", top: 0, left: 0, values: [["Sales report 2024"]] }) // false
 */
export function holdsTable(sheet: SheetSnapshot): boolean {
  const view = sheetView(sheet);
  const bounds = findTable(view);
  if (bounds === null || (bounds.lastRow < bounds.firstRow && bounds.tableBelow === null)) return false;
  const plan = assignColumns(view, bounds, sheet);
  return plan.issues.length === 0 && (plan.shape === "long" || plan.periods.length > 0);
}
