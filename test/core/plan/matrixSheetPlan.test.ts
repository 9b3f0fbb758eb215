import { MATRIX_SHEET_MARKER } from "../../../src/core";
import { distanceFormula, matrixSheetPlan, PARETO_TOP } from "../../../src/core/plan/matrixSheetPlan";
import { applyToMemory, cellKey, memoryWorkbook, snapshotOf } from "../../support/memoryWorkbook";
import { classificationOf, clientResults, fakeWords } from "../../support/planFixtures";

const clients = clientResults(
  [
    { metric: 50, abc: "A", xyz: "X", status: "permanent" },
    { metric: 30, abc: "B", xyz: "Z", status: "lost" },
    { metric: 10, abc: "C", xyz: null, status: "new" },
    { metric: 10, abc: "C", xyz: "Y", status: "permanent" },
    { metric: 0, status: "potential" },
  ],
  1,
);
const wb = memoryWorkbook({ Sales: { values: [["x"]] } });
const plan = matrixSheetPlan(snapshotOf(wb, "Sales"), classificationOf(clients), fakeWords);
const after = applyToMemory(wb, plan);
const at = (row: number, col: number) => after.cells.get(cellKey("ABC-XYZ", row, col));
const line = (row: number, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => at(row, from + i));

describe("matrixSheetPlan", () => {
  it("writes the count matrix with a no-XYZ column and totals", () => {
    expect(line(3, 0, 5)).toEqual([undefined, "X", "Y", "Z", "No XYZ", "Total"]);
    expect(line(4, 0, 5)).toEqual(["A", 1, 0, 0, 0, 1]);
    expect(line(5, 0, 5)).toEqual(["B", 0, 0, 1, 0, 1]);
    expect(line(6, 0, 5)).toEqual(["C", 0, 1, 0, 1, 2]);
    expect(line(7, 0, 5)).toEqual(["Total", 1, 1, 1, 1, 4]);
  });

  it("writes turnover and share matrices below it, formatted", () => {
    expect(line(13, 0, 5)).toEqual(["C", 0, 10, 0, 10, 20]);
    expect(at(21, 5)).toBeCloseTo(1);
    expect(at(20, 5)).toBeCloseTo(0.2);
    expect(plan.ops).toContainEqual({ kind: "numberFormat", range: { sheet: "ABC-XYZ", row: 18, col: 1, rows: 4, cols: 5 }, format: "0.0%" });
  });

  it("colours the 3×3 cells AX → CZ with formula rules bounded to them, not with fills", () => {
    const rules = plan.ops.filter((op) => op.kind === "conditionalFormat");
    expect(rules).toHaveLength(15);
    expect(rules.every((op) => op.range.rows === 3 && op.range.cols === 3 && op.range.col === 1)).toBe(true);
    expect(plan.ops.some((op) => op.kind === "style" && op.style.fill !== undefined)).toBe(false);
    expect(distanceFormula({ sheet: "M", row: 4, col: 1, rows: 3, cols: 3 }, 0)).toBe("=(CODE($A5)-65)+(CODE(B$4)-88)=0");
  });

  it("counts classes per status, potential clients in the no-class row", () => {
    expect(line(24, 0, 6)).toEqual([undefined, "status:potential", "status:new", "status:permanent", "status:lost", "status:restored", "Total"]);
    expect(line(25, 0, 6)).toEqual(["A", 0, 0, 1, 0, 0, 1]);
    expect(line(27, 0, 6)).toEqual(["C", 0, 1, 1, 0, 0, 2]);
    expect(line(28, 0, 6)).toEqual(["No class", 1, 0, 0, 0, 0, 1]);
    expect(line(29, 0, 6)).toEqual(["Total", 1, 1, 2, 1, 0, 5]);
  });

  it("sorts the Pareto source by turnover with a running cumulative share and charts exactly it", () => {
    expect([4, 5, 6, 7].map((r) => at(r, 9))).toEqual([50, 30, 10, 10]);
    expect([4, 5, 6, 7].map((r) => at(r, 10))).toEqual([0.5, 0.8, 0.9, 1]);
    const chart = plan.ops.find((op) => op.kind === "chart");
    expect(chart?.kind === "chart" && chart.source).toEqual({ sheet: "ABC-XYZ", row: 3, col: 8, rows: 5, cols: 3 });
  });

  it("folds clients past the first fifty into one row so the chart stays bounded", () => {
    const many = clientResults(Array.from({ length: PARETO_TOP + 7 }, (_, i) => ({ metric: 100 - i })), 1);
    const p = matrixSheetPlan(snapshotOf(wb, "Sales"), classificationOf(many), fakeWords);
    const chart = p.ops.find((op) => op.kind === "chart");
    expect(chart?.kind === "chart" && chart.source.rows).toBe(PARETO_TOP + 2);
    const w = applyToMemory(wb, p);
    expect(w.cells.get(cellKey("ABC-XYZ", 4 + PARETO_TOP, 8))).toBe("Others (7)");
    expect(w.cells.get(cellKey("ABC-XYZ", 4 + PARETO_TOP, 10))).toBeCloseTo(1);
  });

  it("reuses its marked sheet and plans the same ops on the workbook it left", () => {
    expect(plan.ops[0]).toEqual({ kind: "sheet", sheet: "ABC-XYZ", marker: MATRIX_SHEET_MARKER, clear: true });
    expect(matrixSheetPlan(snapshotOf(after, "Sales"), classificationOf(clients), fakeWords)).toEqual(plan);
    for (const [key] of after.cells) expect(plan.owned.some((o) => key.startsWith(`${o.sheet}\u0000`)) || key.startsWith("Sales")).toBe(true);
  });
});
