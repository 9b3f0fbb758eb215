import fc from "fast-check";
import { CLIENTS_SHEET_MARKER } from "../../../src/core";
import { clientSheetPlan } from "../../../src/core/plan/clientSheetPlan";
import { applyToMemory, cellKey, memoryWorkbook, snapshotOf } from "../../support/memoryWorkbook";
import { classificationOf, clientResults, fakeWords } from "../../support/planFixtures";

const clients = clientResults([{ metric: 10, abc: "C" }, { metric: 60, xyz: "X" }, { metric: 0, status: "potential" }, { metric: 30, abc: "B" }], 1);
const classification = classificationOf(clients);

function plan(wb = memoryWorkbook({ Sales: { values: [["Date", "Client", "Amount"]] } })) {
  const result = clientSheetPlan(snapshotOf(wb, "Sales"), classification, fakeWords);
  if (!result.ok) throw new Error("no plan");
  return result.value;
}

describe("clientSheetPlan", () => {
  it("writes one row per client, largest first and potential clients last, under a header", () => {
    const after = applyToMemory(memoryWorkbook({ Sales: { values: [["x"]] } }), plan());
    const column = (col: number) => [0, 1, 2, 3, 4].map((r) => after.cells.get(cellKey("Clients", r, col)));
    expect(column(0)).toEqual(["Client", "K1", "K3", "K0", "K2"]);
    expect(column(4)).toEqual(["Turnover", 60, 30, 10, 0]);
    expect(column(10)).toEqual(["Status", "status:permanent", "status:permanent", "status:permanent", "status:potential"]);
    expect(after.sheets).toEqual(["Sales", "Clients"]);
  });

  it("marks, freezes and sizes its own sheet, clearing it first", () => {
    const p = plan();
    expect(p.ops[0]).toEqual({ kind: "sheet", sheet: "Clients", marker: CLIENTS_SHEET_MARKER, clear: true });
    expect(p.ops).toContainEqual({ kind: "freeze", sheet: "Clients", rows: 1, cols: 1 });
    expect(p.ops).toContainEqual({ kind: "name", name: CLIENTS_SHEET_MARKER, range: { sheet: "Clients", row: 0, col: 0, rows: 5, cols: 12 } });
    const widths = p.ops.find((op) => op.kind === "columnWidths");
    expect(widths?.kind === "columnWidths" && widths.widths.length).toBe(12);
  });

  it("takes the next free name beside a user's sheet of that name, and reuses its own sheet next time", () => {
    const wb = memoryWorkbook({ Sales: { values: [["x"]] }, Clients: { values: [["mine"]] }, "clients (2)": { values: [["also mine"]] } });
    const p = plan(wb);
    expect(p.owned[0].sheet).toBe("Clients (3)");
    const after = applyToMemory(wb, p);
    expect(after.cells.get(cellKey("Clients", 0, 0))).toBe("mine");
    expect(plan(after)).toEqual(p);
  });

  it("rewrites the same sheet on a re-run, dropping what the last run wrote beyond the new rows", () => {
    const wb = memoryWorkbook({ Sales: { values: [["x"]] } });
    const first = applyToMemory(wb, plan());
    const fewer = classificationOf(clients.slice(0, 2));
    const again = clientSheetPlan(snapshotOf(first, "Sales"), fewer, fakeWords);
    if (!again.ok) throw new Error("no plan");
    const after = applyToMemory(first, again.value);
    expect(after.cells.get(cellKey("Clients", 3, 0))).toBeUndefined();
    expect(after.sheets).toEqual(["Sales", "Clients"]);
  });

  it("reports a client list longer than a sheet instead of cutting it", () => {
    const one = clients[0];
    const tooMany = { ...classification, clients: Array.from({ length: 1_048_576 }, () => one) };
    const result = clientSheetPlan(snapshotOf(memoryWorkbook({ Sales: { values: [["x"]] } }), "Sales"), tooMany, fakeWords);
    expect(result).toEqual({ ok: false, issues: [{ code: "tooManyRows", sheet: "Clients", rows: 1_048_577, limit: 1_048_576 }] });
  });

  it("plans the same ops on the workbook it left, whatever the clients", () => {
    const specs = fc.array(fc.record({ metric: fc.integer({ min: -3, max: 500 }), status: fc.constantFrom("new" as const, "lost" as const, "potential" as const) }), { maxLength: 15 });
    fc.assert(
      fc.property(specs, (s) => {
        const c = classificationOf(clientResults(s, 1));
        const wb = memoryWorkbook({ Sales: { values: [["x"]] } });
        const p1 = clientSheetPlan(snapshotOf(wb, "Sales"), c, fakeWords);
        if (!p1.ok) throw new Error("no plan");
        const w1 = applyToMemory(wb, p1.value);
        expect(clientSheetPlan(snapshotOf(w1, "Sales"), c, fakeWords)).toEqual(p1);
      }),
    );
  });
});
