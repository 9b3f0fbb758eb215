/** The columns of the development plan sheet, in order; stage, date and comment are the manager's. */
export const PLAN_COLUMNS = ["key", "client", "segment", "abc", "status", "manager", "product", "stage", "date", "comment", "state"] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];

/**
 * The zero-based column of a plan field.
 * @example planColumn("stage") // 7
 */
export function planColumn(column: PlanColumn): number {
  return PLAN_COLUMNS.indexOf(column);
}
