import { OfficeMockObject } from "office-addin-mock";
import { excelApiSupported, runSegmentaBatch } from "../../src/excel/runExcel";


type Globals = { Office?: unknown; Excel?: unknown };

/** Office and Excel globals as a host that implements ExcelApi up to `highest` (minor version). */
function host(highest: number) {
  const calls: unknown[][] = [];
  const context = { tag: "context" };
  (globalThis as Globals).Office = new OfficeMockObject({
    context: { requirements: { isSetSupported: (set: string, version: string) => set === "ExcelApi" && Number(version.split(".")[1]) <= highest } },
  });
  (globalThis as Globals).Excel = new OfficeMockObject({
    run: (...args: unknown[]) => {
      calls.push(args.slice(0, -1));
      const fn = args[args.length - 1] as (c: unknown) => Promise<unknown>;
      return fn(context);
    },
  });
  return { calls, context };
}

afterEach(() => {
  delete (globalThis as Globals).Office;
  delete (globalThis as Globals).Excel;
});

describe("runSegmentaBatch", () => {
  it("merges the batch into one undo step and waits for cell edits where ExcelApi 1.20 exists", async () => {
    const { calls, context } = host(20);
    await expect(runSegmentaBatch(async (c) => c)).resolves.toBe(context);
    expect(calls).toEqual([[{ mergeUndoGroup: true, delayForCellEdit: true }]]);
  });

  it("runs a plain batch on older hosts", async () => {
    const { calls } = host(17);
    await runSegmentaBatch(async () => 1);
    expect(calls).toEqual([[]]);
  });

  it("tells which API versions the host has, and none outside Office", () => {
    host(9);
    expect(excelApiSupported("1.9")).toBe(true);
    expect(excelApiSupported("1.12")).toBe(false);
    delete (globalThis as Globals).Office;
    expect(excelApiSupported("1.1")).toBe(false);
  });
});
