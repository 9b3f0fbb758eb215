/**
 * The streaming workbook reader: an .xlsx/.xlsm file's bytes to the snapshot core reads, without
 * ExcelJS. Only the workbook part, styles, shared strings and the sheets asked for are inflated;
 * a sheet is streamed cell by cell and kept over its table only. Node and browser alike.
 */
export { chooseSheet, openWorkbookReader, snapshotFromReader, withOtherSheets } from "./readWorkbook";
export type { SheetChoice, WorkbookReader } from "./readWorkbook";
export { COLUMN_GAP, sheetFromCells } from "./sheetGrid";
export { readSheetCells } from "./readSheet";
export type { SheetContext, SheetProgress } from "./cellText";
export type { SparseCells } from "./sparseCells";
export { parseStyles } from "./styles";
export type { CellStyles } from "./styles";
export { readSharedStrings } from "./sharedStrings";
export { describeWorkbookProblem, problemPlaceOf } from "./describeProblem";
export type { ProblemPlace, WorkbookFileWords } from "./describeProblem";
