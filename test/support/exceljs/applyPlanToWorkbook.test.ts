import JSZip from "jszip";
import type { RangeRef, WritePlan } from "../../../src/core";
import { applyPlanToWorkbook, loadWorkbook, newWorkbook, snapshotFromWorkbook, workbookBytes } from "./exceljsWorkbook";

const at = (sheet: string, row: number, col: number, rows = 1, cols = 1): RangeRef => ({ sheet, row, col, rows, cols });

function dataWorkbook() {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Sales");
  ws.addRows([
    ["Client", "Jan", "Feb"],
    ["Acme", 100, 120],
    ["Beta", 50, 0],
  ]);
  return wb;
}

const plan: WritePlan = {
  ops: [
    { kind: "values", range: at("Sales", 0, 4, 3, 2), values: [["Share", "ABC"], [0.8, "A"], [{ formula: "=C3/SUM(B2:C3)" }, "B"]] },
    { kind: "numberFormat", range: at("Sales", 1, 4, 2, 1), format: "0.0%" },
    { kind: "style", range: at("Sales", 0, 4, 1, 2), style: { bold: true, fill: "#DDEBF7" } },
    { kind: "conditionalFormat", range: at("Sales", 1, 5, 2, 1), rule: { kind: "textEquals", rules: [{ text: "A", fill: "#C6EFCE" }, { text: "B", fill: "#FFEB9C" }] } },
    { kind: "conditionalFormat", range: at("Sales", 1, 4, 2, 1), rule: { kind: "dataBar", color: "#5B9BD5" } },
    { kind: "validation", range: at("Sales", 1, 5, 2, 1), list: ["A", "B", "C"] },
    { kind: "columnWidths", sheet: "Sales", col: 4, widths: [9, 6] },
    { kind: "freeze", sheet: "Sales", rows: 1, cols: 1 },
    { kind: "name", name: "Segmenta_Results", range: at("Sales", 0, 4, 3, 2) },
    { kind: "sheet", sheet: "Clients", marker: "Segmenta_Sheet_clients", clear: true },
    { kind: "values", range: at("Clients", 0, 0, 2, 2), values: [["Client", "ABC"], ["Acme", "A"]] },
    { kind: "name", name: "Segmenta_Sheet_clients", range: at("Clients", 0, 0, 2, 2) },
    { kind: "chart", name: "Segmenta_Pareto", chart: "pareto", title: "Pareto", source: at("Clients", 0, 0, 2, 2), anchor: at("Clients", 0, 4, 10, 6) },
  ],
  owned: [at("Sales", 0, 4, 3, 2), at("Clients", 0, 0, 2, 2)],
};

async function roundTrip(wb: ReturnType<typeof newWorkbook>) {
  return loadWorkbook(await workbookBytes(wb));
}

describe("applyPlanToWorkbook", () => {
  it("writes values, formulas, formats and names that survive saving and reading the file", async () => {
    const wb = dataWorkbook();
    applyPlanToWorkbook(wb, plan);
    const back = await roundTrip(wb);
    const snap = snapshotFromWorkbook(back);
    expect(snap?.active.name).toBe("Sales");
    expect(snap?.active.values[0]).toEqual(["Client", "Jan", "Feb", null, "Share", "ABC"]);
    expect(snap?.active.values[1].slice(4)).toEqual([0.8, "A"]);
    expect(snap?.active.formats?.[1][4]).toBe("0.0%");
    const ws = back.getWorksheet("Sales");
    expect(ws?.getCell("E3").value).toEqual({ formula: "C3/SUM(B2:C3)" });
    expect(ws?.getCell("E1").font?.bold).toBe(true);
    expect(ws?.getColumn(5).width).toBeCloseTo(9, 3);
    expect(ws?.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(ws?.getCell("F2").dataValidation).toMatchObject({ type: "list", formulae: ['"A,B,C"'] });
    expect(snap?.owned).toEqual(
      expect.arrayContaining([
        { name: "Segmenta_Results", range: at("Sales", 0, 4, 3, 2) },
        { name: "Segmenta_Sheet_clients", range: at("Clients", 0, 0, 2, 2) },
      ]),
    );
    expect(snap?.sheetNames).toEqual(["Sales", "Clients"]);
    // The client sheet holds nothing of the user's: it is rewritten, not read.
    expect(Object.keys(snap?.others ?? {})).toEqual([]);
  });

  it("turns text rules into expressions relative to the range's first cell", () => {
    const wb = dataWorkbook();
    applyPlanToWorkbook(wb, plan);
    const cfs = (wb.getWorksheet("Sales") as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[] })
      .conditionalFormattings;
    const text = cfs.find((cf) => cf.ref === "F2:F3");
    expect(text?.rules.map((r) => r.formulae)).toEqual([['F2="A"'], ['F2="B"']]);
  });

  it("writes Segmenta's names scoped to their sheet, as the add-in creates them", async () => {
    const wb = dataWorkbook();
    applyPlanToWorkbook(wb, plan);
    applyPlanToWorkbook(wb, { ops: [{ kind: "name", name: "Segmenta_Results", range: at("Clients", 5, 5) }], owned: [] });
    const zip = await JSZip.loadAsync(await workbookBytes(wb));
    const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(xml).toContain('<definedName name="Segmenta_Results" localSheetId="0">Sales!$E$1:$F$3</definedName>');
    expect(xml).toContain('<definedName name="Segmenta_Results" localSheetId="1">Clients!$F$6</definedName>');
    const back = snapshotFromWorkbook(await roundTrip(wb));
    expect(back?.owned.filter((o) => o.name === "Segmenta_Results").map((o) => o.range.sheet).sort()).toEqual(["Clients", "Sales"]);
  });

  it("reports charts as skipped", () => {
    const report = applyPlanToWorkbook(dataWorkbook(), plan);
    expect(report.skipped).toEqual([{ kind: "chart", name: "Segmenta_Pareto", sheet: "Clients" }]);
  });

  it("gives the same cells, names and formats when the plan is applied twice, also to the saved file", async () => {
    const once = dataWorkbook();
    applyPlanToWorkbook(once, plan);
    const twice = await roundTrip(once);
    applyPlanToWorkbook(twice, plan);
    const a = snapshotFromWorkbook(await roundTrip(once));
    const b = snapshotFromWorkbook(await roundTrip(twice));
    expect(b).toEqual(a);
    const cfCount = (wb: Awaited<ReturnType<typeof roundTrip>>) =>
      (wb.getWorksheet("Sales") as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings.length;
    expect(cfCount(await roundTrip(twice))).toBe(cfCount(await roundTrip(once)));
    expect(twice.worksheets.map((ws) => ws.name)).toEqual(["Sales", "Clients"]);
  });

  it("clears a Segmenta sheet before writing it again, never deleting it", () => {
    const wb = dataWorkbook();
    applyPlanToWorkbook(wb, plan);
    applyPlanToWorkbook(wb, { ops: [{ kind: "sheet", sheet: "Clients", marker: "Segmenta_Sheet_clients", clear: true }], owned: [] });
    const snap = snapshotFromWorkbook(wb, "Clients");
    expect(snap?.active.values).toEqual([]);
    expect(wb.getWorksheet("Clients")).toBeDefined();
  });

  it("empties a cleared range, leaving the cells around it", () => {
    const wb = dataWorkbook();
    applyPlanToWorkbook(wb, plan);
    applyPlanToWorkbook(wb, { ops: [{ kind: "clear", range: at("Sales", 0, 4, 3, 2) }], owned: [] });
    const snap = snapshotFromWorkbook(wb);
    expect(snap?.active.values).toEqual([
      ["Client", "Jan", "Feb"],
      ["Acme", 100, 120],
      ["Beta", 50, 0],
    ]);
    expect(wb.getWorksheet("Sales")?.getCell("E2").numFmt).toBeUndefined();
  });

  it("formats its own cells without touching a user's cell that shared their style in the file", async () => {
    const wb = dataWorkbook();
    const sales = wb.getWorksheet("Sales")!;
    sales.getCell("B2").numFmt = "#,##0";
    sales.getCell("E2").value = 0.8;
    sales.getCell("E2").numFmt = "#,##0";
    const loaded = await roundTrip(wb);
    // Loaded from the file, both cells hold ExcelJS's one style object of that style.
    expect(loaded.getWorksheet("Sales")!.getCell("E2").style).toBe(loaded.getWorksheet("Sales")!.getCell("B2").style);
    applyPlanToWorkbook(loaded, { ops: [{ kind: "numberFormat", range: at("Sales", 1, 4), format: "0.0%" }, { kind: "style", range: at("Sales", 1, 4), style: { bold: true } }], owned: [] });
    const again = (await roundTrip(loaded)).getWorksheet("Sales")!;
    expect(again.getCell("E2").numFmt).toBe("0.0%");
    expect(again.getCell("E2").font?.bold).toBe(true);
    expect(again.getCell("B2").numFmt).toBe("#,##0");
    expect(again.getCell("B2").font?.bold).toBeFalsy();
  });

  it("gives the cells one plan formats alike one style object, so a big sheet saves fast", () => {
    const wb = dataWorkbook();
    applyPlanToWorkbook(wb, {
      ops: [
        { kind: "values", range: at("Sales", 5, 0, 3, 2), values: [[1, 2], [3, 4], [5, 6]] },
        { kind: "numberFormat", range: at("Sales", 5, 0, 3, 2), format: "0.0" },
      ],
      owned: [],
    });
    const sales = wb.getWorksheet("Sales")!;
    const styles = new Set(["A6", "B6", "A7", "B8"].map((address) => sales.getCell(address).style));
    expect(styles.size).toBe(1);
    expect(sales.getCell("B8").numFmt).toBe("0.0");
  });
});
