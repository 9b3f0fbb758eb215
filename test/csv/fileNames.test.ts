import fc from "fast-check";
import path from "node:path";
import { csvSheetName, isCsvFileName, workbookNameOf } from "../../src/csv/fileNames";

/** The sheet name as the command line gave it when it was worked out with Node's `path` (before the page read CSV too). */
function nodeSheetName(file: string): string {
  const base = path.basename(file, path.extname(file)).replace(/[[\]:*?/\\]/g, "_");
  return (base === "" ? "Sheet1" : base).slice(0, 31);
}

describe("CSV file names", () => {
  it("names the sheet as the command line always did, without Node's path module", () => {
    const part = fc.string({ unit: fc.constantFrom("a", "Я", ".", "/", "[", ":", " ", "csv", "x"), maxLength: 12 });
    fc.assert(
      fc.property(part, (name) => {
        // A trailing slash names a folder, never a file a user picks.
        fc.pre(!name.endsWith("/"));
        expect(csvSheetName(name)).toBe(nodeSheetName(name));
      }),
      { numRuns: 2000 },
    );
    expect(csvSheetName("data/Продажи 2024 за первое полугодие по клиентам.csv")).toBe("Продажи 2024 за первое полугоди"); // 31 characters, as Excel allows
  });

  it("reads .csv, .tsv and .txt in any case as CSV, and names the workbook a CSV is written as", () => {
    expect(["a.csv", "b.TSV", "c.Txt"].map(isCsvFileName)).toEqual([true, true, true]);
    expect(["a.xlsx", "csv", ".csv", "a.csv.xlsx"].map(isCsvFileName)).toEqual([false, false, false, false]);
    expect(workbookNameOf("sales.csv")).toBe("sales.xlsx");
    expect(workbookNameOf("report.2024.TSV")).toBe("report.2024.xlsx");
  });
});
