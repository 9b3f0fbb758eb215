import { DEFAULT_SETTINGS, classifyMatrix } from "../../../src/core";

describe("classifyMatrix", () => {
  it("classifies the methodology examples from plain rows", () => {
    const c = classifyMatrix(
      [
        [100, 100, 100, 100],
        [100, 0, 100, 0],
        [0, 0, 0, 50],
        [0, 0, 0, 0],
      ],
      DEFAULT_SETTINGS,
    );
    expect(c.clients.map((r) => [r.key, r.metric, r.abc, r.xyz, r.status])).toEqual([
      ["1", 400, "A", "X", "permanent"],
      ["2", 200, "B", "Z", "permanent"],
      ["3", 50, "C", null, "new"],
      ["4", 0, null, null, "potential"],
    ]);
    expect(c.axis).toEqual({ granularity: "month", first: 0, last: 3, count: 4 });
  });

  it("names clients and periods as told", () => {
    const c = classifyMatrix([[0, 10]], DEFAULT_SETTINGS, { keys: ["Acme"], firstPeriod: 2025 * 12 + 8 });
    expect(c.clients[0].key).toBe("Acme");
    expect(c.clients[0].reason.xyz).toEqual({ code: "new", first: 2025 * 12 + 9 });
  });

  it("reads missing and non-finite cells as 0", () => {
    const c = classifyMatrix([[100, NaN, 100], [100]], DEFAULT_SETTINGS);
    expect(c.clients.map((r) => r.metric)).toEqual([200, 100]);
    expect(c.axis.count).toBe(3);
  });

  it("uses the activity window of the settings' granularity", () => {
    const row = [100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100];
    expect(classifyMatrix([row], { ...DEFAULT_SETTINGS, granularity: "week" }).clients[0].status).toBe(
      "permanent",
    );
    expect(classifyMatrix([row], DEFAULT_SETTINGS).clients[0].status).toBe("restored");
  });

  it("classifies no rows as an empty result", () => {
    const c = classifyMatrix([], DEFAULT_SETTINGS);
    expect(c.clients).toEqual([]);
    expect(c.total).toBe(0);
  });
});
