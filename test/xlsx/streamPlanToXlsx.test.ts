import { Writable } from "node:stream";
import type { RangeRef, SheetSnapshot, WritePlan } from "../../src/core";
import { applyPlanToWorkbook, loadWorkbook, newWorkbook, snapshotFromWorkbook, workbookBytes } from "../../src/xlsx";
import { streamPlanToXlsx } from "../../src/xlsx/streamPlanToXlsx";
import { inMemoryWorkbook as inMemory, workbookFacts } from "../support/workbookFacts";

const at = (sheet: string, row: number, col: number, rows = 1, cols = 1): RangeRef => ({ sheet, row, col, rows, cols });

/** A CSV's sheet as the command line reads it; the table starts at B2 to show offsets are kept. */
const data: SheetSnapshot = {
  name: "Sales",
  top: 1,
  left: 1,
  values: [
    ["Client", "Jan", "Feb"],
    ["Acme", 100, 120],
    ["Beta", 50, { error: "#N/A" }],
    ["Gamma", 7],
  ],
};

const plan: WritePlan = {
  ops: [
    { kind: "clear", range: at("Sales", 1, 5, 4, 2) },
    { kind: "values", range: at("Sales", 1, 5, 4, 2), values: [["Share", "ABC"], [0.8, "A"], [{ formula: "=D4/SUM(C3:D4)" }, "B"], [null, "C"]] },
    { kind: "numberFormat", range: at("Sales", 2, 5, 3, 1), format: "0.0%" },
    { kind: "style", range: at("Sales", 1, 5, 1, 2), style: { bold: true, fill: "#DDEBF7" } },
    { kind: "style", range: at("Sales", 1, 6, 1, 1), style: { italic: true, fontColor: "#FF0000", horizontal: "center", wrap: true } },
    // A fill on cells of an otherwise empty row, and on an empty cell beside values.
    { kind: "style", range: at("Sales", 6, 5, 1, 2), style: { fill: "#FFEB9C" } },
    { kind: "numberFormat", range: at("Sales", 4, 7, 1, 1), format: "#,##0" },
    { kind: "conditionalFormat", range: at("Sales", 2, 6, 3, 1), rule: { kind: "textEquals", rules: [{ text: "A", fill: "#C6EFCE" }, { text: "B", fill: "#FFEB9C", fontColor: "#9C5700" }] } },
    { kind: "conditionalFormat", range: at("Sales", 2, 5, 3, 1), rule: { kind: "dataBar", color: "#5B9BD5" } },
    { kind: "conditionalFormat", range: at("Sales", 2, 5, 3, 1), rule: { kind: "dataBar", color: "#5B9BD5" } },
    { kind: "conditionalFormat", range: at("Sales", 4, 5, 1, 1), rule: { kind: "colorScale", min: "#F8696B", mid: "#FFEB84", max: "#63BE7B" } },
    { kind: "validation", range: at("Sales", 2, 6, 3, 1), list: ["A", "B", "C"] },
    { kind: "validation", range: at("Sales", 3, 6, 1, 1), list: ['say "B"', "D"] },
    { kind: "columnWidths", sheet: "Sales", col: 5, widths: [9, 6.5] },
    { kind: "freeze", sheet: "Sales", rows: 2, cols: 1 },
    { kind: "name", name: "Segmenta_Results", range: at("Sales", 1, 5, 4, 2) },
    { kind: "sheet", sheet: "Clients", marker: "Segmenta_Sheet_clients", clear: true },
    { kind: "values", range: at("Clients", 0, 0, 3, 2), values: [["Client", "ABC"], ["Acme", "A"], ["Beta", "B"]] },
    { kind: "conditionalFormat", range: at("Clients", 1, 1, 2, 1), rule: { kind: "formula", formula: '=$B2="A"', fill: "#C6EFCE" } },
    { kind: "validation", range: at("Clients", 1, 1, 2, 1), list: ["A", "B"] },
    // A second plan on the same sheet clears it: only what comes after stays.
    { kind: "sheet", sheet: "Clients", marker: "Segmenta_Sheet_clients", clear: true },
    { kind: "values", range: at("Clients", 0, 0, 2, 2), values: [["Client", "ABC"], ["Gamma", "C"]] },
    { kind: "name", name: "Segmenta_Sheet_clients", range: at("Clients", 0, 0, 2, 2) },
    { kind: "sheet", sheet: "Matrix", marker: "Segmenta_Sheet_matrix", clear: true },
    { kind: "values", range: at("Matrix", 0, 0, 2, 2), values: [["", "X"], ["A", 3]] },
    { kind: "conditionalFormat", range: at("Matrix", 1, 1), rule: { kind: "formula", formula: "=B2>0", fill: "#C6EFCE" } },
    { kind: "validation", range: at("Matrix", 0, 0, 2, 2), list: ["1"] },
    { kind: "style", range: at("Matrix", 0, 0, 2, 2), style: { bold: true } },
    { kind: "numberFormat", range: at("Matrix", 1, 1), format: "0" },
    // Clearing part of the sheet takes the formats and validations inside with it, and the cells.
    { kind: "clear", range: at("Matrix", 1, 0, 1, 2) },
    { kind: "chart", name: "Segmenta_Pareto", chart: "pareto", title: "Pareto", source: at("Clients", 0, 0, 2, 2), anchor: at("Matrix", 0, 4, 10, 6) },
    { kind: "select", range: at("Matrix", 0, 1) },
    { kind: "freeze", sheet: "Clients", rows: 1, cols: 0 },
    { kind: "select", range: at("Clients", 1, 0) },
  ],
  owned: [],
};

/** What `streamPlanToXlsx` writes, collected in memory, and its report. */
async function streamed(sheet: SheetSnapshot, p: WritePlan) {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const report = await streamPlanToXlsx(sheet, p, sink);
  return { bytes: new Uint8Array(Buffer.concat(chunks)), report };
}

describe("streamPlanToXlsx", () => {
  it("writes the workbook applyPlanToWorkbook makes: cells, formats, conditional formats, validations, widths, views, names", async () => {
    const [memory, stream] = await Promise.all([inMemory(data, plan), streamed(data, plan)]);
    const expected = await workbookFacts(memory);
    const actual = await workbookFacts(stream.bytes);
    expect(actual.sheets.map((s) => s.name)).toEqual(["Sales", "Clients", "Matrix"]);
    expect(actual).toEqual(expected);
  });

  it("keeps what the facts rest on: later ops win, clears empty, a cleared sheet starts again", async () => {
    const facts = await workbookFacts((await streamed(data, plan)).bytes);
    const [sales, clients, matrix] = facts.sheets;
    expect(sales.cells.B2[0]).toBe("Client");
    expect(sales.cells.D4).toBeUndefined();
    expect(sales.cells.F4.slice(0, 2)).toEqual(["=D4/SUM(C3:D4)", "0.0%"]);
    expect(sales.cells.G2.slice(2)).toEqual([[true, true, "FFFF0000"], "FFDDEBF7", ["center", true]]);
    expect(sales.cells.F7.slice(0, 2)).toEqual([null, null]);
    expect(sales.cells.F7[3]).toBe("FFFFEB9C");
    expect(sales.validations.G4).toMatchObject({ formulae: ['"say ""B"",D"'] });
    expect(sales.validations.G5).toMatchObject({ formulae: ['"A,B,C"'] });
    expect(sales.conditionalFormats).toHaveLength(3);
    expect(Object.keys(clients.cells).sort()).toEqual(["A1", "A2", "B1", "B2"]);
    expect(clients.conditionalFormats).toEqual([]);
    expect(clients.validations).toEqual({});
    expect(clients.views).toEqual([expect.objectContaining({ state: "frozen", ySplit: 1, activeCell: "A2" })]);
    expect(Object.keys(matrix.cells).sort()).toEqual(["A1", "B1"]);
    expect(matrix.cells.B1.slice(0, 3)).toEqual(["X", null, [true, false, null]]);
    expect(Object.keys(matrix.validations).sort()).toEqual(["A1", "B1"]);
    expect(matrix.conditionalFormats).toEqual([]);
    expect(facts.activeTab).toBe(1);
    expect(facts.names).toEqual([
      `Segmenta_Results@0 → ${JSON.stringify(at("Sales", 1, 5, 4, 2))}`,
      `Segmenta_Sheet_clients@1 → ${JSON.stringify(at("Clients", 0, 0, 2, 2))}`,
      `Segmenta_Sheet_matrix@2 → ${JSON.stringify(at("Matrix", 0, 0))}`,
    ]);
  });

  it("reports charts as skipped, as the in-memory applier does", async () => {
    expect((await streamed(data, plan)).report).toEqual(applyPlanToWorkbook(newWorkbook(), plan));
  });

  it("gives a file whose Segmenta ranges a later run finds and updates in place, as in the file made in memory", async () => {
    const rerun = async (bytes: Uint8Array) => {
      const wb = await loadWorkbook(bytes);
      applyPlanToWorkbook(wb, plan);
      return loadWorkbook(await workbookBytes(wb));
    };
    const first = await loadWorkbook((await streamed(data, plan)).bytes);
    const again = await rerun((await streamed(data, plan)).bytes);
    expect(again.worksheets.map((ws) => ws.name)).toEqual(["Sales", "Clients", "Matrix"]);
    expect(snapshotFromWorkbook(again)?.owned).toEqual(snapshotFromWorkbook(first)?.owned);
    const inMemoryAgain = await rerun(await inMemory(data, plan));
    expect(await workbookFacts(await workbookBytes(again))).toEqual(await workbookFacts(await workbookBytes(inMemoryAgain)));
  });

  it("writes only the data sheet when the plan is empty, blank cells and error values left out", async () => {
    const facts = await workbookFacts((await streamed(data, { ops: [], owned: [] })).bytes);
    expect(facts.sheets.map((s) => s.name)).toEqual(["Sales"]);
    expect(Object.keys(facts.sheets[0].cells).sort()).toEqual(["B2", "B3", "B4", "B5", "C2", "C3", "C4", "C5", "D2", "D3"]);
    expect(facts.names).toEqual([]);
  });
});
