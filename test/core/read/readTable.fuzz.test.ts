import fc from "fast-check";
import { readTable, type CellValue, type Dataset } from "../../../src/core";
import { serial, sheet } from "../../support/grid";

const HEADERS = [
  "Client", "Клиент", "Cliente", "Customer ID", "Customer Name", "masterid", "Date", "Дата", "Fecha", "Ship Date",
  "Amount", "Сумма", "Importe", "Profit", "Qty", "Segment", "Manager", "Product", "Total", "Итого",
  "Jan 2024", "Feb 2024", "2024-03", "Q1 2024", "янв.24", "ene-24", "2024-W05", "Notes",
];
const WORDS = ["ACME", "Ромашка", "n/a", "—", "abc", "Total", "Итого", " ", "", "\u00a0"];
const TEXT_NUMBERS = ["1 234,56", "1,234.56", "(120)", "12%", "$1,234", "1.234,5", "-7", "0"];
const TEXT_DATES = ["2024-01-15", "15.01.2024", "01/15/2024", "2024-02-30", "15 янв 2024", "Jan 15, 2024", "20240115"];
const ERRORS: readonly CellValue[] = [{ error: "#DIV/0!" }, { error: "#N/A" }, { error: "#VALUE!" }];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
  { weight: 1, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.integer({ min: serial(2023, 1, 1), max: serial(2025, 12, 31) }) },
  { weight: 2, arbitrary: fc.constantFrom(...HEADERS) },
  { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...TEXT_NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...TEXT_DATES) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

const grid = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 });
const formats = fc.option(fc.array(fc.array(fc.constantFrom("General", "mmm yyyy", "dd.mm.yyyy", "0.00"), { maxLength: 8 }), { maxLength: 3 }), {
  nil: undefined,
});

function checkDataset(data: Dataset, top: number, rows: number): void {
  const { sales, clients, products, table } = data;
  expect(sales.client.length).toBe(sales.count);
  expect(sales.day.length).toBe(sales.count);
  expect(sales.amount.length).toBe(sales.count);
  for (const extra of [sales.margin, sales.quantity, sales.product]) if (extra) expect(extra.length).toBe(sales.count);
  for (let i = 0; i < sales.count; i++) {
    expect(sales.client[i]).toBeGreaterThanOrEqual(0);
    expect(sales.client[i]).toBeLessThan(clients.length);
    expect(Number.isInteger(sales.day[i])).toBe(true);
    expect(Number.isFinite(sales.amount[i])).toBe(true);
    if (sales.product) {
      expect(sales.product[i]).toBeGreaterThanOrEqual(-1);
      expect(sales.product[i]).toBeLessThan(products.length);
    }
  }
  expect(new Set(clients.map((c) => c.key)).size).toBe(clients.length);
  for (const c of clients) {
    expect(c.key).toBe(c.key.trim());
    expect(c.key).not.toBe("");
    expect(c.row).toBeGreaterThanOrEqual(table.firstRow);
    expect(c.row).toBeLessThanOrEqual(table.lastRow);
  }
  expect(table.headerRow).toBeGreaterThanOrEqual(top);
  expect(table.lastRow).toBeLessThan(top + rows);
}

describe("readTable on random grids", () => {
  it("returns a consistent Dataset or issues that each name a cell, a role or the sheet; never throws", () => {
    fc.assert(
      fc.property(grid, formats, fc.nat(20), fc.nat(5), (rows, fmts, top, left) => {
        const result = readTable(sheet(rows, { top, left, ...(fmts ? { formats: fmts } : {}) }));
        if (result.ok) {
          checkDataset(result.value, top, rows.length);
          return;
        }
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) {
          if ("cell" in issue) expect(issue.cell).toMatch(/^Sales![A-Z]+\d+$/);
          else if ("role" in issue) expect(typeof issue.role).toBe("string");
          else expect(issue).toMatchObject({ sheet: "Sales" });
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("reads table-shaped random grids with headers on top and random overrides without throwing", () => {
    const header = fc.shuffledSubarray(HEADERS, { minLength: 2, maxLength: 7 });
    const given = fc.constantFrom(...HEADERS, "A", "C", "ZZ", "", "nothing");
    const overrides = fc.record({ client: given, date: given, amount: given, product: given }, { requiredKeys: [] });
    const body = fc.array(fc.array(cell, { minLength: 7, maxLength: 7 }), { maxLength: 10 });
    fc.assert(
      fc.property(header, body, overrides, (head, rows, chosen) => {
        const result = readTable(sheet([head, ...rows]), { overrides: chosen });
        if (result.ok) checkDataset(result.value, 0, rows.length + 1);
        else expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});
