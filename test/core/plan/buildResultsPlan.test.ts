import type { ClientResult } from "../../../src/core";
import { buildMatrixPlan, buildResultsPlan, CLIENTS_SHEET_MARKER } from "../../../src/core";
import { describeReason, en, ru } from "../../../src/core/locale";
import { applyToMemory, cellKey, memoryWorkbook, snapshotOf } from "../../support/memoryWorkbook";
import { classificationOf, clientResults, longDataset, wideDataset, wideGrid } from "../../support/planFixtures";

const base = clientResults([{ metric: 70, xyz: "X", cv: 0.05 }, { metric: 30, abc: "B", xyz: "Y", cv: 0.2 }], 1);
const clients: ClientResult[] = base.map((c) => ({
  ...c,
  reason: {
    abc: { code: "abc", cls: c.abc ?? "C", before: c.index === 0 ? 0 : 0.7, a: 0.5, b: 0.8 },
    xyz: { code: "xyz", cls: c.xyz ?? "Z", cv: c.cv ?? 0, n: 12, x: 0.1, y: 0.25 },
  },
}));
const classification = classificationOf(clients);
const book = memoryWorkbook({ Sales: { values: wideGrid(clients) } });

describe("buildResultsPlan", () => {
  it("writes a wide table's results beside it with the locale's headers and one-line reasons", () => {
    const plan = buildResultsPlan({ workbook: snapshotOf(book, "Sales"), dataset: wideDataset("Sales", 0, 0, clients), classification, locale: ru });
    if (!plan.ok) throw new Error("no plan");
    const after = applyToMemory(book, plan.value);
    expect(after.cells.get(cellKey("Sales", 0, 5))).toBe(ru.columns.share);
    expect(after.cells.get(cellKey("Sales", 1, 10))).toBe(ru.statuses.permanent);
    expect(after.cells.get(cellKey("Sales", 2, 11))).toBe(describeReason(clients[1], classification, ru));
  });

  it("puts a long table's results on the client sheet named in the locale", () => {
    const plan = buildResultsPlan({ workbook: snapshotOf(book, "Sales"), dataset: longDataset("Sales", clients), classification, locale: en });
    if (!plan.ok) throw new Error("no plan");
    expect(plan.value.ops[0]).toEqual({ kind: "sheet", sheet: en.sheets.clients, marker: CLIENTS_SHEET_MARKER, clear: true });
    const after = applyToMemory(book, plan.value);
    expect(after.cells.get(cellKey(en.sheets.clients, 0, 4))).toBe(en.columns.metric.turnover);
  });
});

describe("buildMatrixPlan", () => {
  it("labels the matrix sheet in the locale's words", () => {
    const plan = buildMatrixPlan({ workbook: snapshotOf(book, "Sales"), dataset: wideDataset("Sales", 0, 0, clients), classification, locale: en });
    if (!plan.ok) throw new Error("no plan");
    const after = applyToMemory(book, plan.value);
    expect(after.cells.get(cellKey(en.sheets.matrix, 0, 0))).toBe(en.matrix.title);
    expect(after.cells.get(cellKey(en.sheets.matrix, 3, 4))).toBe(en.matrix.noXyz);
  });
});
