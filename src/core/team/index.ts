export { analyseTeam } from "./analyseTeam";
export { teamFigures, type TeamInput } from "./teamFigures";
export { productFacts, type ProductFacts } from "./productPairs";
export type * from "./types";
export { latestManagers } from "./latestManagers";
export { formatDay, periodRange, shareText, numberText } from "./teamText";
export {
  teamSheetPlan,
  migrationSheetPlan,
  teamColumnGroups,
  TEAM_SHEET_MARKER,
  MIGRATION_SHEET_MARKER,
  type TeamColumn,
  type TeamColumnGroup,
  type TeamColumnFormat,
  type TeamSheetOptions,
  type TeamWords,
} from "./teamSheetPlan";
export { earlierClasses, type EarlierClasses } from "./earlierClasses";
