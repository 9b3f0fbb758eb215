/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import { PORTRAIT_MARKERS, type Grid } from "../../../src/core";
import { EngineClient } from "../../../src/taskpane/engine/engineClient";
import { standaloneHost } from "../../../src/taskpane/host/standaloneHost";
import type { PortraitState } from "../../../src/taskpane/state/segmentaReducer";
import { useSegmenta } from "../../../src/taskpane/state/useSegmenta";
import { newWorkbook, workbookBytes } from "../../support/exceljs/exceljsWorkbook";
import { fakeHost, PRODUCT_SALES, sheetOf } from "../support/fakeHost";
import { inThreadWorker } from "../support/inThreadWorker";

async function bytesOf(rows: Grid): Promise<ArrayBuffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Sales");
  for (const row of rows) ws.addRow([...row]);
  const bytes = await workbookBytes(wb);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** The pane's state and actions over an in-browser workbook holding `PRODUCT_SALES`. */
async function inBrowser() {
  const bytes = await bytesOf(PRODUCT_SALES);
  const env = { language: "en-US", dark: false, storage: null, fetchSample: async () => bytes };
  const host = standaloneHost(env, new EngineClient(inThreadWorker));
  const view = renderHook(() => useSegmenta(host, "en"));
  await waitFor(() => expect(view.result.current.state.detect.status).toBe("ready"));
  return { host, view };
}

function done(portrait: PortraitState) {
  if (portrait.status !== "done" || !portrait.portrait.model) throw new Error(`portrait ${portrait.status}`);
  return portrait.portrait.model;
}

/** Resolves once `done()` holds, checking after each turn of the event loop. */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** A portrait run over a fake host whose write waits until released (or cancelled). */
async function startHeld() {
  const host = fakeHost(sheetOf("Sales", PRODUCT_SALES), { holdWrite: true });
  const view = renderHook(() => useSegmenta(host, "en"));
  await waitFor(() => expect(view.result.current.state.detect.status).toBe("ready"));
  let finished: Promise<void> = Promise.resolve();
  // Inside act until the write is held, so every state update up to it is flushed.
  await act(async () => {
    finished = view.result.current.actions.portrait();
    await until(() => host.writeStarts > 0);
  });
  return { host, view, finished };
}

describe("the portrait run", () => {
  it("writes the portrait into the workbook, shows the target sheet, and keeps the suggested marks on the next update", async () => {
    const { host, view } = await inBrowser();
    act(() => view.result.current.actions.setSuggest(true));
    await act(() => view.result.current.actions.portrait());
    const first = done(view.result.current.state.portrait);
    expect(first.targets.marks.size).toBe(4);
    expect(view.result.current.state.suggest).toBe(false);
    expect(view.result.current.state.preview?.sheet).toBe("Ideal portrait");
    expect(view.result.current.state.preview?.sheetNames).toEqual(
      expect.arrayContaining(["Sales", "Ideal portrait", "Actual", "Client products", "Development plan", "Portrait check"]),
    );

    // The second run reads the target sheet back (no suggestion asked): the marks are the user's now.
    await act(() => view.result.current.actions.portrait());
    const second = done(view.result.current.state.portrait);
    expect([...second.targets.marks].sort()).toEqual([...first.targets.marks].sort());
    const snapshot = await host.read(() => undefined);
    expect(snapshot.owned.filter((o) => o.name === PORTRAIT_MARKERS.portrait)).toHaveLength(1);
    expect(snapshot.sheetNames.filter((s) => s.startsWith("Ideal portrait"))).toEqual(["Ideal portrait"]);
  });

  it("reports the progress through read, classify and write, ending done", async () => {
    const { host, view, finished } = await startHeld();
    const running = view.result.current.state.portrait;
    expect(running.status === "running" && running.value).toBeGreaterThanOrEqual(0.5);
    await act(async () => {
      host.release();
      await finished;
    });
    expect(view.result.current.state.portrait.status).toBe("done");
  });

  it("stops when cancelled while writing, and says so", async () => {
    const { host, view, finished } = await startHeld();
    await act(async () => {
      view.result.current.actions.cancel();
      await finished;
    });
    expect(view.result.current.state.portrait.status).toBe("cancelled");
    expect(host.written).toHaveLength(0);
  });

  it("says what failed when the host throws", async () => {
    const host = fakeHost(sheetOf("Sales", PRODUCT_SALES));
    host.write = async () => {
      throw new Error("Excel is busy");
    };
    const view = renderHook(() => useSegmenta(host, "en"));
    await waitFor(() => expect(view.result.current.state.detect.status).toBe("ready"));
    await act(() => view.result.current.actions.portrait());
    expect(view.result.current.state.portrait).toEqual({ status: "failed", message: "Excel is busy" });
  });
});
