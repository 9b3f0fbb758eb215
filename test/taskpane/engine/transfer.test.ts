import fc from "fast-check";
import type { WorkbookSnapshot, WriteOp, WritePlan } from "../../../src/core";
import {
  joinPlanOps,
  joinSnapshot,
  splitPlanOps,
  splitSnapshot,
  withLongLists,
  withoutLongLists,
} from "../../../src/taskpane/engine/transfer";

const range = (row: number, rows: number, cols: number) => ({ sheet: "Clients", row, col: 0, rows, cols });
const valuesOp = (row: number, rows: number, cols: number): WriteOp => ({
  kind: "values",
  range: range(row, rows, cols),
  values: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (c === 0 ? `client ${row + r}` : r * c))),
});

/** Cells of values in a piece. */
const cellsOf = (ops: readonly WriteOp[]) => ops.reduce((n, op) => n + (op.kind === "values" ? op.range.rows * op.range.cols : 1), 0);

describe("the pieces between the page and the worker", () => {
  it("a plan's ops come back whole and in order from pieces of bounded size, large value blocks cut by rows", () => {
    const op = fc
      .tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 6 }))
      .map(([row, rows, cols]) => valuesOp(row, rows, cols));
    const small = fc.constantFrom<WriteOp>({ kind: "freeze", sheet: "Clients", rows: 1, cols: 1 }, { kind: "clear", range: range(0, 9, 9) });
    fc.assert(
      fc.property(fc.array(fc.oneof(op, small), { maxLength: 12 }), fc.integer({ min: 10, max: 500 }), (ops, cells) => {
        const plan: WritePlan = { ops, owned: [] };
        const parts = splitPlanOps(plan, cells);
        for (const part of parts) {
          const widest = Math.max(1, ...part.ops.map((o) => (o.kind === "values" ? o.range.cols : 1)));
          expect(cellsOf(part.ops)).toBeLessThanOrEqual(Math.max(cells, widest));
        }
        expect(joinPlanOps(parts)).toEqual(ops);
      }),
    );
  });

  it("a snapshot comes back whole from a head and rows of at most 20,000 cells, its other sheets and formats with it", () => {
    const rows = Array.from({ length: 25_000 }, (_, i) => [`C${i}`, i, i * 2]);
    const snapshot: WorkbookSnapshot = {
      active: { name: "Sales", top: 2, left: 1, values: rows, formats: rows.map(() => ["@", "0", "0.00"]) },
      sheetNames: ["Sales", "Ideal portrait"],
      owned: [{ name: "Segmenta_Sheet_portrait", range: range(0, 1, 1) }],
      others: { "Ideal portrait": { name: "Ideal portrait", top: 0, left: 0, values: [["Segment", "Milk"], ["Retail", "x"]] } },
    };
    const parts = splitSnapshot(snapshot);
    expect(parts[0].kind).toBe("head");
    for (const part of parts.slice(1)) if (part.kind === "rows") expect(part.values.length * 3).toBeLessThanOrEqual(20_000);
    expect(parts.length).toBeGreaterThanOrEqual(5);
    expect(joinSnapshot(parts)).toEqual(snapshot);
  });

  it("an analysis's long lists travel in pieces and come back in place, the rest untouched", () => {
    const clients = Array.from({ length: 2_500 }, (_, i) => ({ index: i, name: `C${i}` }));
    const analysis = { read: { ok: true, value: { clients: clients.slice(0, 10) } }, classification: { clients, counts: { a: 1 } }, portrait: null };
    const { rest, pieces } = withoutLongLists(analysis, 1_000);
    expect(pieces.map((p) => p.items.length)).toEqual([1_000, 1_000, 500]);
    expect(rest.classification.clients).toEqual([]);
    expect(rest.read).toBe(analysis.read);
    expect(analysis.classification.clients).toHaveLength(2_500);
    expect(withLongLists(rest, pieces)).toEqual(analysis);
  });
});
