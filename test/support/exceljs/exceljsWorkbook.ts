/**
 * The ExcelJS reference the tests compare Segmenta's own writer and reader with: the in-memory
 * applier that wrote the command line's workbooks before the patcher wrote them all, its snapshot of
 * a loaded workbook, and ExcelJS's reading of a file. ExcelJS is a development dependency only.
 */
export { applyPlanToWorkbook } from "./applyPlanToWorkbook";
export type { ApplyReport } from "./applyPlanToWorkbook";
export { cellValueOf, dateOfSerial, serialOfDate } from "./cellValueOf";
export { excelRules } from "../../../src/xlsx/conditionalRules";
export { loadWorkbook, newWorkbook, workbookBytes } from "./loadWorkbook";
export { sheetSnapshot, snapshotFromWorkbook, withSheetsToRead } from "./snapshotFromWorkbook";
export { ownedRanges, setSheetName } from "./workbookNames";
export { splitSheetAddress } from "../../../src/xlsx/workbookNames";
