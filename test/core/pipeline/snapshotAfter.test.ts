import { snapshotAfter, type WorkbookSnapshot, type WriteOp } from "../../../src/core";

describe("snapshotAfter", () => {
  const base: WorkbookSnapshot = { active: { name: "Sales", top: 0, left: 0, values: [] }, sheetNames: ["Sales"], owned: [] };

  it("takes the sheets a plan creates and marks them as Segmenta's", () => {
    const plan = { ops: [{ kind: "sheet", sheet: "Report", marker: "Segmenta_Sheet_x", clear: true }] as WriteOp[], owned: [] };
    const after = snapshotAfter(base, plan);
    expect(after.sheetNames).toEqual(["Sales", "Report"]);
    expect(after.owned).toEqual([{ name: "Segmenta_Sheet_x", range: { sheet: "Report", row: 0, col: 0, rows: 1, cols: 1 } }]);
    expect(base.sheetNames).toEqual(["Sales"]);
  });

  it("lets a later name op replace the sheet marker, as the appliers do", () => {
    const range = { sheet: "Report", row: 0, col: 0, rows: 5, cols: 3 };
    const plan = {
      ops: [{ kind: "sheet", sheet: "report", marker: "Segmenta_Sheet_x", clear: true }, { kind: "name", name: "Segmenta_Sheet_x", range: { ...range, sheet: "report" } }] as WriteOp[],
      owned: [],
    };
    const after = snapshotAfter({ ...base, sheetNames: ["Sales", "Report"] }, plan);
    expect(after.sheetNames).toEqual(["Sales", "Report"]);
    expect(after.owned).toEqual([{ name: "Segmenta_Sheet_x", range: { ...range, sheet: "report" } }]);
  });
});
