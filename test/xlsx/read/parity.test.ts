import { readFileSync } from "node:fs";
import path from "node:path";
import { PORTRAIT_MARKERS } from "../../../src/core";
import {
  loadWorkbook,
  newWorkbook,
  setSheetName,
  snapshotFromWorkbook,
  workbookBytes,
} from "../../support/exceljs/exceljsWorkbook";
import { openWorkbookReader, snapshotFromReader } from "../../../src/xlsx/read";
import { russianWideWorkbook, tempDir } from "../../fixtures/cliFiles";

/** Both readers on the same bytes. */
async function both(bytes: Uint8Array, sheet?: string, extra: readonly string[] = []) {
  const exceljs = snapshotFromWorkbook(await loadWorkbook(bytes), sheet, extra);
  const streamed = snapshotFromReader(openWorkbookReader(bytes), sheet, extra);
  return { exceljs, streamed };
}

describe("the streaming reader gives the snapshot ExcelJS gives", () => {
  it.each(["sample-en.xlsx", "sample-ru.xlsx", "sample-es.xlsx"])("on the bundled sample %s", async (file) => {
    const bytes = readFileSync(path.join(__dirname, "../../../assets", file));
    const { exceljs, streamed } = await both(bytes);
    expect(streamed?.active.values.length).toBeGreaterThan(5);
    expect(streamed).toEqual(exceljs);
  });

  it("on the Russian report workbook the command line tests use", async () => {
    const file = path.join(tempDir(), "ru.xlsx");
    await russianWideWorkbook(file);
    const { exceljs, streamed } = await both(readFileSync(file));
    expect(streamed).toEqual(exceljs);
  });

  it("on every kind of cell: dates, rich text, links, formulas with results, errors, booleans, styled blanks", async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet("Data");
    ws.getCell("B3").value = new Date(Date.UTC(2024, 0, 15, 18, 30));
    ws.getCell("B3").numFmt = "dd.mm.yyyy";
    ws.getCell("C3").value = { richText: [{ text: "A&c" }, { text: "<me>", font: { bold: true } }] };
    ws.getCell("D3").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("E3").value = { formula: "2*3", result: 6 };
    ws.getCell("F3").value = { text: "site", hyperlink: "https://example.com" };
    ws.getCell("G3").value = true;
    ws.getCell("H3").value = { formula: 'UPPER("a")', result: "A" };
    ws.getCell("C4").value = "x";
    ws.getCell("D4").numFmt = "0.00%";
    ws.getCell("E4").value = 1234.5;
    ws.getCell("E4").numFmt = "#,##0.00";
    ws.getCell("F4").value = "  ";
    ws.getCell("Z40").numFmt = "0.00";
    const { exceljs, streamed } = await both(await workbookBytes(wb));
    expect(streamed?.active.values[0]).toEqual([
      45306,
      "A&c<me>",
      { error: "#DIV/0!" },
      6,
      "site",
      true,
      "A",
    ]);
    expect(streamed).toEqual(exceljs);
  });

  it("on Segmenta's own sheets and names read on a re-run, and a named sheet", async () => {
    const wb = newWorkbook();
    wb.addWorksheet("Sales").addRows([
      ["Client", "Jan"],
      ["Acme", 1],
    ]);
    wb.addWorksheet("My targets").addRows([
      ["Segment", "Milk"],
      ["Retail", "x"],
    ]);
    wb.addWorksheet("Plan").addRows([
      ["Client", "Stage"],
      ["Acme", "offered"],
    ]);
    wb.addWorksheet("Clients list").addRows([
      ["Client", "Segment"],
      ["Acme", "Retail"],
    ]);
    const a1 = (sheet: string) => ({ sheet, row: 0, col: 0, rows: 1, cols: 1 });
    setSheetName(wb, PORTRAIT_MARKERS.portrait, a1("My targets"));
    setSheetName(wb, PORTRAIT_MARKERS.plan, a1("Plan"));
    setSheetName(wb, "Segmenta_Results", { sheet: "Sales", row: 0, col: 2, rows: 2, cols: 3 });
    const bytes = await workbookBytes(wb);
    const first = await both(bytes, undefined, ["Clients list"]);
    expect(Object.keys(first.streamed?.others ?? {}).sort()).toEqual(["Clients list", "My targets", "Plan"]);
    expect(first.streamed?.owned.length).toBe(3);
    expect(first.streamed).toEqual(first.exceljs);
    const named = await both(bytes, "plan");
    expect(named.streamed?.active.name).toBe("Plan");
    expect(named.streamed).toEqual(named.exceljs);
    expect(snapshotFromReader(openWorkbookReader(bytes), "Missing")).toBeNull();
  });
});
