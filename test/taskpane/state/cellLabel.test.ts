import { rangeOfCellLabel } from "../../../src/taskpane/state/cellLabel";

describe("rangeOfCellLabel", () => {
  it("reads a sheet and a cell", () => {
    expect(rangeOfCellLabel("Sales!C17")).toEqual({ sheet: "Sales", row: 16, col: 2, rows: 1, cols: 1 });
  });

  it("unquotes a sheet name with spaces and doubled quotes", () => {
    expect(rangeOfCellLabel("'Bob''s data'!B2:C4")).toEqual({
      sheet: "Bob's data",
      row: 1,
      col: 1,
      rows: 3,
      cols: 2,
    });
  });

  it("gives nothing for a file label, which names no sheet cell", () => {
    expect(rangeOfCellLabel("sales.csv: C17")).toBeNull();
  });
});
