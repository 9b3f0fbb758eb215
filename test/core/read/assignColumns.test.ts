import { assignColumns, findTable, sheetView, type CellValue, type ColumnOverrides } from "../../../src/core";
import { sheet } from "../../support/grid";

function plan(rows: readonly (readonly CellValue[])[], overrides: ColumnOverrides = {}, left = 0) {
  const snap = sheet(rows, { left });
  const view = sheetView(snap);
  const bounds = findTable(view);
  if (bounds === null) throw new Error("no table");
  return assignColumns(view, bounds, snap, overrides);
}

describe("assignColumns", () => {
  it("chooses the order date over a ship date that comes first, and says so", () => {
    const p = plan([
      ["Ship Date", "Order Date", "Customer", "Amount"],
      ["2024-01-09", "2024-01-05", "A", 1],
    ]);
    expect(p.roles.date).toBe(1);
    expect(p.notes).toContainEqual({ code: "choseOrderDate", role: "date", chosen: 1, over: [0] });
  });

  it("chooses the sales amount over profit and quantity, which become margin and quantity", () => {
    const p = plan([
      ["Date", "Client", "Profit", "Qty", "Net Sales"],
      ["2024-01-05", "A", 3, 2, 10],
    ]);
    expect(p.roles).toMatchObject({ amount: 4, margin: 2, quantity: 3 });
    expect(p.notes).toContainEqual({ code: "choseSalesAmount", role: "amount", chosen: 4, over: [2, 3] });
  });

  it("keys clients by an id and keeps the name for display", () => {
    const p = plan([
      ["Customer Name", "Customer ID", "Fecha", "Importe"],
      ["ACME", "C-1", "2024-01-05", 1],
    ]);
    expect(p.roles).toMatchObject({ client: 1, clientName: 0 });
    expect(p.notes).toContainEqual({ code: "choseIdKey", role: "client", chosen: 1, over: [0] });
  });

  it("keys by a name over a column merely named like an id", () => {
    const p = plan([
      ["masterid", "Cliente", "Fecha", "Importe"],
      [4, "ACME", "2024-01-05", 1],
    ]);
    expect(p.roles.client).toBe(1);
    expect(p.roles.clientName).toBeUndefined();
  });

  it("reports the chosen columns in sheet columns", () => {
    const p = plan([["Order Date", "Ship Date", "Client", "Sum"], ["2024-01-05", "2024-01-09", "A", 1]], {}, 3);
    expect(p.notes).toContainEqual({ code: "choseOrderDate", role: "date", chosen: 3, over: [4] });
    expect(p.columns.map((c) => c.col)).toEqual([3, 4, 5, 6]);
  });

  it("takes a wide table's client column without a header from its values", () => {
    const p = plan([
      [null, "Jan 2024", "Feb 2024"],
      ["ACME", 1, 2],
    ]);
    expect(p.shape).toBe("wide");
    expect(p.roles.client).toBe(0);
    expect(p.columns[0]).toMatchObject({ role: "client", by: "values" });
  });

  it("takes a long table's unnamed date column from its values", () => {
    const p = plan([
      ["Когда", "Клиент", "Сумма"],
      ["15.01.2024", "A", 1],
      ["16.01.2024", "B", 2],
    ]);
    expect(p.roles.date).toBe(0);
    expect(p.columns[0]).toMatchObject({ role: "date", by: "values" });
  });

  it("lets an override beat recognition", () => {
    const p = plan([["Client", "Customer", "Date", "Amount"], ["A", "B", "2024-01-05", 1]], { client: "B" });
    expect(p.roles.client).toBe(1);
    expect(p.columns[1]).toMatchObject({ role: "client", by: "override" });
    expect(p.issues).toEqual([]);
  });

  it("makes a table with an overridden date long even with period-like headers", () => {
    const p = plan([["Client", "Jan 2024", "Feb 2024", "Day"], ["A", 1, 2, "2024-01-05"]], { date: "Day", amount: "Jan 2024" });
    expect(p.shape).toBe("long");
  });

  it("never treats a totals column as a period and names it", () => {
    const p = plan([["Client", "2024-01", "2024-02", "Всего"], ["A", 1, 2, 3]]);
    expect(p.periods.map((x) => x.col)).toEqual([1, 2]);
    expect(p.columns[3]).toMatchObject({ role: "total" });
    expect(p.notes).toContainEqual({ code: "totalsColumnSkipped", role: "total", chosen: 3 });
  });

  it("reports every required role a long table lacks", () => {
    const p = plan([["Product", "Segment"], ["Tea", "Retail"]]);
    expect(p.issues.map((i) => (i.code === "missingColumn" ? i.role : i.code))).toEqual(["client", "date", "amount"]);
  });
});

describe("assignColumns with one period header", () => {
  it("reads a client and a single month as a wide table", () => {
    const p = plan([["Client", "Jan 2024", "Total"], ["A", 5, 5]]);
    expect(p.shape).toBe("wide");
    expect(p.issues).toEqual([]);
  });

  it("stays long when a date or amount header is present", () => {
    expect(plan([["Client", "Amount", "Jan 2024"], ["A", 5, 1]]).shape).toBe("long");
  });
});
