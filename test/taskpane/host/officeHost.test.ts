import { DEFAULT_SETTINGS, type WritePlan } from "../../../src/core";
import { officeHost } from "../../../src/taskpane/host/officeHost";
import { FakeExcel, fakeSheet } from "../../excel/fakes/fakeExcel";

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
    expect((await host.read(() => undefined)).active.name).toBe("Sales");
    book.active = "Actual";
    expect((await host.read(() => undefined)).active.name).toBe("Sales");
  });

  it("brings the sheet the user picks to the front and reads its table", async () => {
    const book = new FakeExcel(
      [fakeSheet("Notes", [["Read me"]]), fakeSheet("Sales", [["Client", "Jan"], ["Acme", 5]])],
      "Notes",
    );
    globals.Excel = { run: (fn: (context: unknown) => Promise<unknown>) => fn(book.context) };
    const host = officeHost();
    expect((await host.read(() => undefined)).active.name).toBe("Notes");
    await host.useSheet("Sales");
    expect(book.active).toBe("Sales");
    expect((await host.read(() => undefined)).active.name).toBe("Sales");
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
