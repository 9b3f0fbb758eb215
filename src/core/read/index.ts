/** Reading a sheet into a Dataset (METHODOLOGY §1). */
export { readTable, type ReadOptions } from "./readTable";
export { parseAmount, decimalCommaEvidence, type AmountOptions } from "./parseAmount";
export { parseDate, slashOrderEvidence, type DateOptions } from "./parseDate";
export { parsePeriodHeader, type HeaderPeriod } from "./parsePeriodHeader";
export { recogniseHeader, isTotalLabel, type HeaderMatch } from "./recogniseHeader";
export { isDateFormat } from "./isDateFormat";
export { findTable, type TableBounds } from "./findTable";
export { sheetView, type SheetView } from "./sheetView";
export { assignColumns, type ColumnPlan, type SingleRole } from "./assignColumns";
export { clientIndex, foldClientKey, type ClientIndex } from "./clientIndex";
export { holdsTable } from "./holdsTable";
export { cropSheet } from "./cropSheet";
export { isTotalLabel as isWholeTotalLabel, totalWithName } from "./totalLabels";
export { dateOrderOfLocale } from "./localeDateOrder";
