import { analyseWorkbook, DEFAULT_SETTINGS, type WorkbookSnapshot } from "../../../src/core";
import { standaloneHost, type StandaloneEnvironment } from "../../../src/taskpane/host/standaloneHost";
import { newWorkbook, workbookBytes } from "../../support/exceljs/exceljsWorkbook";
import { WIDE_SALES } from "../support/fakeHost";

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

const planOf = (snapshot: WorkbookSnapshot) => {
  const plan = analyseWorkbook(snapshot, { settings: DEFAULT_SETTINGS, lang: "en" }).plan;
  if (!plan) throw new Error("no plan");
  return plan;
};

const headerRow = (snapshot: WorkbookSnapshot) => snapshot.active.values[0];

describe("standaloneHost", () => {
  it("opens the sample and reads its sheet as Excel would hand it", async () => {
    const host = standaloneHost(await environment());
    await host.files?.openSample();
    const snapshot = await host.read(() => undefined);
    expect(snapshot.active.name).toBe("Sales");
    expect(headerRow(snapshot)).toEqual(WIDE_SALES[0]);
    expect(host.displayLanguage).toBe("es-ES");
    expect(host.dark).toBe(true);
  });

  it("writes a plan into the workbook, shows it in the preview, and reports progress to the end", async () => {
    const host = standaloneHost(await environment());
    await host.files?.openSample();
    const progress: number[] = [];
    await host.write(
      planOf(await host.read(() => undefined)),
      (p) => progress.push(p),
      new AbortController().signal,
    );
    expect(progress[progress.length - 1]).toBe(1);
    const preview = await host.files!.preview("Sales");
    expect(preview.values[0]).toContain("ABC");
    expect(preview.sheetNames.length).toBeGreaterThan(1);
  });

  it("writes nothing when the run was cancelled before the write", async () => {
    const host = standaloneHost(await environment());
    await host.files?.openSample();
    const controller = new AbortController();
    controller.abort();
    await host.write(planOf(await host.read(() => undefined)), () => undefined, controller.signal);
    expect((await host.read(() => undefined)).active.values[0]).toEqual(WIDE_SALES[0]);
  });

  it("downloads a workbook that reads back with Segmenta's columns once, even after a second run", async () => {
    const host = standaloneHost(await environment());
    await host.files?.openSample();
    await host.write(planOf(await host.read(() => undefined)), () => undefined, new AbortController().signal);
    const first = await host.files!.download();
    expect(first.fileName).toBe("sample-es.xlsx");

    const again = standaloneHost(await environment());
    await again.files?.openFile(first.blob, first.fileName);
    const reread = await again.read(() => undefined);
    await again.write(planOf(reread), () => undefined, new AbortController().signal);
    const header = headerRow(await again.read(() => undefined));
    expect(header.filter((h) => h === "ABC")).toHaveLength(1);
    expect(header).toEqual(headerRow(reread));
  });

  it("refuses a file that is not a workbook in the user's language, naming the file, and keeps the open one", async () => {
    const host = standaloneHost(await environment());
    await host.files?.openSample();
    const text = new Blob(["Client;Jan\nAcme;5\n"]);
    await expect(host.files?.openFile(text, "ventas.xlsx")).rejects.toThrow(
      "ventas.xlsx no es un libro de Excel: no es un archivo .xlsx, o quedó cortado al copiarlo",
    );
    expect(host.files?.fileName()).toBe("sample-es.xlsx");
    expect((await host.read(() => undefined)).active.name).toBe("Sales");
  });

  it("opens the sample of the browser's language, or of the language asked for", async () => {
    const env = await environment();
    const asked: string[] = [];
    const host = standaloneHost({ ...env, fetchSample: (file) => (asked.push(file), env.fetchSample(file)) });
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
    const host = standaloneHost(env);
    await host.files?.openFile(new Blob([new Uint8Array(await workbookBytes(wb))]), "book.xlsx");
    // By default the first sheet that holds a table, past the cover note; then the one picked.
    expect(headerRow(await host.read(() => undefined))).toEqual(WIDE_SALES[0]);
    await host.useSheet("Notes");
    expect((await host.read(() => undefined)).active.name).toBe("Notes");
  });

  it("keeps the user's choices between visits", async () => {
    const env = await environment();
    await standaloneHost(env).saveSettings({ overrides: { client: "A" }, settings: DEFAULT_SETTINGS });
    expect(await standaloneHost(env).loadSettings()).toEqual({
      overrides: { client: "A" },
      settings: DEFAULT_SETTINGS,
    });
  });
});
