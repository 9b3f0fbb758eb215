import type { SheetSnapshot } from "../snapshot";
import { normaliseText } from "../read/normaliseText";
import { cellText } from "./sheetCell";
import { PORTRAIT_WORDS } from "./words";

/** The columns of the development plan sheet, in order; stage, date and comment are the manager's. */
export const PLAN_COLUMNS = ["key", "client", "segment", "abc", "status", "manager", "product", "stage", "date", "comment", "state"] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];

/**
 * Segmenta's own columns of the plan (§12), side by side: the stage a refused row came at, and the
 * stage every row had at this run, which the next run compares with. They follow the plan columns
 * on a new sheet; on a plan written before they existed, they go right of every used column, so a
 * column the user added beside the plan is never written over.
 */
export const OWNED_PLAN_COLUMNS = ["refusedAt", "lastStage"] as const;
export type OwnedPlanColumn = (typeof OWNED_PLAN_COLUMNS)[number];

/**
 * The zero-based column of a plan field.
 * @example planColumn("stage") // 7
 */
export function planColumn(column: PlanColumn): number {
  return PLAN_COLUMNS.indexOf(column);
}

const REFUSED_AT_HEADERS = new Set(Object.values(PORTRAIT_WORDS).map((w) => normaliseText(w.headers.refusedAt)));

/**
 * The sheet column of the first of {@link OWNED_PLAN_COLUMNS}: where its header (in any language)
 * is in the plan's header row, else the first column right of every used cell (never left of the
 * plan's own columns).
 * @example ownedPlanColumn(undefined) // 11
 */
export function ownedPlanColumn(sheet: SheetSnapshot | undefined): number {
  if (!sheet) return PLAN_COLUMNS.length;
  const header = sheet.top === 0 ? (sheet.values[0] ?? []) : [];
  const found = header.findIndex((v) => REFUSED_AT_HEADERS.has(normaliseText(cellText(v ?? null))));
  if (found >= 0) return found + sheet.left;
  let width = 0;
  for (const row of sheet.values) {
    for (let c = row.length - 1; c >= width; c--) {
      if (cellText(row[c] ?? null) !== "") {
        width = c + 1;
        break;
      }
    }
  }
  return Math.max(PLAN_COLUMNS.length, sheet.left + width);
}
