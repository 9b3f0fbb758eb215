export { analyseWorkbook, type AnalyseOptions, type Analysis, type PortraitAnalysis, type PortraitOptions } from "./analyseWorkbook";
export { combinePlans } from "./combinePlans";
export { snapshotAfter } from "./snapshotAfter";
