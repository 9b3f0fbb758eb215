export * from "./types";
export { targetKey } from "./targetKey";
export { PORTRAIT_WORDS, stageOfText, type PortraitSheetWords } from "./words";
export type { PortraitWords } from "../../locales/portraitWords";
export { portraitFacts, type PortraitFactsOptions } from "./portraitFacts";
export { readTargets } from "./readTargets";
export { suggestTargets } from "./suggestTargets";
export { mergeTargets } from "./mergeTargets";
export { portraitGaps } from "./portraitGaps";
export { PLAN_COLUMNS, planColumn, type PlanColumn } from "./planColumns";
export { readPlan } from "./readPlan";
export { mergePlan } from "./mergePlan";
export { portraitCheck } from "./portraitCheck";
export { PORTRAIT_MARKERS, type PortraitSheet } from "./portraitMarkers";
export { ownedSheetName } from "./ownedSheetName";
export { targetLookup, type TargetGrid } from "./targetLookup";
export { TARGET_MARK } from "./targetSheetOps";
export {
  buildPortraitPlan,
  portraitModel,
  portraitSheetsToRead,
  type PortraitIssue,
  type PortraitModel,
  type PortraitModelResult,
  type PortraitPlanInput,
  type PortraitPlanResult,
} from "./buildPortraitPlan";
export { describePortraitIssue } from "./describePortraitIssue";
export { portraitSummary, type PortraitSummary, type SegmentGap } from "./portraitSummary";
