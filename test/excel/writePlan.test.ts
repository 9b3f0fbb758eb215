import type { WritePlan } from "../../src/core";
import { writePlan } from "../../src/excel/writePlan";
import { FakeExcel, fakeSheet } from "./fakes/fakeExcel";
import { workbookState } from "./fakes/workbookState";

const block = { sheet: "Sales", row: 0, col: 3, rows: 2, cols: 2 };
const plan: WritePlan = {
  ops: [
    { kind: "clear", range: block },
    { kind: "values", range: block, values: [["Share", "ABC"], [0.5, "A"]] },
    { kind: "validation", range: { ...block, row: 1, rows: 1, cols: 1 }, list: ["offered", "contract"] },
    { kind: "freeze", sheet: "Sales", rows: 1, cols: 0 },
    { kind: "columnWidths", sheet: "Sales", col: 3, widths: [10, 6] },
    { kind: "name", name: "Segmenta_Results", range: block },
    { kind: "select", range: block },
  ],
  owned: [block],
};

const book = () => new FakeExcel([fakeSheet("Sales", [["Client", "Jan"], ["Acme", 5]]), fakeSheet("Notes")], "Notes");

describe("writePlan", () => {
  it("writes when nothing is in the way: values, a dropdown, frozen header, widths, the name, the selection", async () => {
    const b = book();
    expect(await writePlan(b.context, plan)).toEqual({ ok: true });
    const s = b.sheet("Sales");
    expect(b.cell("Sales", "E2")).toBe("A");
    expect(s.validation.get("D2")).toBe(JSON.stringify({ list: { inCellDropDown: true, source: "offered,contract" } }));
    expect(s.freeze).toBe("rows 1");
    expect([...s.widths.keys()]).toEqual([3, 4]);
    expect(s.names.get("Segmenta_Results")).toBe("=Sales!$D$1:$E$2");
    expect(b.active).toBe("Sales");
  });

  it.each([
    ["a protected sheet", (b: FakeExcel) => (b.sheet("Sales").protected = true), { code: "protected", sheet: "Sales" }],
    ["a filter", (b: FakeExcel) => (b.sheet("Sales").filtered = true), { code: "filtered", sheet: "Sales", table: null }],
    ["a user's cell", (b: FakeExcel) => b.sheet("Sales").cells.set("1,4", "typed"), { code: "blocked", sheet: "Sales", cells: ["Sales!E2"], count: 1 }],
  ])("writes nothing and names the sheet when it meets %s", async (_what, setUp, issue) => {
    const b = book();
    setUp(b);
    const before = workbookState(b);
    expect(await writePlan(b.context, plan)).toEqual({ ok: false, issues: [issue] });
    expect(workbookState(b)).toEqual(before);
    expect(b.active).toBe("Notes");
  });
});
