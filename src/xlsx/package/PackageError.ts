/**
 * Why a workbook file could not be read, as a code the caller turns into the user's words:
 * - `notZip`: the bytes are no zip archive at all (a renamed or truncated file);
 * - `notWorkbook`: a zip, but not an Excel workbook (no `xl/workbook.xml` or no sheets);
 * - `encrypted`: a workbook saved with a password to open it (an encrypted compound file);
 * - `missingPart`: a part the workbook points at is not in the archive;
 * - `unreadablePart`: a part is there but could not be inflated or parsed;
 * - `implausiblePart`: a part no spreadsheet writes: it would inflate beyond the limits
 *   (`PART_LIMITS`), to more than the zip declares, its zip records disagree, or it holds a run of
 *   text or a tag far longer than any cell's (a decompression bomb, or a file made to look like one);
 * - `declaresEntities`: an XML part declares a DOCTYPE (entities, external files), which the Open
 *   Packaging Conventions forbid and no spreadsheet writes;
 * - `badSharedString`: a cell (`cell`) points at a shared text past the end of the table.
 * `part` names the archive entry concerned, `sheet` the sheet whose part it is (when known).
 */
export type PackageProblem =
  | "notZip"
  | "notWorkbook"
  | "encrypted"
  | "missingPart"
  | "unreadablePart"
  | "implausiblePart"
  | "declaresEntities"
  | "badSharedString";

export class PackageError extends Error {
  constructor(
    readonly problem: PackageProblem,
    readonly part?: string,
    readonly sheet?: string,
    /** The cell concerned (`B7`), for `badSharedString`. */
    readonly cell?: string,
  ) {
    super(part === undefined ? problem : `${problem}: ${part}`);
    this.name = "PackageError";
  }

  /** The same problem, said of the sheet `sheet` whose part it is. */
  inSheet(sheet: string): PackageError {
    return new PackageError(this.problem, this.part, sheet, this.cell);
  }
}
