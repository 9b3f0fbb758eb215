/**
 * Workbook files through ExcelJS, shared by the command line and the browser's standalone mode.
 * Reading a workbook file goes through the streaming reader in `./read` (no ExcelJS), imported from
 * there so that a run that only reads never loads ExcelJS.
 * `streamPlanToXlsx` (ExcelJS's streaming writer, Node only) is imported from its own file, so the
 * browser bundle never pulls in Node's file and zip streams.
 */
export { applyPlanToWorkbook } from "./applyPlanToWorkbook";
export type { ApplyReport } from "./applyPlanToWorkbook";
export { cellValueOf, dateOfSerial, serialOfDate } from "./cellValueOf";
export { excelRules } from "./conditionalRules";
export { loadWorkbook, newWorkbook, workbookBytes } from "./loadWorkbook";
export { sheetSnapshot, snapshotFromWorkbook, withSheetsToRead } from "./snapshotFromWorkbook";
export { ownedRanges, setSheetName, splitSheetAddress } from "./workbookNames";
