import { findTable, sheetView, type CellValue } from "../../../src/core";
import { sheet } from "../../support/grid";

const bounds = (rows: readonly (readonly CellValue[])[]) => findTable(sheetView(sheet(rows)));

describe("findTable", () => {
  it("finds the header under a title, a subtitle and blank rows", () => {
    const b = bounds([["Report"], ["2024, all branches"], [], [], ["Client", "Date", "Amount"], ["A", "2024-01-01", 1]]);
    expect(b).toMatchObject({ headerRow: 4, firstRow: 5, lastRow: 5, titleRow: 0, totalsRow: null, firstCol: 0, lastCol: 2 });
  });

  it("ends the table at a totals row", () => {
    const b = bounds([["Client", "Jan 2024", "Feb 2024"], ["A", 1, 2], ["B", 3, 4], ["Total general", 4, 6], ["note"]]);
    expect(b).toMatchObject({ lastRow: 2, totalsRow: 3 });
  });

  it("ends the table at two blank rows, but not at one", () => {
    const b = bounds([["Client", "Date", "Amount"], ["A", "2024-01-01", 1], [], ["B", "2024-01-02", 2], [], [], ["Prepared by Ivanov"]]);
    expect(b).toMatchObject({ lastRow: 3, totalsRow: null });
  });

  it("finds a table that starts in column D", () => {
    const b = bounds([[], [null, null, null, "Client", "Q1 2024", "Q2 2024"], [null, null, null, "A", 1, 2]]);
    expect(b).toMatchObject({ headerRow: 1, firstCol: 3, lastCol: 5 });
  });

  it("ignores owned cells when it looks for the header", () => {
    const snap = sheet([
      ["ABC", "XYZ", "Status"],
      ["A", "X", "new"],
      [],
      ["Client", "Date", "Amount"],
      ["A", "2024-01-01", 1],
    ]);
    const b = findTable(sheetView(snap, [{ sheet: "Sales", row: 0, col: 0, rows: 2, cols: 3 }]));
    expect(b).toMatchObject({ headerRow: 3, titleRow: null });
  });

  it("finds nothing on a blank sheet or a sheet of single cells", () => {
    expect(bounds([])).toBeNull();
    expect(bounds([["only a title"], [], ["and a note"]])).toBeNull();
  });

  it("ends the table at a blank row followed by a one-cell note", () => {
    const b = bounds([["Client", "Date", "Amount"], ["A", "2024-01-01", 1], [], ["Prepared by Ivanov"]]);
    expect(b).toMatchObject({ lastRow: 1, totalsRow: null });
  });

  it("skips subtotal rows inside the data and closes the table at the last totals row", () => {
    const b = bounds([
      ["Manager", "Client", "Jan 2024", "Feb 2024"],
      ["Ivanov", "A", 1, 2],
      ["Итого Иванов", null, 1, 2],
      ["Petrov", "B", 3, 4],
      ["Итого", null, 4, 6],
      ["Source: ERP"],
    ]);
    expect(b).toMatchObject({ lastRow: 3, totalsRow: 4, subtotalRows: [2] });
  });

  it("does not close the table at a totals row that data follows", () => {
    const b = bounds([["Client", "Jan 2024", "Feb 2024"], ["A", 1, 2], ["Total", 1, 2], ["B", 3, 4]]);
    expect(b).toMatchObject({ lastRow: 3, totalsRow: null, subtotalRows: [2] });
  });
});

