import { readTable, type Dataset } from "../../../src/core";
import { dataset, err, issuesOf, serial, sheet } from "../../support/grid";

/** Per-client sums keyed by client key. */
function sums(data: Dataset): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < data.sales.count; i++) {
    const key = data.clients[data.sales.client[i]].key;
    out[key] = (out[key] ?? 0) + data.sales.amount[i];
  }
  return out;
}

describe("readTable", () => {
  it("reads a wide table in column D under three title rows, skipping the totals row and column", () => {
    const rows = [
      [null, null, null, "Sales by client"],
      [null, null, null, "Moscow branch, 2024"],
      [],
      [null, null, null, "Клиент", "Сегмент", "Jan 2024", "Feb 2024", "Mar 2024", "Итого"],
      [null, null, null, "ООО Ромашка", "Опт", 100, 200, null, 300],
      [null, null, null, "ИП Иванов", "Розница", "1 500,50", 0, 40, 1540.5],
      [null, null, null, "Итого", null, 1600.5, 200, 40, 1840.5],
    ];
    const data = dataset(readTable(sheet(rows, { top: 4, left: 0 })));
    expect(data.table.shape).toBe("wide");
    expect(data.table.headerRow).toBe(7);
    expect(data.table.firstRow).toBe(8);
    expect(data.table.lastRow).toBe(9);
    expect(data.table.totalsRow).toBe(10);
    expect(data.table.range).toEqual({ sheet: "Sales", row: 7, col: 3, rows: 4, cols: 6 });
    expect(data.table.periodKind).toBe("month");
    expect(data.table.columns.map((c) => c.role)).toEqual(["client", "segment", "period", "period", "period", "total"]);
    expect(data.table.notes.map((n) => n.code)).toEqual(["titleRowsSkipped", "totalsColumnSkipped", "totalsRowSkipped"]);
    expect(data.clients).toEqual([
      { key: "ООО Ромашка", name: "ООО Ромашка", segment: "Опт", manager: null, row: 8 },
      { key: "ИП Иванов", name: "ИП Иванов", segment: "Розница", manager: null, row: 9 },
    ]);
    expect(sums(data)).toEqual({ "ООО Ромашка": 300, "ИП Иванов": 1540.5 });
    expect(Array.from(data.sales.day)).toEqual([
      serial(2024, 1, 1),
      serial(2024, 2, 1),
      serial(2024, 1, 1),
      serial(2024, 3, 1),
    ]);
  });

  it("reads real-date headers (serials with a date format) as months", () => {
    const headers = ["Client", serial(2024, 1, 1), serial(2024, 2, 1), serial(2024, 3, 1)];
    const formats = [["General", "mmm yyyy", "mmm yyyy", "mmm yyyy"]];
    const data = dataset(readTable(sheet([headers, ["ACME", 1, 2, 3]], { formats })));
    expect(data.table.periodKind).toBe("month");
    expect(data.table.columns[1]).toMatchObject({ role: "period", header: "2024-01-01", period: { kind: "month", start: serial(2024, 1, 1) } });
  });

  it("reads quarter headers as a quarterly table", () => {
    const data = dataset(readTable(sheet([["Cliente", "T1 2024", "T2 2024", "Total general"], ["Acme", 5, 6, 11]])));
    expect(data.table.periodKind).toBe("quarter");
    expect(Array.from(data.sales.day)).toEqual([serial(2024, 1, 1), serial(2024, 4, 1)]);
  });

  it("lists a client row with no amounts as a client without sales", () => {
    const data = dataset(readTable(sheet([["Client", "2024-01", "2024-02"], ["A", 1, null], ["B", null, null]])));
    expect(data.clients.map((c) => c.key)).toEqual(["A", "B"]);
    expect(data.sales.count).toBe(1);
  });

  it("reads a long table with text amounts and text dates", () => {
    const rows = [
      ["Дата", "Контрагент", "Сумма"],
      ["15.01.2024", "Ромашка", "1 234,56"],
      ["16.01.2024", " Ромашка\u00a0", "100"],
      ["01.02.2024", "Лютик", "(20)"],
    ];
    const data = dataset(readTable(sheet(rows)));
    expect(data.table.shape).toBe("long");
    expect(data.table.periodKind).toBeNull();
    expect(data.clients.map((c) => [c.key, c.row])).toEqual([
      ["Ромашка", 1],
      ["Лютик", 3],
    ]);
    expect(sums(data)).toEqual({ Ромашка: 1334.56, Лютик: -20 });
    expect(Array.from(data.sales.day)).toEqual([serial(2024, 1, 15), serial(2024, 1, 16), serial(2024, 2, 1)]);
  });

  it("reports a word in an amount cell with its address and content", () => {
    const result = readTable(sheet([["Client", "Date", "Amount"], ["A", "2024-01-05", "ten"]], { name: "My Sales" }));
    expect(issuesOf(result)).toEqual([{ code: "notAnAmount", cell: "'My Sales'!C2", content: "ten" }]);
  });

  it("writes addresses with the given cell label and the sheet position of the grid", () => {
    const rows = [["Client", "Date", "Amount"], ["A", "2024-01-05", err("#DIV/0!")]];
    const result = readTable(sheet(rows, { top: 9, left: 2 }), { cellLabel: (r, c) => `sales.csv: ${r}/${c}` });
    expect(issuesOf(result)).toEqual([{ code: "errorValue", cell: "sales.csv: 10/4", content: "#DIV/0!" }]);
  });

  it("collects every issue of the table, not just the first", () => {
    const rows = [
      ["Client", "Date", "Amount"],
      ["A", "2024-02-30", 5],
      ["B", "2024-01-05", "abc"],
      [err("#N/A"), "2024-01-05", 3],
      [null, "2024-01-05", 7],
      ["C", "2024-01-05", true],
    ];
    expect(issuesOf(readTable(sheet(rows)))).toEqual([
      { code: "notADate", cell: "Sales!B2", content: "2024-02-30" },
      { code: "notAnAmount", cell: "Sales!C3", content: "abc" },
      { code: "errorValue", cell: "Sales!A4", content: "#N/A" },
      { code: "emptyClient", cell: "Sales!A5" },
      { code: "notAnAmount", cell: "Sales!C6", content: "TRUE" },
    ]);
  });

  it("reports the missing columns of a long table by role", () => {
    const result = readTable(sheet([["Client", "Amount"], ["A", 1]]));
    expect(issuesOf(result)).toEqual([{ code: "missingColumn", role: "date", sheet: "Sales" }]);
  });

  it("reports an empty sheet as no table", () => {
    expect(issuesOf(readTable(sheet([[], [null, "  "]])))).toEqual([{ code: "noTable", sheet: "Sales" }]);
  });

  it("lets overrides by header or column letters pick the columns", () => {
    const rows = [
      ["Order Date", "Ship Date", "Customer", "Sales", "Profit"],
      ["2024-01-05", "2024-02-01", "A", 10, 3],
    ];
    const data = dataset(readTable(sheet(rows, { left: 1 }), { overrides: { date: "ship date", amount: "F" } }));
    expect(Array.from(data.sales.day)).toEqual([serial(2024, 2, 1)]);
    expect(Array.from(data.sales.amount)).toEqual([3]);
    expect(data.table.columns.filter((c) => c.by === "override").map((c) => [c.col, c.role])).toEqual([
      [2, "date"],
      [5, "amount"],
    ]);
  });

  it("reports an override that names no column", () => {
    const rows = [["Client", "Date", "Amount"], ["A", "2024-01-05", 1]];
    expect(issuesOf(readTable(sheet(rows), { overrides: { manager: "Boss" } }))).toEqual([
      { code: "unknownColumn", role: "manager", given: "Boss" },
    ]);
  });

  it("ignores the cells Segmenta wrote beside the table", () => {
    const rows = [
      ["Client", "Jan 2024", "Feb 2024", null, "ABC", "XYZ"],
      ["A", 1, 2, null, "A", "X"],
    ];
    const owned = [{ sheet: "Sales", row: 0, col: 4, rows: 2, cols: 2 }];
    const data = dataset(readTable(sheet(rows), { owned }));
    expect(data.table.columns.map((c) => c.col)).toEqual([0, 1, 2]);
  });

  it("reads CDNOW's purchase log: 8-digit dates, numeric ids as the key", () => {
    const rows = [
      ["masterid", "sampleid", "date", "cds", "sales"],
      [4, 1, 19970101, 2, 29.33],
      [4, 1, 19970118, 2, 29.73],
      [18, 2, 19970102, 1, 14.96],
    ];
    const data = dataset(readTable(sheet(rows)));
    expect(data.clients.map((c) => c.key)).toEqual(["4", "18"]);
    expect(Array.from(data.sales.day)).toEqual([serial(1997, 1, 1), serial(1997, 1, 18), serial(1997, 1, 2)]);
    expect(sums(data)).toEqual({ "4": 59.06, "18": 14.96 });
  });

  it("reports error values written as text (a CSV export) as error values", () => {
    const rows = [["Client", "Date", "Amount"], ["A", "#N/A", "#DIV/0!"]];
    expect(issuesOf(readTable(sheet(rows)))).toEqual([
      { code: "errorValue", cell: "Sales!B2", content: "#N/A" },
      { code: "errorValue", cell: "Sales!C2", content: "#DIV/0!" },
    ]);
  });
});

