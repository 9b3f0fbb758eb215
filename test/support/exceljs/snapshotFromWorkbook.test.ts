import { PORTRAIT_MARKERS } from "../../../src/core";
import { newWorkbook, setSheetName, snapshotFromWorkbook, withSheetsToRead } from "./exceljsWorkbook";

describe("snapshotFromWorkbook", () => {
  it("hands cells over as Excel does: dates as serials, text of rich text and links, formula results, errors", () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet("Data");
    ws.getCell("B3").value = new Date(Date.UTC(2024, 0, 15));
    ws.getCell("B3").numFmt = "dd.mm.yyyy";
    ws.getCell("C3").value = { richText: [{ text: "Ac" }, { text: "me", font: { bold: true } }] };
    ws.getCell("D3").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("E3").value = { formula: "2*3", result: 6 };
    ws.getCell("F3").value = { text: "site", hyperlink: "https://example.com" };
    ws.getCell("C4").value = "x";
    const snap = snapshotFromWorkbook(wb);
    expect(snap?.active).toMatchObject({ name: "Data", top: 2, left: 1 });
    expect(snap?.active.values).toEqual([
      [45306, "Acme", { error: "#DIV/0!" }, 6, "site"],
      [null, "x", null, null, null],
    ]);
    expect(snap?.active.formats?.[0][0]).toBe("dd.mm.yyyy");
  });

  it("drops the time of day of a date", () => {
    const wb = newWorkbook();
    wb.addWorksheet("Data").getCell("A1").value = new Date(Date.UTC(2024, 0, 15, 18, 30));
    expect(snapshotFromWorkbook(wb)?.active.values).toEqual([[45306]]);
  });

  it("chooses the first sheet with a table unless a sheet is named", () => {
    const wb = newWorkbook();
    wb.addWorksheet("Notes");
    wb.addWorksheet("Sales").getCell("A1").value = "Client";
    wb.addWorksheet("Other").getCell("A1").value = "Other";
    expect(snapshotFromWorkbook(wb)?.active.name).toBe("Sales");
    expect(snapshotFromWorkbook(wb, "other")?.active.name).toBe("Other");
    expect(snapshotFromWorkbook(wb, "Missing")).toBeNull();
  });

  it("does not choose Segmenta's own sheets by default", () => {
    const wb = newWorkbook();
    wb.addWorksheet("Clients").getCell("A1").value = "Client";
    wb.addWorksheet("Sales").getCell("A1").value = "Client";
    wb.definedNames.add("Clients!$A$1", "Segmenta_Sheet_clients");
    expect(snapshotFromWorkbook(wb)?.active.name).toBe("Sales");
  });

  it("reads Segmenta's target and plan sheets into others, found by their markers whatever the user renamed them to", () => {
    const wb = newWorkbook();
    wb.addWorksheet("Sales").addRows([["Client", "Jan"], ["Acme", 1]]);
    wb.addWorksheet("My targets").addRows([["Segment", "Milk"], ["Retail", "x"]]);
    wb.addWorksheet("Plan").addRows([["Client", "Stage"], ["Acme", "offered"]]);
    wb.addWorksheet("Products by client").addRows([["Client", "Milk"], ["Acme", 5]]);
    wb.addWorksheet("Clients list").addRows([["Client", "Segment"], ["Acme", "Retail"]]);
    const a1 = (sheet: string) => ({ sheet, row: 0, col: 0, rows: 1, cols: 1 });
    setSheetName(wb, PORTRAIT_MARKERS.portrait, a1("My targets"));
    setSheetName(wb, PORTRAIT_MARKERS.plan, a1("Plan"));
    setSheetName(wb, PORTRAIT_MARKERS.clientProducts, a1("Products by client"));
    const snap = snapshotFromWorkbook(wb);
    expect(snap?.active.name).toBe("Sales");
    expect(Object.keys(snap?.others ?? {}).sort()).toEqual(["My targets", "Plan"]);
    expect(snap?.others?.["My targets"].values).toEqual([["Segment", "Milk"], ["Retail", "x"]]);
    const withList = withSheetsToRead(wb, snap!, ["Clients list", "No such sheet"]);
    expect(Object.keys(withList.others ?? {}).sort()).toEqual(["Clients list", "My targets", "Plan"]);
    expect(snap?.others?.["Clients list"]).toBeUndefined();
  });
});
