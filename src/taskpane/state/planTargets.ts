import type { RangeRef, WritePlan } from "../../core";

/** Where "go to results" and "go to matrix" lead after a run. */
export interface PlanTargets {
  readonly results: RangeRef | null;
  readonly matrix: RangeRef | null;
}

/**
 * The ranges a plan wrote: Segmenta's columns beside the table on the data sheet, and its first
 * own range on another sheet (the ABC×XYZ matrix).
 */
export function planTargets(plan: WritePlan, dataSheet: string): PlanTargets {
  const results = plan.owned.find((r) => r.sheet === dataSheet) ?? null;
  const matrix = plan.owned.find((r) => r.sheet !== dataSheet) ?? null;
  return { results, matrix };
}
