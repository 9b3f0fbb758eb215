import { readTable, type CellValue, type InputIssue } from "../../../src/core";
import { dataset, issuesOf, serial, sheet } from "../../support/grid";

/** A long table (client, date, amount) with the given data rows under its header. */
const longTable = (rows: CellValue[][]) => sheet([["Client", "Date", "Amount"], ...rows]);
const codes = (issues: readonly InputIssue[]) => issues.map((i) => i.code);

describe("readTable never drops or invents data silently", () => {
  it("reads on past blank rows in the middle of a wide table: the clients below them count", () => {
    const rows: CellValue[][] = [
      ["Client", "Jan 2024", "Feb 2024"],
      ["Acme", 10, 20],
      [],
      [],
      ["Beta", 5, 5],
      ["Coda", 1, 2],
    ];
    const data = dataset(readTable(sheet(rows)));
    expect(data.clients.map((c) => c.key)).toEqual(["Acme", "Beta", "Coda"]);
    expect(data.table.lastRow).toBe(5);
  });

  it("reads on past blank rows in a long table", () => {
    const data = dataset(
      readTable(longTable([["Acme", serial(2024, 1, 5), 10], [], [], [], ["Beta", serial(2024, 2, 5), 20]])),
    );
    expect(data.clients.map((c) => c.key)).toEqual(["Acme", "Beta"]);
  });

  const months = ["2024-01", "2024-02", "2024-03"];
  it("refuses two tables with different columns, naming both ranges", () => {
    const rows: CellValue[][] = [
      ["Client", "Date", "Amount"],
      ["Acme", serial(2024, 1, 5), 10],
      [],
      ["Manager", "Amount"],
      ["Ivanov", 10],
    ];
    expect(issuesOf(readTable(sheet(rows)))).toEqual([{ code: "twoTables", sheet: "Sales", first: "A1:C2", second: "A4:B5" }]);
  });

  it("refuses a second table under its own title row, naming both ranges from the title", () => {
    const rows: CellValue[][] = [
      ["Sales 2023"],
      ["Client", ...months],
      ["Acme", 1, 2, 3],
      [],
      ["Sales 2024"],
      ["Client", "2024-04", "2024-05"],
      ["Bolt", 4, 5],
    ];
    expect(issuesOf(readTable(sheet(rows)))).toEqual([{ code: "twoTables", sheet: "Sales", first: "A2:D3", second: "A5:C7" }]);
  });

  it("reads blocks under the same header as one table, and says so", () => {
    const rows: CellValue[][] = [["Client", ...months], ["Acme", 1, 2, 3], [], ["Sales, part 2"], ["Client", ...months], ["Bolt", 4, 5, 6]];
    const data = dataset(readTable(sheet(rows)));
    expect(data.clients.map((c) => c.key)).toEqual(["Acme", "Bolt"]);
    expect(Array.from(data.sales.amount).reduce((a, b) => a + b, 0)).toBe(21);
    expect(data.table.notes.find((n) => n.code === "tablesJoined")?.rows).toEqual([3, 4]);
  });

  it("reads only the range asked for", () => {
    const rows: CellValue[][] = [["Client", "Date", "Amount"], ["Acme", serial(2024, 1, 5), 10], [], ["Manager", "Amount"], ["Ivanov", 10]];
    const range = { sheet: "Sales", row: 0, col: 0, rows: 2, cols: 3 };
    expect(dataset(readTable(sheet(rows), { range })).clients.map((c) => c.key)).toEqual(["Acme"]);
  });

  it("still ends the table at a blank row before a one-cell note", () => {
    const data = dataset(
      readTable(longTable([["Acme", serial(2024, 1, 5), 10], [], ["Source: CRM export"]])),
    );
    expect(data.clients.map((c) => c.key)).toEqual(["Acme"]);
  });

  it("names a formula cell with no stored result and says how to get one", () => {
    const issues = issuesOf(
      readTable(longTable([["Acme", serial(2024, 1, 5), { error: "#VALUE!", formula: "SUM(D2:F2)" }]])),
    );
    expect(issues).toEqual([{ code: "noStoredResult", cell: "Sales!C2", content: "=SUM(D2:F2)" }]);
  });

  it.each([
    ["year 9999", "9999-01-05"],
    ["year 9999, day first", "05.01.9999"],
    ["the year after next", `${new Date().getUTCFullYear() + 2}-01-05`],
  ])("refuses a date typo (%s) instead of stretching the window", (_name, date) => {
    const issues = issuesOf(
      readTable(
        longTable([
          ["Acme", serial(2024, 1, 5), 10],
          ["Beta", date, 10],
        ]),
      ),
    );
    expect(issues).toEqual([
      {
        code: "dateOutOfRange",
        cell: "Sales!B3",
        content: date,
        last: String(new Date().getUTCFullYear() + 1),
      },
    ]);
  });

  it("refuses a date before 1900, naming its cell", () => {
    const issues = issuesOf(
      readTable(
        longTable([
          ["Acme", serial(2024, 1, 5), 10],
          ["Beta", "1899-12-31", 10],
        ]),
      ),
    );
    expect(issues).toEqual([expect.objectContaining({ cell: "Sales!B3", content: "1899-12-31" })]);
  });

  it("reads the last day of next year", () => {
    const year = new Date().getUTCFullYear() + 1;
    const data = dataset(readTable(longTable([["Acme", `${year}-12-31`, 10]])));
    expect(data.sales.count).toBe(1);
  });

  it.each([
    ["1e308", 1e308],
    ["text with 400 digits", "9".repeat(400)],
    ["2e15", 2e15],
    ["-2e15", -2e15],
  ])("refuses an amount beyond ±1e15 (%s), so no total becomes ∞", (_name, amount) => {
    const issues = issuesOf(readTable(longTable([["Acme", serial(2024, 1, 5), amount]])));
    expect(codes(issues)).toEqual(["amountOutOfRange"]);
  });

  it("reads amounts up to ±1e15", () => {
    const data = dataset(
      readTable(
        longTable([
          ["Acme", serial(2024, 1, 5), 1e15],
          ["Beta", serial(2024, 1, 5), -1e15],
        ]),
      ),
    );
    expect(Array.from(data.sales.amount)).toEqual([1e15, -1e15]);
  });
});
