/**
 * The names around a CSV file: which files are read as CSV, the sheet a CSV becomes, the workbook it
 * is written as. No imports, so the page's first script can ask without loading the reader.
 */

/** The extensions read as delimited text (any delimiter is detected, tab included). */
const TEXT_EXTENSIONS = [".csv", ".txt", ".tsv"];

/** The extension of a file name, lower case, with its dot (`.csv`); "" when there is none. */
function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  // As Node's `path.extname`: a leading dot starts a name (`.csv`), and `..` has none.
  return dot > 0 && base !== ".." ? base.slice(dot).toLowerCase() : "";
}

/** True for a file name Segmenta reads as a CSV (`.csv`, `.txt`, `.tsv`). */
export function isCsvFileName(name: string): boolean {
  return TEXT_EXTENSIONS.includes(extensionOf(name));
}

/**
 * The sheet name Excel gives a CSV file it opens: the file name without folder and extension, at most
 * 31 characters, without the characters a sheet name cannot hold.
 * @example csvSheetName("data/sales 2024.csv") // "sales 2024"
 */
export function csvSheetName(file: string): string {
  const base = file.slice(file.lastIndexOf("/") + 1);
  const stem = base.slice(0, base.length - extensionOf(base).length).replace(/[[\]:*?/\\]/g, "_");
  return (stem === "" ? "Sheet1" : stem).slice(0, 31);
}

/**
 * The name of the workbook a CSV becomes when Segmenta writes into it: its extension replaced by `.xlsx`.
 * @example workbookNameOf("sales.csv") // "sales.xlsx"
 */
export function workbookNameOf(file: string): string {
  const ext = extensionOf(file);
  return `${ext === "" ? file : file.slice(0, file.length - ext.length)}.xlsx`;
}
