import { readTable } from "../../../src/core";
import { dataset, err, issuesOf, serial, sheet } from "../../support/grid";

describe("readLong (through readTable)", () => {
  it("reads products as indexes in order of first appearance, with margin and quantity", () => {
    const rows = [
      ["Date", "Client", "Product", "Sales", "Profit", "Qty"],
      [serial(2024, 1, 5), "A", " Tea ", 10, 2, 1],
      [serial(2024, 1, 6), "B", "Coffee", 20, 5, 2],
      [serial(2024, 1, 7), "A", "Tea", 30, 7, 3],
      [serial(2024, 1, 8), "B", null, 40, 9, 4],
    ];
    const data = dataset(readTable(sheet(rows)));
    expect(data.products).toEqual(["Tea", "Coffee"]);
    expect(Array.from(data.sales.product ?? [])).toEqual([0, 1, 0, -1]);
    expect(Array.from(data.sales.margin ?? [])).toEqual([2, 5, 7, 9]);
    expect(Array.from(data.sales.quantity ?? [])).toEqual([1, 2, 3, 4]);
    expect(Array.from(data.sales.client)).toEqual([0, 1, 0, 1]);
  });

  it("has no margin, quantity or product arrays when the columns are missing", () => {
    const data = dataset(readTable(sheet([["Date", "Client", "Amount"], ["2024-01-05", "A", 1]])));
    expect(data.sales.margin).toBeNull();
    expect(data.sales.quantity).toBeNull();
    expect(data.sales.product).toBeNull();
  });

  it("takes client attributes from the client's first row that has them", () => {
    const rows = [
      ["Date", "Client", "Segment", "Manager", "Amount"],
      ["2024-01-05", "A", null, "Ivanov", 1],
      ["2024-01-06", "A", "Retail", "Petrov", 1],
    ];
    expect(dataset(readTable(sheet(rows))).clients).toEqual([
      { key: "A", name: "A", segment: "Retail", manager: "Ivanov", row: 1 },
    ]);
  });

  it("reads blank amounts as 0 and lists a client with neither date nor amount without a sale", () => {
    const rows = [["Date", "Client", "Amount"], ["2024-01-05", "A", null], [null, "B", null], [null, null, null]];
    const data = dataset(readTable(sheet(rows)));
    expect(data.clients.map((c) => c.key)).toEqual(["A", "B"]);
    expect(data.sales.count).toBe(1);
    expect(data.sales.amount[0]).toBe(0);
  });

  it("reports an amount without a date", () => {
    expect(issuesOf(readTable(sheet([["Date", "Client", "Amount"], [null, "A", 5]])))).toEqual([
      { code: "notADate", cell: "Sales!A2", content: "" },
    ]);
  });

  it("reads a lone 1,234 as a decimal when the column writes decimal commas", () => {
    const rows = [["Date", "Client", "Amount"], ["2024-01-05", "A", "12,50"], ["2024-01-06", "A", "1,234"]];
    expect(Array.from(dataset(readTable(sheet(rows))).sales.amount)).toEqual([12.5, 1.234]);
  });

  it("reads a lone 1,234 as thousands otherwise", () => {
    const rows = [["Date", "Client", "Amount"], ["2024-01-05", "A", "12.50"], ["2024-01-06", "A", "1,234"]];
    expect(Array.from(dataset(readTable(sheet(rows))).sales.amount)).toEqual([12.5, 1234]);
  });

  it("reads every slash date month first when one of them only reads that way", () => {
    const rows = [["Date", "Client", "Amount"], ["02/03/2024", "A", 1], ["01/15/2024", "A", 1]];
    expect(Array.from(dataset(readTable(sheet(rows))).sales.day)).toEqual([serial(2024, 2, 3), serial(2024, 1, 15)]);
  });

  it("reads slash dates day first by default", () => {
    const rows = [["Date", "Client", "Amount"], ["02/03/2024", "A", 1], ["13/01/2024", "A", 1]];
    expect(Array.from(dataset(readTable(sheet(rows))).sales.day)).toEqual([serial(2024, 3, 2), serial(2024, 1, 13)]);
  });

  it("reads small serials in a date-formatted column", () => {
    const rows = [["Date", "Client", "Amount"], [400, "A", 1]];
    const formats = [["General", "General", "General"], ["dd.mm.yyyy", "General", "General"]];
    expect(Array.from(dataset(readTable(sheet(rows, { formats }))).sales.day)).toEqual([400]);
  });

  it("reports error values in attribute columns", () => {
    const rows = [["Date", "Client", "Product", "Amount"], ["2024-01-05", "A", err("#REF!"), 1]];
    expect(issuesOf(readTable(sheet(rows)))).toEqual([{ code: "errorValue", cell: "Sales!C2", content: "#REF!" }]);
  });

  it("dates sales in a period column at the period's first day", () => {
    const rows = [["Период", "Клиент", "Сумма"], ["янв.24", "A", 1], ["2024-02", "A", 1], ["1 кв. 2024", "B", 1]];
    expect(Array.from(dataset(readTable(sheet(rows))).sales.day)).toEqual([serial(2024, 1, 1), serial(2024, 2, 1), serial(2024, 1, 1)]);
  });
});
