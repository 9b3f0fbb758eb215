import { DEFAULT_SETTINGS, effectiveGranularity, resolveAxis, type Settings } from "../../../src/core";
import { longDataset, serialOf, wideDataset } from "../../support/dataset";

const JAN_2024 = 2024 * 12;
const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });
const sales = [
  { client: "a", at: "2024-02-10", amount: 10 },
  { client: "a", at: "2024-06-30", amount: 0 },
  { client: "b", at: "2024-04-01", amount: -5 },
];

describe("effectiveGranularity", () => {
  it.each([
    ["month", null, "month"],
    ["month", "day", "month"],
    ["month", "week", "month"],
    ["month", "month", "month"],
    ["month", "quarter", "quarter"],
    ["week", "month", "month"],
    ["week", "quarter", "quarter"],
    ["quarter", "month", "quarter"],
    ["quarter", "week", "quarter"],
  ] as const)("sums by %s a table whose periods are %s: by %s", (requested, native, expected) => {
    expect(effectiveGranularity(requested, native)).toBe(expected);
  });
});

describe("resolveAxis", () => {
  it("runs from the first to the last period with a record, a zero sale included", () => {
    const r = resolveAxis(longDataset(sales), settings());
    expect(r.axis).toEqual({ granularity: "month", first: JAN_2024 + 1, last: JAN_2024 + 5, count: 5 });
    expect(r.historyFirst).toBe(JAN_2024 + 1);
    expect(r.warnings).toEqual([]);
  });

  it.each([
    [{ kind: "previous" } as const, JAN_2024 + 4],
    [{ kind: "date", serial: serialOf("2024-03-31") } as const, JAN_2024 + 2],
    [{ kind: "date", serial: serialOf("2024-09-01") } as const, JAN_2024 + 8],
  ])("puts T where the as-of setting %o says", (asOf, last) => {
    expect(resolveAxis(longDataset(sales), settings({ asOf })).axis.last).toBe(last);
  });

  it("starts the window at a chosen date and keeps the history before it for statuses", () => {
    const r = resolveAxis(longDataset(sales), settings({ from: serialOf("2024-04-15") }));
    expect(r.axis).toEqual({ granularity: "month", first: JAN_2024 + 3, last: JAN_2024 + 5, count: 3 });
    expect(r.historyFirst).toBe(JAN_2024 + 1);
  });

  it("never starts the window after T", () => {
    const r = resolveAxis(longDataset(sales), settings({ from: serialOf("2025-01-01") }));
    expect([r.axis.first, r.axis.last, r.axis.count]).toEqual([JAN_2024 + 5, JAN_2024 + 5, 1]);
  });

  it("keeps one period when the as-of date lies before the data", () => {
    const r = resolveAxis(longDataset(sales), settings({ asOf: { kind: "date", serial: serialOf("2023-11-05") } }));
    expect(r.axis).toEqual({ granularity: "month", first: 2023 * 12 + 10, last: 2023 * 12 + 10, count: 1 });
    expect(r.historyFirst).toBe(2023 * 12 + 10);
  });

  it("uses a wide table's period columns, not its sales", () => {
    const wide = wideDataset({ a: [null, 5, null, null] }, "month", JAN_2024);
    expect(resolveAxis(wide, settings()).axis).toEqual({
      granularity: "month",
      first: JAN_2024,
      last: JAN_2024 + 3,
      count: 4,
    });
  });

  it("warns when a wide table's periods are longer than asked for", () => {
    const wide = wideDataset({ a: [1, 2] }, "quarter", 2024 * 4);
    const r = resolveAxis(wide, settings({ granularity: "week" }));
    expect(r.granularity).toBe("quarter");
    expect(r.warnings).toEqual([{ code: "coarserPeriods", native: "quarter", requested: "week" }]);
  });
});
