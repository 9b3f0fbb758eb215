import { HyperFormula } from "hyperformula";
import { buildPortraitPlan, type ConditionalRule, type RangeRef } from "../../../src/core";
import { portraitDataset, type TestClient, type TestSale } from "../../support/portraitDataset";
import { applyPlan, memoryWorkbook, setCell, sheetSnapshot, workbookSnapshot, type MemoryWorkbook } from "../../support/portraitMemoryWorkbook";

/** The formula as Excel applies it to the cell `row` / `col` of its range (relative references moved). */
function formulaAt(formula: string, range: RangeRef, row: number, col: number): string {
  return formula.replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)/g, (_, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    let c = 0;
    for (const ch of letters) c = c * 26 + ch.charCodeAt(0) - 64;
    const newCol = colAbs ? c : c + col - range.col;
    const newRow = rowAbs ? Number(digits) : Number(digits) + row - range.row;
    let out = "";
    for (let n = newCol; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    return `${colAbs}${out}${rowAbs}${newRow}`;
  });
}

/** Loads every sheet of the workbook into HyperFormula and evaluates the sheet's gap rule at a cell. */
function gapAt(wb: MemoryWorkbook, sheet: string, row: number, col: number): boolean {
  const sheets = Object.fromEntries(
    [...wb.sheets.keys()].map((name) => {
      const snap = sheetSnapshot(wb, name);
      const grid: (string | number | boolean | null)[][] = [];
      snap.values.forEach((r, i) => {
        grid[snap.top + i] = [...new Array<null>(snap.left).fill(null), ...r.map((v) => (v !== null && typeof v === "object" ? null : v))];
      });
      return [name, Array.from(grid, (r) => r ?? [])];
    }),
  );
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
  const cf = wb.sheets.get(sheet)?.conditional.find((c) => c.rule.kind === "formula" && row >= c.range.row && row < c.range.row + c.range.rows);
  if (!cf) throw new Error(`no gap rule on ${sheet}`);
  const rule = cf.rule as Extract<ConditionalRule, { kind: "formula" }>;
  const value = hf.calculateFormula(formulaAt(rule.formula, cf.range, row, col), hf.getSheetId(sheet) as number);
  hf.destroy();
  return value === true;
}

describe("gap colours", () => {
  const clients: TestClient[] = [
    { key: "k1", segment: "Retail" },
    { key: "k2", segment: "Retail" },
    { key: "k3", segment: "Retail" },
    { key: "k4", segment: "Horeca" },
  ];
  const sales: TestSale[] = [
    ["k1", "2024-01", "Tea", 100],
    ["k2", "2024-01", "Tea", 50],
    ["k3", "2024-01", "Milk", 10],
    ["k4", "2024-01", "Milk", 10],
  ];
  // products: Milk (col B of the target sheet), Tea (col C); segments: Horeca (row 2), Retail (row 3)
  function firstRun(): MemoryWorkbook {
    const wb = memoryWorkbook({ Sales: [["Client"]] });
    const { dataset, classification } = portraitDataset({ clients, sales });
    const r = buildPortraitPlan({ workbook: workbookSnapshot(wb, "Sales"), dataset, classification, lang: "en" });
    if (!r.ok) throw new Error("no plan");
    applyPlan(wb, r.value);
    return wb;
  }

  it("colours a segment's target with few buyers on the actual sheet, and follows the user's marks without a re-run", () => {
    const wb = firstRun();
    // actual sheet: rows 2.. = Horeca, Retail; cols 2.. = Milk, Tea. Retail × Milk: 1 of 3 bought.
    expect(gapAt(wb, "Actual", 3, 2)).toBe(false);
    setCell(wb, "Ideal portrait", 2, 1, "x"); // Retail × Milk becomes a target
    expect(gapAt(wb, "Actual", 3, 2)).toBe(true);
    setCell(wb, "Ideal portrait", 2, 2, "✓"); // Retail × Tea: 2 of 3 bought, not a gap
    expect(gapAt(wb, "Actual", 3, 3)).toBe(false);
    setCell(wb, "Ideal portrait", 2, 1, null);
    expect(gapAt(wb, "Actual", 3, 2)).toBe(false);
  });

  it("colours a client's empty target product on the client sheet", () => {
    const wb = firstRun();
    setCell(wb, "Ideal portrait", 2, 2, "✓"); // Retail × Tea
    // client sheet: row 1.. = k1..k4; product columns start at H (Milk), I (Tea)
    expect(gapAt(wb, "Client products", 3, 8)).toBe(true); // k3 does not buy Tea
    expect(gapAt(wb, "Client products", 1, 8)).toBe(false); // k1 buys Tea
    expect(gapAt(wb, "Client products", 3, 7)).toBe(false); // Milk is not a Retail target
    expect(gapAt(wb, "Client products", 4, 8)).toBe(false); // k4 is Horeca
  });
});
