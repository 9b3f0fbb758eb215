export { analyseWorkbook, type AnalyseOptions, type AnalyseStep, type Analysis, type PortraitAnalysis, type PortraitOptions } from "./analyseWorkbook";
export { combinePlans } from "./combinePlans";
export { readClientList, type ClientListIssue, type ClientListResult } from "./readClientList";
export { snapshotAfter } from "./snapshotAfter";
