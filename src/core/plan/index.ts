export * from "./types";
export { buildResultsPlan, buildMatrixPlan, type PlanInput } from "./buildResultsPlan";
export { assertFiniteValues, NonFiniteValueError } from "./checkPlanValues";
