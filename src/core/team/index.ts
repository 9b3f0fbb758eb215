export { analyseTeam } from "./analyseTeam";
export { productFacts, type ProductFacts } from "./productPairs";
export type * from "./types";
export { latestManagers } from "./latestManagers";
export { periodRange, shareText, numberText, formatDay } from "./teamText";
export {
  teamSheetPlan,
  teamColumnGroups,
  type TeamColumn,
  type TeamColumnGroup,
  type TeamColumnFormat,
  type TeamSheetOptions,
  type TeamWords,
} from "./teamSheetPlan";
export { migrationSheetPlan } from "./migrationSheetPlan";
export type { EarlierClasses } from "./earlierClasses";
