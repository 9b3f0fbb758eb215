import type { DetectedTable } from "../../../src/core";
import { noteValues } from "../../../src/taskpane/state/noteValues";

const table: DetectedTable = {
  shape: "long",
  sheet: "Sales",
  headerRow: 0,
  firstRow: 1,
  lastRow: 9,
  totalsRow: 10,
  range: { sheet: "Sales", row: 0, col: 0, rows: 11, cols: 4 },
  columns: [
    { col: 0, header: "Customer", role: "client", by: "header" },
    { col: 2, header: "Order Date", role: "date", by: "header" },
    { col: 3, header: "Ship Date", role: "ignore", by: "header" },
  ],
  notes: [],
  periodKind: null,
};

describe("noteValues", () => {
  it("names the chosen and the passed-over columns by letters and header", () => {
    expect(noteValues({ code: "choseOrderDate", chosen: 2, over: [3] }, table)).toEqual({
      chosen: "C (Order Date)",
      over: "D (Ship Date)",
      row: 0,
    });
  });

  it("numbers a skipped totals row as Excel does", () => {
    expect(noteValues({ code: "totalsRowSkipped", row: 10 }, table).row).toBe(11);
  });

  it("names a column without a header by its letters", () => {
    expect(noteValues({ code: "totalsColumnSkipped", chosen: 5 }, table).chosen).toBe("F");
  });
});
