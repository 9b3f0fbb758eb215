/**
 * Exports as real tools write them: a client named like a total, subtotal rows and columns, blank
 * future months, a blank line under the header, dates whose day order cannot be told.
 */
import { analyseWorkbook, DEFAULT_SETTINGS, isTotalLabel, readTable, type CellValue } from "../../../src/core";
import { dataset, issuesOf, serial, sheet } from "../../support/grid";

const months = ["Jan 2024", "Feb 2024", "Mar 2024"];
const total = (values: Float64Array) => Array.from(values).reduce((a, b) => a + b, 0);

describe("a totals label is a whole cell", () => {
  it.each([["Итого"], ["Итого:"], ["Total"], ["Grand total"], ["Всего"], ["Total general"], ["Итого по группе"], ["Subtotal"]])(
    "reads %p as a totals label",
    (text) => expect(isTotalLabel(text)).toBe(true),
  );
  it.each([["Итого-Сервис"], ["Total Logistics"], ["Всего Хорошего ООО"], ["Totalmente SA"]])("reads %p as a name", (text) =>
    expect(isTotalLabel(text)).toBe(false),
  );

  it("keeps a client called like a total among the clients, with the others' classes unchanged", () => {
    const rows: CellValue[][] = [
      ["Client", ...months],
      ["Alpha", 100, 100, 100],
      ["Итого-Сервис", 50, 50, 50],
      ["Total Logistics", 10, 10, 10],
      ["Итого", 160, 160, 160],
    ];
    const data = dataset(readTable(sheet(rows)));
    expect(data.clients.map((c) => c.key)).toEqual(["Alpha", "Итого-Сервис", "Total Logistics"]);
    expect(total(data.sales.amount)).toBe(480);
  });
});

describe("subtotal rows", () => {
  it("skips a wide table's subtotal rows that add up, and lists them", () => {
    const rows: CellValue[][] = [
      ["Client", ...months],
      ["Alpha", 1, 2, 3],
      ["Beta", 4, 5, 6],
      ["Subtotal", 5, 7, 9],
      ["Gamma", 10, 10, 10],
      ["Итого по группе", 10, 10, 10],
      ["Total", 15, 17, 19],
    ];
    const data = dataset(readTable(sheet(rows)));
    expect(data.clients.map((c) => c.key)).toEqual(["Alpha", "Beta", "Gamma"]);
    expect(total(data.sales.amount)).toBe(51);
    expect(data.table.notes.find((n) => n.code === "subtotalRowsSkipped")?.rows).toEqual([3, 5]);
  });

  it("skips a long export's \"Alpha Total\" rows carrying the client's sum and a date", () => {
    const rows: CellValue[][] = [
      ["Client", "Date", "Amount"],
      ["Alpha", serial(2024, 1, 5), 100],
      ["Alpha", serial(2024, 2, 5), 50],
      ["Alpha Total", serial(2024, 2, 5), 150],
      ["Beta", serial(2024, 1, 9), 30],
      ["Beta Total", serial(2024, 1, 9), 30],
      ["Grand Total", null, 180],
    ];
    const data = dataset(readTable(sheet(rows)));
    expect(data.clients.map((c) => c.key)).toEqual(["Alpha", "Beta"]);
    expect(total(data.sales.amount)).toBe(180);
    expect(data.table.notes.find((n) => n.code === "subtotalRowsSkipped")?.rows).toEqual([3, 5]);
  });

  it("refuses a subtotal row that does not add up, naming its cell", () => {
    const rows: CellValue[][] = [["Client", ...months], ["Alpha", 1, 2, 3], ["Subtotal", 1, 99, 3], ["Beta", 4, 5, 6]];
    expect(issuesOf(readTable(sheet(rows)))).toEqual([
      { code: "subtotalMismatch", cell: "Sales!C3", content: "Subtotal", value: "99", sum: "2" },
    ]);
  });
});

describe("subtotal columns", () => {
  it("skips quarter and year columns between months that add up, and lists them", () => {
    const rows: CellValue[][] = [
      ["Client", "Oct 2023", "Nov 2023", "Dec 2023", "Q4 2023", "Total 2023", "Jan 2024", "Feb 2024"],
      ["Alpha", 10, 10, 10, 30, 30, 10, 10],
      ["Beta", 5, 0, 5, 10, 10, 5, 5],
    ];
    const data = dataset(readTable(sheet(rows)));
    expect(total(data.sales.amount)).toBe(70);
    expect(data.table.periodKind).toBe("month");
    expect(data.table.notes.find((n) => n.code === "subtotalColumnsSkipped")?.cols).toEqual([4, 5]);
    const result = analyseWorkbook({ active: sheet(rows), sheetNames: ["Sales"], owned: [] }, { settings: DEFAULT_SETTINGS, lang: "en" });
    expect(result.classification?.clients.map((c) => c.xyz)).toEqual(["X", "Z"]);
  });

  it("refuses a quarter column that is not the sum of its months, naming the cell", () => {
    const rows: CellValue[][] = [["Client", "Oct 2023", "Nov 2023", "Dec 2023", "Q4 2023"], ["Alpha", 10, 10, 10, 31]];
    expect(issuesOf(readTable(sheet(rows)))).toEqual([
      { code: "subtotalColumnMismatch", cell: "Sales!E2", content: "Q4 2023", value: "31", sum: "30" },
    ]);
  });
});

describe("a yearly template with blank future months", () => {
  const rows: CellValue[][] = [
    ["Client", "Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024", "May 2024"],
    ["Alpha", 10, 10, 10, null, null],
    ["Beta", 10, null, 10, null, null],
  ];
  it("ends at the last period holding a value, with a note naming the blank ones", () => {
    const result = analyseWorkbook({ active: sheet(rows), sheetNames: ["Sales"], owned: [] }, { settings: DEFAULT_SETTINGS, lang: "en" });
    const read = dataset(result.read!);
    expect(read.table.notes.find((n) => n.code === "emptyTrailingPeriods")?.cols).toEqual([4, 5]);
    expect(result.classification?.axis.count).toBe(3);
    expect(result.classification?.clients.map((c) => c.status)).toEqual(["new", "new"]);
  });
  it("still ends later when asked", () => {
    const settings = { ...DEFAULT_SETTINGS, asOf: { kind: "date" as const, serial: serial(2024, 5, 1) } };
    const result = analyseWorkbook({ active: sheet(rows), sheetNames: ["Sales"], owned: [] }, { settings, lang: "en" });
    expect(result.classification?.axis.count).toBe(5);
  });
});

describe("a blank line under the header", () => {
  it("is not the end of the header", () => {
    const rows: CellValue[][] = [["Client", "Date", "Amount"], [], ["Alpha", "2023-12-05", 10], ["Beta", "2024-01-05", 20]];
    const data = dataset(readTable(sheet(rows)));
    expect(data.table.headerRow).toBe(0);
    expect(data.clients.map((c) => c.key)).toEqual(["Alpha", "Beta"]);
  });
});

describe("dates whose day order cannot be told", () => {
  const rows: CellValue[][] = [["Client", "Date", "Amount"], ["Alpha", "01/02/2024", 10], ["Beta", "03/04/2024", 20]];
  it("says which order was assumed (the locale's when given)", () => {
    const data = dataset(readTable(sheet(rows), { dateOrder: { fallback: "mdy" } }));
    expect(data.table.notes.find((n) => n.code === "dateOrderAssumed")).toEqual({ code: "dateOrderAssumed", text: "mdy", chosen: 1 });
    expect(Array.from(data.sales.day)).toEqual([serial(2024, 1, 2), serial(2024, 3, 4)]);
  });
  it("reads the order asked for without a note", () => {
    const data = dataset(readTable(sheet(rows), { dateOrder: { given: "dmy" } }));
    expect(data.table.notes.some((n) => n.code === "dateOrderAssumed")).toBe(false);
    expect(Array.from(data.sales.day)).toEqual([serial(2024, 2, 1), serial(2024, 4, 3)]);
  });
  it("needs no choice when a date tells the order", () => {
    const data = dataset(readTable(sheet([...rows, ["Coda", "25/04/2024", 5]]), { dateOrder: { fallback: "mdy" } }));
    expect(data.table.notes.some((n) => n.code === "dateOrderAssumed")).toBe(false);
    expect(Array.from(data.sales.day)[0]).toBe(serial(2024, 2, 1));
  });
});

describe("--from after --as-of", () => {
  it("is refused, saying why", () => {
    const settings = { ...DEFAULT_SETTINGS, asOf: { kind: "date" as const, serial: serial(2024, 3, 31) }, from: serial(2024, 6, 1) };
    const result = analyseWorkbook({ active: sheet([["Client", "Amount", "Date"]]), sheetNames: ["Sales"], owned: [] }, { settings, lang: "en" });
    expect(result.settingsIssues).toEqual([{ code: "fromAfterAsOf", from: serial(2024, 6, 1), asOf: serial(2024, 3, 31) }]);
  });
});
