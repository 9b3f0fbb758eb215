/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import { readFileSync } from "fs";
import iconv from "iconv-lite";
import { join } from "path";
import { EngineClient } from "../../../src/taskpane/engine/engineClient";
import { standaloneHost } from "../../../src/taskpane/host/standaloneHost";
import type { SegmentaState } from "../../../src/taskpane/state/segmentaReducer";
import { useSegmenta } from "../../../src/taskpane/state/useSegmenta";
import { inThreadWorker } from "../support/inThreadWorker";

// jsdom resolves jschardet to its browser build, an ES module Jest does not load: the same detector as CommonJS.
jest.mock("jschardet", () => jest.requireActual("../../../node_modules/jschardet/build/index.cjs"));

/** A CSV saved in windows-1251 whose one Cyrillic letter windows-1252 explains as well ("Я" or "ß"). */
const TIE = iconv.encode("Client;2024-01;2024-02;2024-03\nЯ;1;2;3\nBeta;3;4;5\nGamma;2;2;2\n", "win1251");

/**
 * How long a step may take here: opening a CSV in a new encoding loads the encoding detector (1 MB),
 * which takes over waitFor's one-second default when the machine is busy.
 */
const SLOW = { timeout: 20_000 };

const notesOf = (state: SegmentaState) =>
  state.detect.status === "ready" && state.detect.analysis.read?.ok
    ? state.detect.analysis.read.value.table.notes
    : [];

describe("a CSV file in the standalone pane", () => {
  it("reads it again in the encoding picked between two as likely, and names it after the workbook a run writes", async () => {
    const sample = readFileSync(join(__dirname, "../../../assets/sample-en.xlsx"));
    const env = {
      language: "en-US",
      dark: false,
      storage: null,
      fetchSample: async () => new Uint8Array(sample).buffer,
    };
    const host = standaloneHost(env, new EngineClient(inThreadWorker));
    const view = renderHook(() => useSegmenta(host, "en"));
    // The pane starts on the sample; the user then opens a CSV.
    await waitFor(() => expect(view.result.current.state.detect.status).toBe("ready"), SLOW);
    await act(() => view.result.current.actions.openFile(new Blob([new Uint8Array(TIE)]), "sales.csv"));
    await waitFor(() => expect(view.result.current.state.detect.status).toBe("ready"), SLOW);
    expect(notesOf(view.result.current.state)).toContainEqual({
      code: "encodingUsed",
      text: "windows-1252",
      others: ["windows-1251"],
    });
    expect(view.result.current.state.preview?.values[1][0]).toBe("ß");

    act(() =>
      view.result.current.actions.chooseRead({
        ...view.result.current.state.readChoice,
        encodings: ["windows-1252", "windows-1251"],
        encoding: "windows-1251",
      }),
    );
    await waitFor(() => expect(view.result.current.state.preview?.values[1][0]).toBe("Я"), SLOW);
    await waitFor(
      () =>
        expect(notesOf(view.result.current.state)).toContainEqual({
          code: "encodingUsed",
          text: "windows-1251",
        }),
      SLOW,
    );
    expect(view.result.current.state.fileName).toBe("sales.csv");

    await act(() => view.result.current.actions.run());
    expect(view.result.current.state.run.status).toBe("done");
    expect(view.result.current.state.fileName).toBe("sales.xlsx");
    expect(view.result.current.state.preview?.values[1][0]).toBe("Я");
  });
});
