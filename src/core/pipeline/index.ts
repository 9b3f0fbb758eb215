export { analyseWorkbook, type AnalyseOptions, type Analysis } from "./analyseWorkbook";
export { combinePlans } from "./combinePlans";
