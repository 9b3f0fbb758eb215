import {
  CLIENTS_SHEET_MARKER,
  MATRIX_SHEET_MARKER,
  RESULTS_NAME,
  type RangeRef,
  type WritePlan,
} from "../../core";

/** Where "go to the results" and "go to the matrix" lead after a run. */
export interface PlanTargets {
  readonly results: RangeRef | null;
  readonly matrix: RangeRef | null;
}

function namedRange(plan: WritePlan, name: string): RangeRef | null {
  const op = plan.ops.find((o) => o.kind === "name" && o.name === name);
  return op?.kind === "name" ? op.range : null;
}

/**
 * The ranges a plan marks with Segmenta's names: the results beside a wide table (or the client
 * sheet of a long one) and the ABC×XYZ matrix sheet.
 */
export function planTargets(plan: WritePlan): PlanTargets {
  return {
    results: namedRange(plan, RESULTS_NAME) ?? namedRange(plan, CLIENTS_SHEET_MARKER),
    matrix: namedRange(plan, MATRIX_SHEET_MARKER),
  };
}
