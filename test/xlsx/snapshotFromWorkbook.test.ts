import { newWorkbook, snapshotFromWorkbook } from "../../src/xlsx";

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
});
