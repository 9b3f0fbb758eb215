/**
 * Writing a plan into an existing workbook file by patching it (command line and standalone page):
 * only Segmenta's parts change, everything else is carried over byte for byte.
 */
export { patchWorkbook, type PatchReport } from "./patchWorkbook";
export { crc32, writeZip, type ZipFile } from "./zipWriter";
export { ProtectedSheetError } from "./ProtectedSheetError";
