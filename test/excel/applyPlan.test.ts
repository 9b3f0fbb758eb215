import type { WritePlan } from "../../src/core";
import { buildMatrixPlan, buildResultsPlan, NonFiniteValueError, RESULTS_NAME } from "../../src/core";
import { en } from "../../src/core/locale";
import { applyPlan } from "../../src/excel/applyPlan";
import { readSnapshot } from "../../src/excel/readSnapshot";
import { SyncTimeoutError, WriteAbortedError } from "../../src/excel/syncWithTimeout";
import { classificationOf, clientResults, longDataset, wideDataset, wideGrid } from "../support/planFixtures";
import { FakeExcel, fakeSheet } from "./fakes/fakeExcel";
import { workbookState } from "./fakes/workbookState";

const TOP = 2;
const LEFT = 1;

function wideBook(n = 3, extra: Record<string, string> = {}) {
  const clients = clientResults(Array.from({ length: n }, (_, i) => ({ metric: 100 - (i % 90), xyz: i % 2 ? ("Y" as const) : null })), TOP + 1);
  const sheet = fakeSheet("Sales", wideGrid(clients), TOP, LEFT);
  for (const [addr, v] of Object.entries(extra)) sheet.cells.set(addr, v);
  return { book: new FakeExcel([sheet]), clients };
}

async function planWide(book: FakeExcel, clients: ReturnType<typeof clientResults>): Promise<WritePlan> {
  const workbook = await readSnapshot(book.context);
  const result = buildResultsPlan({ workbook, dataset: wideDataset("Sales", TOP, LEFT, clients), classification: classificationOf(clients), locale: en });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe("applyPlan", () => {
  it("writes nothing at all when the plan holds a number that is not finite", async () => {
    const book = new FakeExcel([fakeSheet("Sales", [["Client"], ["Acme"]])]);
    const range = { sheet: "Sales", row: 0, col: 3, rows: 2, cols: 1 };
    const plan: WritePlan = { ops: [{ kind: "values", range, values: [["Share"], [NaN]] }], owned: [range] };
    const before = workbookState(book);
    await expect(applyPlan(book.context, plan)).rejects.toThrow(NonFiniteValueError);
    expect(workbookState(book)).toEqual(before);
    expect(book.syncs).toBe(0);
  });

  it("writes results beside the table with percent formats, a bold header, bounded colour rules and the name", async () => {
    const { book, clients } = wideBook();
    await applyPlan(book.context, await planWide(book, clients));
    const s = book.sheet("Sales");
    // table B3:E6, blank F, results G..M
    expect(book.cell("Sales", "G3")).toBe(en.columns.share);
    expect(book.cell("Sales", "I4")).toBe("A");
    expect(s.numberFormats.get("3,6")).toBe("0.0%");
    expect(s.styles.get("2,6")).toContain("font.bold=true");
    expect(s.conditionalFormats.map((c) => c.range)).toEqual(
      expect.arrayContaining([{ sheet: "Sales", row: 3, col: 8, rows: 3, cols: 1 }]),
    );
    expect(s.conditionalFormats.every((c) => c.range.row === 3 && c.range.rows === 3)).toBe(true);
    expect(s.names.get(RESULTS_NAME)).toBe("=Sales!$G$3:$M$6");
  });

  it("leaves the workbook the same when a second run plans on what the first left", async () => {
    const { book, clients } = wideBook(5, { "7,9": "note" });
    const first = await planWide(book, clients);
    await applyPlan(book.context, first);
    const state = workbookState(book);
    const second = await planWide(book, clients);
    expect(second).toEqual(first);
    await applyPlan(book.context, second);
    expect(workbookState(book)).toEqual(state);
  });

  it("never changes a cell outside Segmenta's names", async () => {
    const user = { "4,9": "in the way", "0,0": "title", "20,7": "below", "3,30": "far right" };
    const { book, clients } = wideBook(4, user);
    const before = new Map(book.sheet("Sales").cells);
    await applyPlan(book.context, await planWide(book, clients));
    const block = (await readSnapshot(book.context)).owned[0].range;
    for (const [k, v] of before) expect(book.sheet("Sales").cells.get(k)).toEqual(v);
    for (const k of book.sheet("Sales").cells.keys()) {
      const [r, c] = k.split(",").map(Number);
      const inside = r >= block.row && r < block.row + block.rows && c >= block.col && c < block.col + block.cols;
      expect(inside || before.has(k)).toBe(true);
    }
    expect(block.col).toBe(10);
  });

  it("creates Segmenta's sheets when missing and clears them on a re-run without deleting any sheet", async () => {
    const { book, clients } = wideBook(60);
    const plan = async () => {
      const r = buildMatrixPlan({ workbook: await readSnapshot(book.context), dataset: wideDataset("Sales", TOP, LEFT, clients), classification: classificationOf(clients), locale: en });
      if (!r.ok) throw new Error("no plan");
      return r.value;
    };
    await applyPlan(book.context, await plan());
    expect(book.sheets.map((s) => s.name)).toEqual(["Sales", en.sheets.matrix]);
    const matrix = book.sheet(en.sheets.matrix);
    matrix.cells.set("40,0", "left over");
    const state = workbookState(book);
    await applyPlan(book.context, await plan());
    expect(book.sheets.map((s) => s.name)).toEqual(["Sales", en.sheets.matrix]);
    expect(matrix.cells.has("40,0")).toBe(false);
    matrix.cells.set("40,0", "left over");
    expect(workbookState(book)).toEqual(state);
    expect([...matrix.charts.keys()]).toEqual(["Segmenta_Pareto"]);
  });

  it("removes its old chart from its sheet when a re-run has nothing to chart, and keeps the user's", async () => {
    const { book, clients } = wideBook(5);
    const matrix = async (list: typeof clients) => {
      const r = buildMatrixPlan({ workbook: await readSnapshot(book.context), dataset: wideDataset("Sales", TOP, LEFT, list), classification: classificationOf(list), locale: en });
      if (!r.ok) throw new Error("no plan");
      await applyPlan(book.context, r.value);
    };
    await matrix(clients);
    const sheet = book.sheet(en.sheets.matrix);
    sheet.charts.set("My chart", { type: "Line", source: "A1:B2", title: "", position: "", series: [] });
    await matrix(clientResults([{ metric: 0, status: "potential" }], TOP + 1));
    expect([...sheet.charts.keys()]).toEqual(["My chart"]);
  });

  it("draws Excel's own Pareto chart where ExcelApi 1.9 exists, else columns with the cumulative share as a secondary line", async () => {
    for (const native of [true, false]) {
      const { book, clients } = wideBook(5);
      const r = buildMatrixPlan({ workbook: await readSnapshot(book.context), dataset: wideDataset("Sales", TOP, LEFT, clients), classification: classificationOf(clients), locale: en });
      if (!r.ok) throw new Error("no plan");
      await applyPlan(book.context, r.value, { supports: (v) => native && v === "1.9" });
      const chart = book.sheet(en.sheets.matrix).charts.get("Segmenta_Pareto")!;
      expect(chart.title).toBe(en.matrix.pareto);
      if (native) expect(chart).toMatchObject({ type: "Pareto", source: "I4:J9" });
      else expect(chart).toMatchObject({ type: "ColumnClustered", source: "I4:K9", series: [{ chartType: "ColumnClustered" }, { chartType: "Line", axisGroup: "Secondary" }] });
    }
  });

  it("syncs once per block, so round trips grow with the number of blocks only", async () => {
    const overhead: number[] = [];
    for (const n of [2_000, 25_000]) {
      const clients = clientResults(Array.from({ length: n }, (_, i) => ({ metric: i + 1 })), 1);
      const book = new FakeExcel([fakeSheet("Log", [["Date", "Client", "Amount"]])]);
      const r = buildResultsPlan({ workbook: await readSnapshot(book.context), dataset: longDataset("Log", clients), classification: classificationOf(clients), locale: en });
      if (!r.ok) throw new Error("no plan");
      const before = book.syncs;
      await applyPlan(book.context, r.value, { blockRows: 5_000 });
      const blocks = r.value.ops.reduce((k, op) => k + (op.kind === "values" || op.kind === "numberFormat" ? Math.ceil(op.range.rows / 5_000) : 0), 0);
      overhead.push(book.syncs - before - blocks);
      expect(book.screenSuspensions).toBeGreaterThanOrEqual(blocks);
    }
    expect(overhead[0]).toBe(overhead[1]);
    // two syncs to prepare, and one for each run of small ops between block writes
    expect(overhead[0]).toBeLessThanOrEqual(8);
  });

  it("sends small grids with the ops around them, and large ones in blocks of their own", async () => {
    const book = new FakeExcel([fakeSheet("Data", [["x"]])]);
    const cell = (row: number, col: number) => ({ sheet: "Report", row, col, rows: 1, cols: 1 });
    const small: WritePlan = {
      ops: [
        { kind: "sheet", sheet: "Report", marker: "Segmenta_Sheet_report", clear: true },
        ...Array.from({ length: 40 }, (_, i) => [
          { kind: "values" as const, range: cell(i, 0), values: [[`row ${i}`]] },
          { kind: "style" as const, range: cell(i, 0), style: { bold: true } },
          { kind: "numberFormat" as const, range: cell(i, 1), format: "0.0%" },
        ]).flat(),
      ],
      owned: [],
    };
    const before = book.syncs;
    await applyPlan(book.context, small);
    // two syncs to prepare the sheets, one for all 120 ops
    expect(book.syncs - before).toBe(3);
    expect(book.cell("Report", "A40")).toBe("row 39");
    expect(book.sheet("Report").numberFormats.get("39,1")).toBe("0.0%");

    const big: WritePlan = {
      ops: [{ kind: "values", range: { sheet: "Data", row: 0, col: 0, rows: 3_000, cols: 1 }, values: Array.from({ length: 3_000 }, (_, i) => [i]) }],
      owned: [],
    };
    const start = book.syncs;
    await applyPlan(book.context, big, { blockRows: 1_000 });
    expect(book.syncs - start).toBe(2 + 3);
    expect(book.cell("Data", "A3000")).toBe(2_999);
  });

  it("halves a write Excel finds too large and still writes every cell", async () => {
    const { book, clients } = wideBook(1_000);
    const plan = await planWide(book, clients);
    book.cellBudget = 2_000;
    book.largestBatch = 0;
    book.sizeErrorCode = "GeneralException";
    await applyPlan(book.context, plan);
    expect(book.largestBatch).toBeLessThanOrEqual(2_000);
    expect(book.cell("Sales", "I1003")).toBe("A");
    expect(book.cell("Sales", "G1003")).toBeCloseTo(clients[999].share);
  });

  it("keeps text that starts with = as text", async () => {
    const book = new FakeExcel([fakeSheet("S", [["x"]])]);
    const range = { sheet: "S", row: 0, col: 0, rows: 1, cols: 2 };
    await applyPlan(book.context, { ops: [{ kind: "values", range, values: [["=1+1", { formula: "=1+1" }]] }], owned: [range] });
    expect(book.cell("S", "A1")).toBe("=1+1");
  });

  it("stops before the next block once the signal is aborted", async () => {
    const { book, clients } = wideBook(3_000);
    const plan = await planWide(book, clients);
    const stop = new AbortController();
    const run = applyPlan(book.context, plan, { blockRows: 500, signal: stop.signal, onProgress: () => stop.abort() });
    await expect(run).rejects.toBeInstanceOf(WriteAbortedError);
    expect(book.cell("Sales", "G2000")).toBeUndefined();
  });

  it("gives up with a clear message when Excel does not answer a batch", async () => {
    const { book, clients } = wideBook(3);
    const plan = await planWide(book, clients);
    book.sync = () => new Promise<void>(() => undefined);
    const run = applyPlan(book.context, plan, { timeoutMs: 20 });
    await expect(run).rejects.toBeInstanceOf(SyncTimeoutError);
    await expect(run).rejects.toThrow(/did not answer/);
  });
});
