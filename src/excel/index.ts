/** The only code that talks to Excel through Office.js. */
export { runSegmentaBatch, excelApiSupported } from "./runExcel";
export { readSnapshot, type ReadOptions } from "./readSnapshot";
export { applyPlan, type ApplyOptions } from "./applyPlan";
export { writePlan } from "./writePlan";
export { checkBeforeWrite, type CheckResult, type WriteIssue } from "./checkBeforeWrite";
export { loadChoices, saveChoices, type DocumentSettings, type StoredChoices } from "./settingsStore";
export { SyncTimeoutError, WriteAbortedError, SYNC_TIMEOUT_MS } from "./syncWithTimeout";
export { BlockTooLargeError, blockRows } from "./rowBlocks";
export { officeEnvironment, isDarkColour, insideOffice, type OfficeEnvironment } from "./officeEnvironment";
