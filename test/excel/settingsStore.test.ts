import { OfficeMockObject } from "office-addin-mock";

import { DEFAULT_SETTINGS, type Settings } from "../../src/core";
import { type DocumentSettings, loadChoices, saveChoices } from "../../src/excel/settingsStore";

/** `Office.context.document.settings` as office-addin-mock models it: a property bag with get/set/saveAsync. */
function documentSettings(initial: Record<string, unknown> = {}, fail = false) {
  const bag: Record<string, unknown> = { ...initial };
  const mock = new OfficeMockObject({
    context: {
      document: {
        settings: {
          get: (name: string) => bag[name] ?? null,
          set: (name: string, value: unknown) => {
            bag[name] = value;
          },
          saveAsync: (callback: (r: { status: string; error?: { message: string } }) => void) =>
            callback(fail ? { status: "failed", error: { message: "disk full" } } : { status: "succeeded" }),
        },
      },
    },
  }) as unknown as { context: { document: { settings: DocumentSettings } } };
  return { store: mock.context.document.settings, bag };
}

const custom: Settings = { ...DEFAULT_SETTINGS, abc: { a: 0.7, b: 0.9 }, granularity: "quarter", asOf: { kind: "date", serial: 45000 }, sigma: "sample" };

describe("settingsStore", () => {
  it("brings back the settings and column choices saved in the workbook", async () => {
    const { store } = documentSettings();
    await saveChoices(store, { settings: custom, overrides: { amount: "Net", client: "C" } });
    expect(loadChoices(store)).toEqual({ settings: custom, overrides: { amount: "Net", client: "C" } });
  });

  it("has nothing to bring back in a new workbook or after unreadable JSON", () => {
    expect(loadChoices(documentSettings().store)).toBeNull();
    expect(loadChoices(documentSettings({ segmenta: "{not json" }).store)).toBeNull();
    expect(loadChoices(documentSettings({ segmenta: JSON.stringify({ version: 99 }) }).store)).toBeNull();
  });

  it("replaces what does not pass the checks by the defaults, field by field", () => {
    const saved = {
      version: 1,
      settings: { abc: { a: 0.9, b: 0.5 }, xyz: { x: "10%", y: 0.3 }, granularity: "decade", windowMonths: 6, metric: "margin", asOf: { kind: "someday" } },
      overrides: { amount: "Net", period: "X", manager: 42, segment: "" },
    };
    const loaded = loadChoices(documentSettings({ segmenta: JSON.stringify(saved) }).store);
    expect(loaded).toEqual({
      settings: { ...DEFAULT_SETTINGS, windowMonths: 6, metric: "margin" },
      overrides: { amount: "Net" },
    });
  });

  it("reports a failed save", async () => {
    const { store } = documentSettings({}, true);
    await expect(saveChoices(store, { settings: DEFAULT_SETTINGS, overrides: {} })).rejects.toThrow("disk full");
  });
});
