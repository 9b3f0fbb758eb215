import { analyseWorkbook, DEFAULT_SETTINGS, type WritePlan } from "../../../src/core";
import { EngineClient } from "../../../src/taskpane/engine/engineClient";
import type { EngineReply, EngineRequest, WorkerPort } from "../../../src/taskpane/engine/protocol";
import { officeHost as officeHostOn } from "../../../src/taskpane/host/officeHost";
import { FakeExcel, fakeSheet } from "../../excel/fakes/fakeExcel";
import { inThreadWorker } from "../support/inThreadWorker";

/** The engine's worker (on the test's thread), counting the messages each way. */
function countedWorker(counts: Map<string, number>): WorkerPort {
  const port = inThreadWorker();
  const post = port.postMessage.bind(port);
  const count = (kind: string) => counts.set(kind, (counts.get(kind) ?? 0) + 1);
  port.postMessage = (message: EngineRequest, transfer?: Transferable[]) => {
    count(`request:${message.kind}`);
    post(message, transfer);
  };
  const counted: WorkerPort = {
    postMessage: (m, t) => port.postMessage(m, t),
    terminate: () => port.terminate(),
    onmessage: null,
  };
  port.onmessage = (event: MessageEvent<EngineReply>) => {
    count(`reply:${event.data.kind}`);
    counted.onmessage?.(event);
  };
  return counted;
}

const officeHost = () => officeHostOn(new EngineClient(inThreadWorker));

describe("officeHost", () => {
  const globals = globalThis as unknown as { Office?: unknown; Excel?: unknown };
  let stored: Record<string, unknown>;

  beforeEach(() => {
    stored = {};
    globals.Office = {
      context: {
        displayLanguage: "ru-RU",
        officeTheme: { bodyBackgroundColor: "#262626" },
        requirements: { isSetSupported: () => false },
        document: {
          settings: {
            get: (key: string) => stored[key] ?? null,
            set: (key: string, value: unknown) => void (stored[key] = value),
            saveAsync: (done: (result: { status: string }) => void) => done({ status: "succeeded" }),
          },
        },
      },
    };
  });

  afterEach(() => {
    delete globals.Office;
    delete globals.Excel;
  });

  it("reads the table's sheet again when a run left one of Segmenta's sheets in front", async () => {
    const actual = fakeSheet("Actual", [["Segment", "Milk"]]);
    actual.names.set("Segmenta_Sheet_actual", "=Actual!$A$1:$B$2");
    const book = new FakeExcel([fakeSheet("Sales", [["Client", "Product", "Jan"]]), actual], "Sales");
    globals.Excel = { run: (fn: (context: unknown) => Promise<unknown>) => fn(book.context) };
    const host = officeHost();
    expect((await host.read(() => undefined)).sheet).toBe("Sales");
    book.active = "Actual";
    expect((await host.read(() => undefined)).sheet).toBe("Sales");
  });

  it("hands a large sheet to the engine in pieces, and gets the analysis back with its whole plan, in pieces too", async () => {
    const rows = [["Client", "2024-01", "2024-02", "2024-03"], ...Array.from({ length: 12_000 }, (_, i) => [`C${i}`, i % 7, (i * 3) % 11, 5])];
    const book = new FakeExcel([fakeSheet("Sales", rows)], "Sales");
    globals.Excel = { run: (fn: (context: unknown) => Promise<unknown>) => fn(book.context) };
    const counts = new Map<string, number>();
    const host = officeHostOn(new EngineClient(() => countedWorker(counts)));
    const progress: number[] = [];
    await host.read((p) => progress.push(p));
    const options = { settings: DEFAULT_SETTINGS, lang: "en" as const, overrides: {} };
    const analysis = await host.analyse(options, () => undefined);
    // 48,000 cells in pieces of 20,000 at most; the plan's 12,000 result rows likewise.
    expect(counts.get("request:load")).toBeGreaterThanOrEqual(3);
    expect(counts.get("reply:part")).toBeGreaterThanOrEqual(3);
    expect(counts.get("reply:list")).toBeGreaterThanOrEqual(12);
    expect(progress[progress.length - 1]).toBe(1);
    expect(new Set(progress).size).toBeGreaterThanOrEqual(4);
    const sheet = { name: "Sales", top: 0, left: 0, values: rows };
    const direct = analyseWorkbook({ active: sheet, sheetNames: ["Sales"], owned: [] }, options);
    expect(analysis.plan).toEqual(direct.plan);
    expect(analysis.classification).toEqual(direct.classification);
  });

  it("writes nothing when cancelled before the write, and finishes a write that has started", async () => {
    const block = { sheet: "Sales", row: 0, col: 3, rows: 2, cols: 1 };
    const plan: WritePlan = { ops: [{ kind: "values", range: block, values: [["ABC"], ["A"]] }], owned: [block] };
    const book = new FakeExcel([fakeSheet("Sales", [["Client", "Jan"], ["Acme", 5]])], "Sales");
    globals.Excel = { run: (fn: (context: unknown) => Promise<unknown>) => fn(book.context) };
    const host = officeHost();
    const before = new AbortController();
    before.abort();
    await expect(host.write(plan, () => undefined, before.signal)).rejects.toMatchObject({ name: "AbortError" });
    expect(book.cell("Sales", "D1")).toBeUndefined();
    const during = new AbortController();
    expect(await host.write(plan, () => during.abort(), during.signal)).toEqual([]);
    expect([book.cell("Sales", "D1"), book.cell("Sales", "D2")]).toEqual(["ABC", "A"]);
  });

  it("brings the sheet the user picks to the front and reads its table", async () => {
    const book = new FakeExcel(
      [fakeSheet("Notes", [["Read me"]]), fakeSheet("Sales", [["Client", "Jan"], ["Acme", 5]])],
      "Notes",
    );
    globals.Excel = { run: (fn: (context: unknown) => Promise<unknown>) => fn(book.context) };
    const host = officeHost();
    expect((await host.read(() => undefined)).sheet).toBe("Notes");
    await host.useSheet("Sales");
    expect(book.active).toBe("Sales");
    expect((await host.read(() => undefined)).sheet).toBe("Sales");
  });

  it("checks and writes in one Excel.run, and writes nothing when a sheet is protected", async () => {
    const block = { sheet: "Sales", row: 0, col: 3, rows: 2, cols: 1 };
    const plan: WritePlan = { ops: [{ kind: "values", range: block, values: [["ABC"], ["A"]] }], owned: [block] };
    const book = new FakeExcel([fakeSheet("Sales", [["Client", "Jan"], ["Acme", 5]])], "Sales");
    let runs = 0;
    globals.Excel = {
      run: (fn: (context: unknown) => Promise<unknown>) => {
        runs++;
        return fn(book.context);
      },
    };
    const host = officeHost();
    book.sheet("Sales").protected = true;
    expect(await host.write(plan, () => undefined, new AbortController().signal)).toEqual([{ code: "protected", sheet: "Sales" }]);
    expect(book.cell("Sales", "D2")).toBeUndefined();
    book.sheet("Sales").protected = false;
    const progress: number[] = [];
    expect(await host.write(plan, (p) => progress.push(p), new AbortController().signal)).toEqual([]);
    expect(book.cell("Sales", "D2")).toBe("A");
    expect(progress[progress.length - 1]).toBe(1);
    expect(runs).toBe(2);
  });

  it("speaks Office's display language and follows its dark theme", () => {
    const host = officeHost();
    expect(host.displayLanguage).toBe("ru-RU");
    expect(host.dark).toBe(true);
    expect(host.files).toBeUndefined();
  });

  it("keeps the column choices and settings in the workbook between visits", async () => {
    const choices = { overrides: { amount: "D" }, settings: { ...DEFAULT_SETTINGS, windowMonths: 6 } };
    await officeHost().saveSettings(choices);
    expect(await officeHost().loadSettings()).toEqual(choices);
  });

  it("has nothing to bring back from a workbook Segmenta never ran in", async () => {
    expect(await officeHost().loadSettings()).toBeNull();
  });
});
