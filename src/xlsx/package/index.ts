/**
 * An .xlsx/.xlsm file as a package of parts, shared by the streaming reader (`../read`) and the
 * patching writer (`../patch`): the zip opened lazily (inflated through the guard `inflatePart` and
 * the zip codec: fflate in the browser, Node's zlib in the command line),
 * `xl/workbook.xml` (sheets, defined names, date system) and its relationships. Every part's bytes
 * stay available raw (compressed, for copying byte for byte) and inflated.
 */
export { PackageError } from "./PackageError";
export type { PackageProblem } from "./PackageError";
export { openZip } from "./zip";
export { PART_LIMITS, allowedSize, fflateInflater, inflatePart } from "./inflate";
export type { InflatedEntry, Inflater } from "./inflate";
export type { ZipArchive, ZipEntry } from "./zip";
export {
  CONTENT_TYPES_PART,
  OFFICE_RELATIONSHIPS_NS,
  parseRelationships,
  parseWorkbookPart,
  relsPathOf,
  resolveTarget,
} from "./parts";
export type { DefinedName, Relationship, SheetEntry, WorkbookPart } from "./parts";
export { openWorkbookPackage } from "./workbookPackage";
export type { PackageSheet, WorkbookPackage } from "./workbookPackage";
export { localName, parseXml } from "./xml";
export type { XmlElement, XmlHandlers } from "./xml";
