import iconv from "iconv-lite";
import { DEFAULT_SETTINGS } from "../../../src/core";
import { EngineClient } from "../../../src/taskpane/engine/engineClient";
import type { WorkbookHost } from "../../../src/taskpane/host/WorkbookHost";
import { standaloneHost, type StandaloneEnvironment } from "../../../src/taskpane/host/standaloneHost";
import { newWorkbook, workbookBytes } from "../../support/exceljs/exceljsWorkbook";
import { WIDE_SALES } from "../support/fakeHost";
import { inThreadWorker } from "../support/inThreadWorker";

async function salesBytes(): Promise<ArrayBuffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Sales");
  for (const row of WIDE_SALES) ws.addRow([...row]);
  const bytes = await workbookBytes(wb);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function memoryStorage(): Pick<Storage, "getItem" | "setItem"> {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

async function environment(): Promise<StandaloneEnvironment> {
  const bytes = await salesBytes();
  return { language: "es-ES", dark: true, storage: memoryStorage(), fetchSample: async () => bytes };
}

/** The standalone host over the engine's session, as the page runs it (here on the test's thread). */
const hostOn = (env: StandaloneEnvironment) => standaloneHost(env, new EngineClient(inThreadWorker));

/** Reads the workbook and returns the plan of a run with the default settings. */
async function planOf(host: WorkbookHost) {
  await host.read(() => undefined);
  const plan = (await host.analyse({ settings: DEFAULT_SETTINGS, lang: "en", overrides: {} }, () => undefined)).plan;
  if (!plan) throw new Error("no plan");
  return plan;
}

/** The first row of the sheet the host reads, as its preview shows it. */
async function headerRow(host: WorkbookHost) {
  const outline = await host.read(() => undefined);
  return (await host.files!.preview(outline.sheet)).values[0];
}

describe("standaloneHost", () => {
  it("opens the sample and reads its sheet as Excel would hand it", async () => {
    const host = hostOn(await environment());
    await host.files?.openSample();
    const progress: number[] = [];
    const outline = await host.read((p) => progress.push(p));
    expect(outline.sheet).toBe("Sales");
    expect(progress[progress.length - 1]).toBe(1);
    expect(await headerRow(host)).toEqual(WIDE_SALES[0]);
    expect(host.displayLanguage).toBe("es-ES");
    expect(host.dark).toBe(true);
  });

  it("writes a plan into the workbook, shows it in the preview, and reports progress to the end", async () => {
    const host = hostOn(await environment());
    await host.files?.openSample();
    const progress: number[] = [];
    await host.write(
      await planOf(host),
      (p) => progress.push(p),
      new AbortController().signal,
    );
    expect(progress[progress.length - 1]).toBe(1);
    const preview = await host.files!.preview("Sales");
    expect(preview.values[0]).toContain("ABC");
    expect(preview.sheetNames.length).toBeGreaterThan(1);
  });

  it("writes nothing when the run was cancelled before the write", async () => {
    const host = hostOn(await environment());
    await host.files?.openSample();
    const controller = new AbortController();
    controller.abort();
    await expect(host.write(await planOf(host), () => undefined, controller.signal)).rejects.toMatchObject({ name: "AbortError" });
    expect(await headerRow(host)).toEqual(WIDE_SALES[0]);
  });

  it("a write cancelled under way keeps the file as it was, and the next read opens it again in a new worker", async () => {
    const host = hostOn(await environment());
    await host.files?.openSample();
    const before = new Uint8Array(await (await host.files!.download()).blob.arrayBuffer());
    const controller = new AbortController();
    const writing = host.write(await planOf(host), () => undefined, controller.signal);
    controller.abort();
    await expect(writing).rejects.toMatchObject({ name: "AbortError" });
    const after = new Uint8Array(await (await host.files!.download()).blob.arrayBuffer());
    expect(Buffer.from(after).equals(Buffer.from(before))).toBe(true);
    expect(await headerRow(host)).toEqual(WIDE_SALES[0]);
    // The plan of the stopped worker is gone with it: a new run analyses again.
    const plan = await planOf(host);
    expect(await host.write(plan, () => undefined, new AbortController().signal)).toEqual([]);
    expect(await headerRow(host)).toContain("ABC");
  });

  it("downloads a workbook that reads back with Segmenta's columns once, even after a second run", async () => {
    const host = hostOn(await environment());
    await host.files?.openSample();
    await host.write(await planOf(host), () => undefined, new AbortController().signal);
    const first = await host.files!.download();
    expect(first.fileName).toBe("sample-es.xlsx");

    const again = hostOn(await environment());
    await again.files?.openFile(first.blob, first.fileName);
    const before = await headerRow(again);
    await again.write(await planOf(again), () => undefined, new AbortController().signal);
    const header = await headerRow(again);
    expect(header.filter((h) => h === "ABC")).toHaveLength(1);
    expect(header).toEqual(before);
  });

  it("opens a CSV, writes it as a new workbook, and from then on holds and downloads that workbook under the .xlsx name", async () => {
    const host = hostOn(await environment());
    const csv = WIDE_SALES.map((row) => row.map((cell) => String(cell ?? "")).join(";")).join("\n");
    await host.files?.openFile(new Blob([csv], { type: "text/csv" }), "ventas.csv");
    expect(await headerRow(host)).toEqual(WIDE_SALES[0]);
    await host.write(await planOf(host), () => undefined, new AbortController().signal);
    expect(host.files?.fileName()).toBe("ventas.xlsx");
    const saved = await host.files!.download();
    expect(saved.fileName).toBe("ventas.xlsx");
    // A re-run patches that workbook: Segmenta's columns once.
    await host.write(await planOf(host), () => undefined, new AbortController().signal);
    const header = await headerRow(host);
    expect(header.filter((h) => h === "ABC")).toHaveLength(1);
    expect(new Uint8Array(await (await host.files!.download()).blob.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });

  it("reads a CSV again in the encoding the user picks between two as likely, also after a cancel starts a new worker", async () => {
    const engine = new EngineClient(inThreadWorker);
    const host = standaloneHost(await environment(), engine);
    // A letter to go on: windows-1252 (the Spanish pane's) and windows-1251 are as likely.
    const bytes = iconv.encode("Cliente;2024-01;2024-02\nЯ;1;2\nBeta;3;4\n", "win1251");
    await host.files?.openFile(new Blob([new Uint8Array(bytes)]), "ventas.csv");
    await host.read(() => undefined);
    expect((await host.files!.preview()).values[1][0]).toBe("ß");
    await host.files!.readAs("windows-1251");
    expect((await host.files!.preview()).values[1][0]).toBe("Я");
    // A cancel ends the worker: the new one opens the file in the encoding chosen.
    const controller = new AbortController();
    const worker = engine.generation;
    const reading = host.read(() => undefined, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 0));
    controller.abort();
    await reading.catch(() => undefined);
    expect(engine.generation).toBeGreaterThan(worker);
    await host.read(() => undefined);
    expect((await host.files!.preview()).values[1][0]).toBe("Я");
  });

  it("refuses a file that is not a workbook in the user's language, naming the file, and keeps the open one", async () => {
    const host = hostOn(await environment());
    await host.files?.openSample();
    const text = new Blob(["Client;Jan\nAcme;5\n"]);
    await expect(host.files?.openFile(text, "ventas.xlsx")).rejects.toThrow(
      "ventas.xlsx no es un libro de Excel: no es un archivo .xlsx, o quedó cortado al copiarlo",
    );
    expect(host.files?.fileName()).toBe("sample-es.xlsx");
    expect((await host.read(() => undefined)).sheet).toBe("Sales");
  });

  it("opens the sample of the browser's language, or of the language asked for", async () => {
    const env = await environment();
    const asked: string[] = [];
    const host = hostOn({ ...env, fetchSample: (file) => (asked.push(file), env.fetchSample(file)) });
    await host.files?.openSample();
    await host.files?.openSample("ru");
    expect(asked).toEqual(["sample-es.xlsx", "sample-ru.xlsx"]);
    expect(host.files?.fileName()).toBe("sample-ru.xlsx");
  });

  it("reads the sheet the user picks", async () => {
    const env = await environment();
    const wb = newWorkbook();
    wb.addWorksheet("Notes").addRow(["Read me"]);
    const ws = wb.addWorksheet("Sales");
    for (const row of WIDE_SALES) ws.addRow([...row]);
    const host = hostOn(env);
    await host.files?.openFile(new Blob([new Uint8Array(await workbookBytes(wb))]), "book.xlsx");
    // By default the first sheet that holds a table, past the cover note; then the one picked.
    expect(await headerRow(host)).toEqual(WIDE_SALES[0]);
    await host.useSheet("Notes");
    expect((await host.read(() => undefined)).sheet).toBe("Notes");
  });

  it("keeps the user's choices between visits", async () => {
    const env = await environment();
    await hostOn(env).saveSettings({ overrides: { client: "A" }, settings: DEFAULT_SETTINGS });
    expect(await hostOn(env).loadSettings()).toEqual({
      overrides: { client: "A" },
      settings: DEFAULT_SETTINGS,
    });
  });
});
