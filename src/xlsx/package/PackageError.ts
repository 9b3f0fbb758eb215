/**
 * Why a workbook file could not be read, as a code the caller turns into the user's words:
 * - `notZip`: the bytes are no zip archive at all (a renamed or truncated file);
 * - `notWorkbook`: a zip, but not an Excel workbook (no `xl/workbook.xml` or no sheets);
 * - `encrypted`: a workbook saved with a password to open it (an encrypted compound file);
 * - `missingPart`: a part the workbook points at is not in the archive;
 * - `unreadablePart`: a part is there but could not be inflated or parsed.
 * `part` names the archive entry concerned, `sheet` the sheet whose part it is (when known).
 */
export type PackageProblem = "notZip" | "notWorkbook" | "encrypted" | "missingPart" | "unreadablePart";

export class PackageError extends Error {
  constructor(
    readonly problem: PackageProblem,
    readonly part?: string,
    readonly sheet?: string,
  ) {
    super(part === undefined ? problem : `${problem}: ${part}`);
    this.name = "PackageError";
  }
}
