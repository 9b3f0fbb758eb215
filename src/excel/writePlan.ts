import type { WritePlan } from "../core";
import { type ApplyOptions, applyPlan } from "./applyPlan";
import { type CheckResult, checkBeforeWrite } from "./checkBeforeWrite";

/**
 * Checks the workbook just before writing and writes the plan only when nothing is in the way;
 * otherwise returns the issues and leaves the workbook untouched.
 */
export async function writePlan(context: Excel.RequestContext, plan: WritePlan, options: ApplyOptions = {}): Promise<CheckResult> {
  const check = await checkBeforeWrite(context, plan, { timeoutMs: options.timeoutMs });
  if (!check.ok) return check;
  await applyPlan(context, plan, options);
  return check;
}
