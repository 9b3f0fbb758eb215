import { PackageError } from "./PackageError";
import {
  CONTENT_TYPES_PART,
  parseRelationships,
  parseWorkbookPart,
  relsPathOf,
  type Relationship,
  type SheetEntry,
  type WorkbookPart,
} from "./parts";
import { PART_LIMITS } from "./inflate";
import { parseXml } from "./xml";

/** The most a part read whole here may hold. */
const WHOLE = PART_LIMITS.wholeSize;
import { openZip, type ZipArchive } from "./zip";

/** A sheet of the workbook with the archive path of its part. */
export interface PackageSheet extends SheetEntry {
  /** `xl/worksheets/sheet1.xml`; undefined for a chart sheet or a dangling relationship. */
  readonly path: string | undefined;
  /** The relationship type of the sheet's part (`worksheet`, `chartsheet`, `dialogsheet` …). */
  readonly kind: string | undefined;
}

/**
 * An .xlsx/.xlsm file opened for reading and patching: the zip (every part's bytes, raw or inflated),
 * the workbook part and its relationships. Nothing else is inflated.
 */
export interface WorkbookPackage {
  readonly zip: ZipArchive;
  /** `xl/workbook.xml` (as `_rels/.rels` names it). */
  readonly workbookPath: string;
  readonly workbook: WorkbookPart;
  readonly workbookRels: readonly Relationship[];
  readonly sheets: readonly PackageSheet[];
  /** The sheet named `name` (exactly, else ignoring case), or undefined. */
  sheet(name: string): PackageSheet | undefined;
  /** The archive path of the workbook's related part of a type (`styles`, `sharedStrings`), if any. */
  relatedPath(type: string): string | undefined;
}

const OFFICE_DOCUMENT = "officeDocument";

/** The signature of a compound file (the container Office puts an encrypted workbook in). */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** `EncryptedPackage` as the compound file's directory writes stream names (UTF-16LE). */
const ENCRYPTED_STREAM = Array.from("EncryptedPackage", (ch) => [ch.charCodeAt(0), 0]).flat();

/**
 * True for a workbook saved with a password to open it: Office encrypts the .xlsx into an
 * `EncryptedPackage` stream of a compound file (MS-OFFCRYPTO), which no zip reader can open.
 * @example isEncryptedWorkbook(bytesOfProtectedXlsx) // true
 */
export function isEncryptedWorkbook(bytes: Uint8Array): boolean {
  if (bytes.length < 512 || CFB_SIGNATURE.some((b, i) => bytes[i] !== b)) return false;
  const first = ENCRYPTED_STREAM[0];
  outer: for (let i = bytes.indexOf(first, 512); i >= 0 && i + ENCRYPTED_STREAM.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < ENCRYPTED_STREAM.length; k++) if (bytes[i + k] !== ENCRYPTED_STREAM[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * Opens a workbook file's bytes. Throws `PackageError`: "notZip" for bytes that are no zip,
 * "notWorkbook" for a zip without a workbook part, "unreadablePart" for a part that cannot be parsed.
 * @example openWorkbookPackage(bytes).sheet("Sales")?.path // "xl/worksheets/sheet1.xml"
 */
export function openWorkbookPackage(bytes: Uint8Array): WorkbookPackage {
  if (isEncryptedWorkbook(bytes)) throw new PackageError("encrypted");
  const zip = openZip(bytes);
  // Parsed only to be checked (well-formed, no DOCTYPE): the patcher edits it as text later.
  if (zip.entry(CONTENT_TYPES_PART)) parseXml(zip.bytes(CONTENT_TYPES_PART, WHOLE), CONTENT_TYPES_PART, {});
  const rootRels = zip.entry("_rels/.rels") ? parseRelationships(zip.bytes("_rels/.rels", WHOLE), "") : [];
  const officeDocument = rootRels.find((r) => r.type === OFFICE_DOCUMENT && !r.external);
  const workbookPath = officeDocument?.path ?? "xl/workbook.xml";
  if (!zip.entry(workbookPath)) throw new PackageError("notWorkbook");
  const workbook = parseWorkbookPart(zip.bytes(workbookPath, WHOLE), workbookPath);
  const relsPath = relsPathOf(workbookPath);
  const workbookRels = zip.entry(relsPath)
    ? parseRelationships(zip.bytes(relsPath, WHOLE), workbookPath)
    : [];
  const byId = new Map(workbookRels.map((r) => [r.id, r]));
  const sheets: PackageSheet[] = workbook.sheets.map((s) => {
    const rel = byId.get(s.relId);
    return { ...s, path: rel && !rel.external ? rel.path : undefined, kind: rel?.type };
  });
  if (sheets.length === 0) throw new PackageError("notWorkbook");
  return {
    zip,
    workbookPath,
    workbook,
    workbookRels,
    sheets,
    sheet: (name) =>
      sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()),
    relatedPath(type) {
      const rel = workbookRels.find((r) => r.type === type && !r.external);
      return rel && zip.entry(rel.path) ? rel.path : undefined;
    },
  };
}
