import fc from "fast-check";
import type { ClientResult, RangeRef, WorkbookSnapshot, WriteOp, WritePlan } from "../../../src/core";
import { isBlank, RESULTS_NAME } from "../../../src/core";
import { rangeInside } from "../../../src/core/plan/rangeMath";
import { wideResultsPlan } from "../../../src/core/plan/wideResultsPlan";
import { applyToMemory, cellKey, memoryWorkbook, snapshotOf, type MemoryWorkbook } from "../../support/memoryWorkbook";
import { classificationOf, clientResults, fakeWords, wideDataset, wideGrid } from "../../support/planFixtures";

const SHEET = "Sales";

function planFor(wb: MemoryWorkbook, clients: readonly ClientResult[], top: number, left: number, periods = 3): WritePlan {
  const result = wideResultsPlan(snapshotOf(wb, SHEET), wideDataset(SHEET, top, left, clients, periods), classificationOf(clients), fakeWords);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function tableBook(clients: readonly ClientResult[], top = 0, left = 0, extra: Record<string, string> = {}): MemoryWorkbook {
  const wb = memoryWorkbook({ [SHEET]: { values: wideGrid(clients), top, left } });
  const cells = new Map(wb.cells);
  for (const [addr, v] of Object.entries(extra)) {
    const [r, c] = addr.split(",").map(Number);
    cells.set(cellKey(SHEET, r, c), v);
  }
  return { ...wb, cells };
}

const rangesOf = (plan: WritePlan, kind: WriteOp["kind"]): RangeRef[] =>
  plan.ops.flatMap((op) => (op.kind === kind && "range" in op ? [op.range] : []));

const cell = (wb: MemoryWorkbook, row: number, col: number) => wb.cells.get(cellKey(SHEET, row, col));

describe("wideResultsPlan", () => {
  const clients = clientResults([{ metric: 60, xyz: "X", cv: 0.05 }, { metric: 30, abc: "B" }, { metric: 10, abc: "C", xyz: "Z" }], 1);

  it("writes the seven result columns after one blank column, on each client's row, header in the header row", () => {
    const wb = applyToMemory(tableBook(clients), planFor(tableBook(clients), clients, 0, 0));
    // table is A..D (client + 3 periods), E stays blank, results start at F
    expect(cell(wb, 0, 4)).toBeUndefined();
    expect([5, 6, 7, 8, 9, 10, 11].map((c) => cell(wb, 0, c))).toEqual(fakeWords.resultHeaders);
    expect(cell(wb, 1, 5)).toBeCloseTo(0.6);
    expect(cell(wb, 2, 7)).toBe("B");
    expect(cell(wb, 3, 9)).toBe("Z");
    expect(cell(wb, 1, 8)).toBeCloseTo(0.05);
    expect(cell(wb, 2, 10)).toBe("status:permanent");
    expect(cell(wb, 3, 11)).toBe("reason:K2");
    expect(wb.names.get(`${SHEET}!${RESULTS_NAME}`)).toEqual({ sheet: SHEET, row: 0, col: 5, rows: 4, cols: 7 });
  });

  it("formats shares and CV as percentages and colours ABC and XYZ only over the client rows", () => {
    const plan = planFor(tableBook(clients), clients, 0, 0);
    expect(plan.ops).toContainEqual({ kind: "numberFormat", range: { sheet: SHEET, row: 1, col: 5, rows: 3, cols: 2 }, format: "0.0%" });
    expect(plan.ops).toContainEqual({ kind: "numberFormat", range: { sheet: SHEET, row: 1, col: 8, rows: 3, cols: 1 }, format: "0.0%" });
    expect(plan.ops).toContainEqual({ kind: "style", range: { sheet: SHEET, row: 0, col: 5, rows: 1, cols: 7 }, style: { bold: true } });
    const rules = plan.ops.filter((op) => op.kind === "conditionalFormat");
    expect(rules.map((op) => op.range)).toEqual([
      { sheet: SHEET, row: 1, col: 7, rows: 3, cols: 1 },
      { sheet: SHEET, row: 1, col: 9, rows: 3, cols: 1 },
    ]);
    const texts = rules.map((op) => (op.rule.kind === "textEquals" ? op.rule.rules.map((r) => r.text) : []));
    expect(texts).toEqual([["A", "B", "C"], ["X", "Y", "Z"]]);
  });

  it("goes past user cells right of the table instead of writing over them", () => {
    const wb = tableBook(clients, 0, 0, { "2,7": "my note", "0,13": "far header" });
    const plan = planFor(wb, clients, 0, 0);
    // H (7) is taken on row 2 and N (13) on row 0: the first seven free columns start at O (14)
    expect(rangesOf(plan, "values")[0].col).toBe(14);
    const after = applyToMemory(wb, plan);
    expect(cell(after, 2, 7)).toBe("my note");
    expect(cell(after, 0, 13)).toBe("far header");
  });

  it("updates in place on a re-run and clears the rows of clients that are gone", () => {
    const first = applyToMemory(tableBook(clients), planFor(tableBook(clients), clients, 0, 0));
    const fewer = clients.slice(0, 2);
    const grid = memoryWorkbook({ [SHEET]: { values: wideGrid(fewer) } });
    // the user deleted the third client's row contents in the table
    const cells = new Map([...first.cells].filter(([k]) => !k.startsWith(`${SHEET}\u00003\u0000`) || Number(k.split("\u0000")[2]) >= 5));
    for (const [k, v] of grid.cells) cells.set(k, v);
    const wb = { ...first, cells };
    const plan = planFor(wb, fewer, 0, 0);
    expect(rangesOf(plan, "clear")).toContainEqual({ sheet: SHEET, row: 3, col: 5, rows: 1, cols: 7 });
    const after = applyToMemory(wb, plan);
    expect(cell(after, 3, 7)).toBeUndefined();
    expect(cell(after, 2, 7)).toBe("B");
    expect(after.names.get(`${SHEET}!${RESULTS_NAME}`)).toEqual({ sheet: SHEET, row: 0, col: 5, rows: 3, cols: 7 });
  });

  it("moves the results when the table grew into them and clears the old cells outside the table", () => {
    const first = applyToMemory(tableBook(clients), planFor(tableBook(clients), clients, 0, 0));
    // the user adds two period columns (E, F): F was Segmenta's Share column
    const grown = memoryWorkbook({ [SHEET]: { values: wideGrid(clients, 5) } });
    const cells = new Map(first.cells);
    for (const [k, v] of grown.cells) cells.set(k, v);
    const wb = { ...first, cells };
    const plan = planFor(wb, clients, 0, 0, 5);
    const after = applyToMemory(wb, plan);
    expect(rangesOf(plan, "values")[0].col).toBe(7);
    expect(cell(after, 0, 5)).toBe("2024-05");
    expect(cell(after, 0, 6)).toBeUndefined();
    expect(cell(after, 0, 7)).toBe("Share");
  });

  it("reports no room when the sheet ends before a block fits", () => {
    const left = 16384 - 8;
    const wb = tableBook(clients, 0, left - 3);
    const result = wideResultsPlan(snapshotOf(wb, SHEET), wideDataset(SHEET, 0, left - 3, clients), classificationOf(clients), fakeWords);
    expect(result).toEqual({ ok: false, issues: [{ code: "noRoom", sheet: SHEET, cols: 7, limit: 16384 }] });
  });
});

describe("wideResultsPlan properties", () => {
  const specs = fc.array(
    fc.record({
      metric: fc.integer({ min: -5, max: 1000 }),
      abc: fc.constantFrom("A" as const, "B" as const, "C" as const, null),
      xyz: fc.constantFrom("X" as const, "Y" as const, "Z" as const, null),
    }),
    { maxLength: 12 },
  );
  const clutter = fc.array(fc.tuple(fc.nat(25), fc.nat(40), fc.constantFrom("x", "note", "42")), { maxLength: 25 });
  const layout = fc.record({ top: fc.nat(8), left: fc.nat(10), specs, clutter });

  function scenario(s: { top: number; left: number; specs: { metric: number; abc: "A" | "B" | "C" | null; xyz: "X" | "Y" | "Z" | null }[]; clutter: [number, number, string][] }) {
    const clients = clientResults(s.specs, s.top + 1);
    const wb = tableBook(clients, s.top, s.left);
    const cells = new Map(wb.cells);
    const table = wideDataset(SHEET, s.top, s.left, clients).table.range;
    for (const [r, c, v] of s.clutter) {
      const inTable = r >= table.row && r < table.row + table.rows && c >= table.col && c < table.col + table.cols;
      if (!inTable) cells.set(cellKey(SHEET, r, c), v);
    }
    return { clients, wb: { ...wb, cells } };
  }

  const plan = (wb: MemoryWorkbook, s: { top: number; left: number }, clients: ClientResult[]) => planFor(wb, clients, s.top, s.left);

  it("never writes outside its owned ranges and never over a user's non-blank cell", () => {
    fc.assert(
      fc.property(layout, (s) => {
        const { clients, wb } = scenario(s);
        const snap: WorkbookSnapshot = snapshotOf(wb, SHEET);
        const p = plan(wb, s, clients);
        for (const op of p.ops) {
          if (!("range" in op)) continue;
          expect(p.owned.some((o) => rangeInside(op.range, o)) || snap.owned.some((o) => rangeInside(op.range, o.range))).toBe(true);
        }
        const after = applyToMemory(wb, p);
        for (const [key, v] of wb.cells) expect(after.cells.get(key)).toEqual(v);
      }),
    );
  });

  it("plans the same ops again on the workbook it left, and leaves that workbook unchanged", () => {
    fc.assert(
      fc.property(layout, (s) => {
        const { clients, wb } = scenario(s);
        const p1 = plan(wb, s, clients);
        const w1 = applyToMemory(wb, p1);
        const p2 = plan(w1, s, clients);
        expect(p2).toEqual(p1);
        const w2 = applyToMemory(w1, p2);
        expect(w2).toEqual(w1);
      }),
    );
  });

  it("keeps user cells and stays idempotent when the results must make way on a second run", () => {
    fc.assert(
      fc.property(layout, fc.nat(6), fc.nat(12), (s, dc, dr) => {
        const { clients, wb } = scenario(s);
        const w1 = applyToMemory(wb, plan(wb, s, clients));
        const block = w1.names.get(`${SHEET}!${RESULTS_NAME}`)!;
        // the user types into a cell just below or beside Segmenta's block
        const row = block.row + block.rows + (dr % 2);
        const cells = new Map(w1.cells);
        cells.set(cellKey(SHEET, Math.min(row, block.row + dr), block.col + block.cols + dc), "user");
        const edited = { ...w1, cells };
        const p2 = plan(edited, s, clients);
        const w2 = applyToMemory(edited, p2);
        for (const [key, v] of edited.cells) {
          const owned = [...edited.names.values()].some((r) => {
            const [, rr, cc] = key.split("\u0000").map(Number);
            return rr >= r.row && rr < r.row + r.rows && cc >= r.col && cc < r.col + r.cols;
          });
          if (!owned && !isBlank(v)) expect(w2.cells.get(key)).toEqual(v);
        }
        expect(plan(w2, s, clients)).toEqual(plan(applyToMemory(w2, plan(w2, s, clients)), s, clients));
      }),
    );
  });
});
