import { EngineClient } from "../../../src/taskpane/engine/engineClient";
import { standaloneHost } from "../../../src/taskpane/host/standaloneHost";
import { addVoiceSheets, missingVoiceSheets } from "../../../src/taskpane/state/voiceSheets";
import { newWorkbook, workbookBytes } from "../../support/exceljs/exceljsWorkbook";
import { WIDE_SALES } from "../support/fakeHost";
import { inThreadWorker } from "../support/inThreadWorker";

async function salesBytes(): Promise<ArrayBuffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Ventas");
  for (const row of WIDE_SALES) ws.addRow([...row]);
  const bytes = await workbookBytes(wb);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

describe("the Satisfaction step's sheets", () => {
  it("adds the missing Complaints and Survey sheets in the workbook's language, which the next read finds", async () => {
    const bytes = await salesBytes();
    const items = new Map<string, string>();
    const env = {
      language: "es-ES",
      dark: false,
      storage: { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) },
      fetchSample: async () => bytes,
    };
    const host = standaloneHost(env, new EngineClient(inThreadWorker));
    await host.files?.openSample();
    expect(missingVoiceSheets(await host.read(() => undefined), "es")).toEqual(["Quejas", "Encuesta"]);

    const first = await addVoiceSheets(host, "es");
    expect(first).toEqual({ added: ["Quejas", "Encuesta"], blocks: [] });
    const after = await host.read(() => undefined);
    expect(after.sheet).toBe("Ventas");
    expect((await host.files!.preview("Quejas")).values[0]).toEqual(["Fecha", "Cliente", "Categoría", "Producto", "Fecha de cierre"]);
    expect((await host.files!.preview("Encuesta")).values[0]).toEqual([
      "Fecha", "Cliente", "Producto", "Aspecto del producto", "Rapidez de entrega", "Condiciones de pago",
    ]);
    expect(missingVoiceSheets(after, "es")).toEqual([]);
    // Asked again, nothing is written: the sheets are the user's now.
    expect(await addVoiceSheets(host, "es")).toEqual({ added: [], blocks: [] });
  });
});
