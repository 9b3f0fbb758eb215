import { DEFAULT_SETTINGS } from "../../../src/core";
import {
  initialState,
  overallProgress,
  segmentaReducer,
  type SegmentaState,
} from "../../../src/taskpane/state/segmentaReducer";

describe("overallProgress", () => {
  it.each([
    ["read", 0, 0],
    ["read", 1, 0.4],
    ["classify", 1, 0.5],
    ["write", 0.5, 0.75],
    ["write", 1, 1],
  ] as const)("puts %s at %d on the bar at %d", (stage, within, expected) => {
    expect(overallProgress(stage, within)).toBeCloseTo(expected, 12);
  });

  it("keeps a wrong fraction inside its stage", () => {
    expect(overallProgress("write", 7)).toBe(1);
    expect(overallProgress("write", -1)).toBe(0.5);
    expect(overallProgress("classify", Number.NaN)).toBe(0.4);
  });
});

describe("segmentaReducer", () => {
  const start = initialState("en");

  it("starts with the method's default settings and no overrides", () => {
    expect(start.settings).toBe(DEFAULT_SETTINGS);
    expect(start.overrides).toEqual({});
    expect(start.run).toEqual({ status: "idle" });
  });

  it("never moves the progress bar back when a later report is smaller", () => {
    let s: SegmentaState = segmentaReducer(start, { type: "runProgress", stage: "write", value: 0.8 });
    s = segmentaReducer(s, { type: "runProgress", stage: "write", value: 0.2 });
    expect(s.run).toEqual({ status: "running", stage: "write", value: overallProgress("write", 0.8) });
  });

  it("starts a new run's bar from zero after a finished one", () => {
    let s = segmentaReducer(start, { type: "runFinished", run: { status: "cancelled" } });
    s = segmentaReducer(s, { type: "runProgress", stage: "read", value: 0.5 });
    expect(s.run).toEqual({ status: "running", stage: "read", value: 0.2 });
  });

  it("forgets the last detection and run when another file is opened", () => {
    let s = segmentaReducer(start, { type: "runFinished", run: { status: "failed", message: "x" } });
    s = segmentaReducer(s, { type: "detectFailed", message: "y" });
    s = segmentaReducer(s, { type: "fileOpened", fileName: "b.xlsx" });
    expect(s.fileName).toBe("b.xlsx");
    expect(segmentaReducer(s, { type: "fileOpened", fileName: "b.xlsx" }).openings).toBe(s.openings + 1);
    expect(s.detect).toEqual({ status: "idle" });
    expect(s.run).toEqual({ status: "idle" });
  });

  it("ignores read progress that arrives after the reading ended", () => {
    const failed = segmentaReducer(start, { type: "detectFailed", message: "y" });
    expect(segmentaReducer(failed, { type: "detectProgress", value: 0.5 })).toBe(failed);
  });

  it("does not change the state it is given", () => {
    const frozen = Object.freeze({ ...start });
    segmentaReducer(frozen, { type: "language", lang: "ru" });
    expect(frozen.lang).toBe("en");
  });
});

describe("segmentaReducer: the Portrait step", () => {
  const start = initialState("en");
  const portraitDone = { status: "done", portrait: { model: null, summary: null, issues: [] } } as const;

  it("starts without suggestions and without a portrait", () => {
    expect(start.suggest).toBe(false);
    expect(start.portrait).toEqual({ status: "idle" });
  });

  it("moves the portrait's bar forward only", () => {
    const writing = segmentaReducer(start, { type: "portraitProgress", stage: "write", value: 0.5 });
    expect(writing.portrait).toEqual({ status: "running", stage: "write", value: 0.75 });
    const back = segmentaReducer(writing, { type: "portraitProgress", stage: "write", value: 0.1 });
    expect(back.portrait).toEqual({ status: "running", stage: "write", value: 0.75 });
    expect(back.run).toEqual({ status: "idle" });
  });

  it("turns suggestions off once a portrait is written, and keeps them on after a failure", () => {
    const on = segmentaReducer(start, { type: "suggest", suggest: true });
    expect(segmentaReducer(on, { type: "portraitFinished", portrait: { status: "failed", message: "x" } }).suggest).toBe(true);
    const written = segmentaReducer(on, { type: "portraitFinished", portrait: portraitDone });
    expect(written.suggest).toBe(false);
    expect(written.portrait).toEqual(portraitDone);
  });

  it("forgets the portrait when a column role changes, but not that its sheets were written, until another workbook opens", () => {
    const written = segmentaReducer(start, { type: "portraitFinished", portrait: portraitDone });
    const changed = segmentaReducer(written, { type: "overrides", overrides: { product: "D" } });
    expect(changed.portrait).toEqual({ status: "idle" });
    expect(changed.portraitWritten).toBe(true);
    const other = segmentaReducer(written, { type: "fileOpened", fileName: "b.xlsx" });
    expect([other.portrait, other.portraitWritten]).toEqual([{ status: "idle" }, false]);
  });
});

