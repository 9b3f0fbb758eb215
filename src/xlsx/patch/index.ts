/**
 * The one workbook writer (command line and standalone page): a plan written into an existing
 * workbook file by patching it (only Segmenta's parts change, everything else is carried over byte
 * for byte), or into a new workbook made from a CSV's sheet, which starts from a minimal package.
 */
export { patchWorkbook, type PatchOptions, type PatchReport } from "./patchWorkbook";
export { minimalWorkbook, newWorkbookFile } from "./newWorkbook";
export { crc32, writeZip, type ZipFile } from "./zipWriter";
export { ProtectedSheetError } from "./ProtectedSheetError";
