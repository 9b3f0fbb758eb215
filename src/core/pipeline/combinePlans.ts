import type { WritePlan } from "../plan";

/**
 * One plan from several, applied in order: the ops one after another, the owned ranges together.
 * @example combinePlans([results, matrix]).ops.length // results.ops.length + matrix.ops.length
 */
export function combinePlans(plans: readonly WritePlan[]): WritePlan {
  return { ops: plans.flatMap((p) => p.ops), owned: plans.flatMap((p) => p.owned) };
}
