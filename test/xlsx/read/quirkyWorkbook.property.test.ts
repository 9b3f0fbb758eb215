/**
 * The untidy sheets of the core's property test saved as a workbook the way real ones come: behind
 * a cover page and a hidden sheet holding an older table. The streaming reader reads the first
 * visible sheet with a table and names it; every client is then classified with every amount
 * counted, or the run stops naming a cell or ranges.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { analyseWorkbook, DEFAULT_SETTINGS, type CellValue } from "../../../src/core";
import { openWorkbookReader, snapshotFromReader } from "../../../src/xlsx/read";
import { expectClassifiedOrRefused, quirkyRows, quirkySheet } from "../../support/quirkySheet";

/** A cell as ExcelJS writes it: a formula without a stored result stays one. */
const excelValue = (v: CellValue): ExcelJS.CellValue =>
  v !== null && typeof v === "object" ? { formula: v.formula?.replace(/^=/, "") ?? "NA()", date1904: false } : v;

async function workbookBytes(rows: CellValue[][], front: { cover: boolean; hidden: boolean }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (front.cover) wb.addWorksheet("Cover").getCell("B3").value = "Turnover report, prepared by the sales office";
  if (front.hidden) {
    const old = wb.addWorksheet("Old data");
    old.state = "hidden";
    old.addRows([["Client", "2020-01", "2020-02"], ["Stale client", 999, 999]]);
  }
  const sheet = wb.addWorksheet("Sales");
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && (sheet.getCell(r + 1, c + 1).value = excelValue(v))));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("real-workbook quirks behind a cover page and a hidden sheet (property)", () => {
  it("reads the first visible sheet with a table, names it, and classifies every client or refuses naming a place", async () => {
    await fc.assert(
      fc.asyncProperty(quirkySheet, fc.boolean(), fc.boolean(), async (q, cover, hidden) => {
        const sheet = { ...q, stray: null };
        const reader = openWorkbookReader(await workbookBytes(quirkyRows(sheet), { cover, hidden }));
        const snapshot = snapshotFromReader(reader)!;
        expect(snapshot.active.name).toBe("Sales");
        if (cover || hidden)
          expect(snapshot.notes).toEqual([{ code: "sheetUsed", text: "Sales", ...(hidden ? { others: ["Old data"] } : {}) }]);
        expectClassifiedOrRefused(sheet, analyseWorkbook(snapshot, { settings: DEFAULT_SETTINGS, lang: "en" }));
      }),
      { numRuns: 25 },
    );
  });
});
