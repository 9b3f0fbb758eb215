/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import { DEFAULT_SETTINGS } from "../../../src/core";
import { datasetOf, inputIssuesOf } from "../../../src/taskpane/state/tableFacts";
import { useSegmenta } from "../../../src/taskpane/state/useSegmenta";
import { fakeHost, sheetOf, WIDE_SALES, WIDE_WITH_WORD, type FakeHost } from "../support/fakeHost";

function start(host: FakeHost) {
  const view = renderHook(() => useSegmenta(host, "en"));
  return view;
}

async function detected(host: FakeHost) {
  const view = start(host);
  await waitFor(() => expect(view.result.current.state.detect.status).toBe("ready"));
  return view;
}

describe("useSegmenta", () => {
  it("reads the sheet on start and finds the wide table", async () => {
    const host = fakeHost(sheetOf("Sales", WIDE_SALES));
    const { result } = await detected(host);
    const detect = result.current.state.detect;
    if (detect.status !== "ready") throw new Error("not ready");
    expect(datasetOf(detect.analysis)?.table.shape).toBe("wide");
    expect(host.reads).toBe(1);
  });

  it("brings back the workbook's last choices before it reads", async () => {
    const settings = { ...DEFAULT_SETTINGS, abc: { a: 0.8, b: 0.95 } };
    const host = fakeHost(sheetOf("Sales", WIDE_SALES), {
      savedChoices: { overrides: { segment: "C" }, settings },
    });
    const { result } = await detected(host);
    expect(result.current.state.settings).toEqual(settings);
    const detect = result.current.state.detect;
    if (detect.status !== "ready") throw new Error("not read");
    expect(datasetOf(detect.analysis)?.table.columns.find((c) => c.col === 2)?.role).toBe("segment");
  });

  it("reads the table again with the role the user gives a column", async () => {
    const host = fakeHost(sheetOf("Sales", WIDE_SALES));
    const { result } = await detected(host);
    await act(() => result.current.actions.setRole(2, "segment"));
    expect(result.current.state.overrides).toEqual({ segment: "C" });
    const detect = result.current.state.detect;
    if (detect.status !== "ready") throw new Error("not read");
    const column = datasetOf(detect.analysis)?.table.columns.find((c) => c.col === 2);
    expect(column).toMatchObject({ role: "segment", by: "override" });
  });

  it("runs read → classify → write, applies the plan once and remembers the choices", async () => {
    const host = fakeHost(sheetOf("Sales", WIDE_SALES));
    const { result } = await detected(host);
    await act(() => result.current.actions.run());
    const run = result.current.state.run;
    expect(run.status).toBe("done");
    if (run.status !== "done") return;
    expect(host.written).toEqual([run.analysis.plan]);
    expect(run.analysis.classification?.clients.map((c) => c.abc)).toEqual(["A", "B", "B", "C"]);
    expect(host.saved).toEqual([{ overrides: {}, settings: DEFAULT_SETTINGS }]);
  });

  it("writes nothing when the data has an input error, and says which cell", async () => {
    const host = fakeHost(sheetOf("Sales", WIDE_WITH_WORD));
    const { result } = await detected(host);
    await act(() => result.current.actions.run());
    const run = result.current.state.run;
    expect(run.status).toBe("invalid");
    if (run.status !== "invalid") throw new Error("expected issues");
    expect(inputIssuesOf(run.analysis)).toContainEqual(
      expect.objectContaining({ code: "notAnAmount", cell: "Sales!E3" }),
    );
    expect(host.written).toEqual([]);
  });

  it("writes nothing when the workbook is in the way", async () => {
    const host = fakeHost(sheetOf("Sales", WIDE_SALES), { blocks: [{ code: "protected", sheet: "Sales" }] });
    const { result } = await detected(host);
    await act(() => result.current.actions.run());
    expect(result.current.state.run).toEqual({
      status: "blocked",
      blocks: [{ code: "protected", sheet: "Sales" }],
    });
    expect(host.written).toEqual([]);
  });

  it("stops a run the user cancels while it writes", async () => {
    const host = fakeHost(sheetOf("Sales", WIDE_SALES), { holdWrite: true });
    const { result } = await detected(host);
    let running: Promise<void> = Promise.resolve();
    act(() => {
      running = result.current.actions.run();
    });
    await waitFor(() =>
      expect(result.current.state.run).toMatchObject({ status: "running", stage: "write" }),
    );
    await act(async () => {
      result.current.actions.cancel();
      await running;
    });
    expect(result.current.state.run).toEqual({ status: "cancelled" });
    expect(host.written).toEqual([]);
  });

  it("does not run with settings that do not validate", async () => {
    const host = fakeHost(sheetOf("Sales", WIDE_SALES));
    const { result } = await detected(host);
    act(() => result.current.actions.setSettings({ ...DEFAULT_SETTINGS, abc: { a: 0.9, b: 0.8 } }));
    expect(result.current.settingsIssues).toContainEqual(expect.objectContaining({ code: "abcOrder" }));
    await act(() => result.current.actions.run());
    expect(result.current.state.run.status).toBe("idle");
    expect(host.reads).toBe(1);
  });
});
