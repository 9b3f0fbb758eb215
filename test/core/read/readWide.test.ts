import { readTable } from "../../../src/core";
import { dataset, err, issuesOf, serial, sheet } from "../../support/grid";

describe("readWide (through readTable)", () => {
  it("makes one sale per non-blank, non-zero period cell dated at the period start", () => {
    const rows = [["Client", "2024-01", "2024-02", "2024-03"], ["A", 5, 0, null], ["B", "", -2, "3"]];
    const data = dataset(readTable(sheet(rows)));
    expect(Array.from(data.sales.client)).toEqual([0, 1, 1]);
    expect(Array.from(data.sales.day)).toEqual([serial(2024, 1, 1), serial(2024, 2, 1), serial(2024, 3, 1)]);
    expect(Array.from(data.sales.amount)).toEqual([5, -2, 3]);
  });

  it("merges rows of the same client and keeps its first row", () => {
    const rows = [["Client", "Product", "Q1 2024", "Q2 2024"], ["A", "Tea", 1, 2], ["B", "Tea", 3, 4], ["A ", "Milk", 5, 6]];
    const data = dataset(readTable(sheet(rows, { top: 10 })));
    expect(data.clients.map((c) => [c.key, c.row])).toEqual([
      ["A", 11],
      ["B", 12],
    ]);
    expect(data.products).toEqual(["Tea", "Milk"]);
    expect(Array.from(data.sales.product ?? [])).toEqual([0, 0, 0, 0, 1, 1]);
  });

  it("takes names, segments and managers from their columns", () => {
    const rows = [
      ["Client ID", "Client Name", "Segmento", "Vendedor", "ene-24", "feb-24"],
      [101, "Acme", "Mayorista", "Ana", 1, 2],
    ];
    expect(dataset(readTable(sheet(rows))).clients).toEqual([
      { key: "101", name: "Acme", segment: "Mayorista", manager: "Ana", row: 1 },
    ]);
  });

  it("reports amounts without a client, words and error values in period cells", () => {
    const rows = [["Client", "Jan 2024", "Feb 2024"], [null, 5, null], ["B", "n/a", err("#VALUE!")]];
    expect(issuesOf(readTable(sheet(rows)))).toEqual([
      { code: "emptyClient", cell: "Sales!A2" },
      { code: "notAnAmount", cell: "Sales!B3", content: "n/a" },
      { code: "errorValue", cell: "Sales!C3", content: "#VALUE!" },
    ]);
  });

  it("reads weekly headers as a weekly table", () => {
    const data = dataset(readTable(sheet([["Client", "2024-W01", "2024-W02"], ["A", 1, 1]])));
    expect(data.table.periodKind).toBe("week");
    expect(Array.from(data.sales.day)).toEqual([serial(2024, 1, 1), serial(2024, 1, 8)]);
  });

  it("does not read subtotal rows as clients", () => {
    const rows = [
      ["Менеджер", "Клиент", "Jan 2024", "Feb 2024"],
      ["Иванов", "A", 1, 2],
      ["Итого Иванов", null, 1, 2],
      ["Петров", "B", 3, 4],
      ["Итого", null, 4, 6],
    ];
    const data = dataset(readTable(sheet(rows)));
    expect(data.clients.map((c) => [c.key, c.manager])).toEqual([
      ["A", "Иванов"],
      ["B", "Петров"],
    ]);
    expect(data.table.notes.filter((n) => n.code === "totalsRowSkipped").map((n) => n.row)).toEqual([4]);
    expect(data.table.notes.find((n) => n.code === "subtotalRowsSkipped")?.rows).toEqual([2]);
  });
});

