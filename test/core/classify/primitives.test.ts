import fc from "fast-check";
import {
  abcClassOf,
  rankAbc,
  round9,
  statusOf,
  variationFromFirstPositive,
  xyzClassOf,
} from "../../../src/core";

describe("rankAbc", () => {
  it.each([
    [
      [50, 30, 10, 5, 5],
      ["A", "B", "C", "C", "C"],
    ],
    [
      [60, 20, 20],
      ["A", "B", "B"],
    ],
    [
      [49, 1, 30, 20],
      ["A", "C", "A", "B"],
    ],
    [
      [25, 25, 25, 25],
      ["A", "A", "A", "A"],
    ],
    [[100], ["A"]],
    [
      [10, -5, 0, 10],
      ["A", "C", "C", "A"],
    ],
  ])("classifies %j as %j", (metrics, classes) => {
    expect(rankAbc(metrics, 0.5, 0.8).cls).toEqual(classes);
  });

  it("puts the client that crosses a boundary in the upper class", () => {
    // P before the 40 is 0.45 < 0.5: it crosses 50 % and is still A.
    expect(rankAbc([45, 40, 15], 0.5, 0.8).cls).toEqual(["A", "A", "C"]);
  });

  it("gives net-return clients share 0 and P 1, everybody positive being larger", () => {
    const r = rankAbc([80, -10, 20], 0.5, 0.8);
    expect(r.total).toBe(100);
    expect(Array.from(r.share)).toEqual([0.8, 0, 0.2]);
    expect(Array.from(r.before)).toEqual([0, 1, 0.8]);
  });

  it("gives P 0 to everyone when nothing is positive", () => {
    const r = rankAbc([0, -3], 0.5, 0.8);
    expect(r.total).toBe(0);
    expect(Array.from(r.before)).toEqual([0, 0]);
    expect(r.cls).toEqual(["C", "C"]);
  });

  it("gives every positive metric P = (sum of strictly larger metrics) / total", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 200 }), { maxLength: 60 }), (metrics) => {
        const r = rankAbc(metrics, 0.5, 0.8);
        const total = metrics.filter((m) => m > 0).reduce((s, m) => s + m, 0);
        expect(r.total).toBe(total);
        metrics.forEach((m, i) => {
          if (m <= 0) return;
          const larger = metrics.filter((v) => v > m).reduce((s, v) => s + v, 0);
          expect(r.before[i]).toBeCloseTo(larger / total, 12);
          expect(r.share[i]).toBeCloseTo(m / total, 12);
          expect(r.cls[i]).toBe(abcClassOf(m, metrics, 0.5, 0.8));
        });
      }),
    );
  });

  it("agrees with the one-value abcClassOf for every value", () => {
    const metrics = [7, 3, 3, 12, 0, 1, 9, 9, -2];
    const ranked = rankAbc(metrics, 0.7, 0.9).cls;
    metrics.forEach((m, i) => expect(abcClassOf(m, metrics, 0.7, 0.9)).toBe(ranked[i]));
  });
});

describe("variationFromFirstPositive and xyzClassOf", () => {
  it.each([
    [[100, 100, 100, 100], 0, "X"],
    [[100, 0, 100, 0], 1, "Z"],
    [[0, 0, 100, 100], 0, "X"],
    [[110, 90], 0.1, "X"],
    [[125, 75], 0.25, "Y"],
  ])("gives %j a population CV of %d, class %s", (values, cv, cls) => {
    const v = variationFromFirstPositive(values, "population");
    expect(v.ok && v.cv).toBeCloseTo(cv, 12);
    expect(v.ok && xyzClassOf(v.cv, 0.1, 0.25)).toBe(cls);
  });

  it("counts the zeros after the first purchase but not those before", () => {
    expect(variationFromFirstPositive([0, 0, 100, 0], "population")).toEqual({ ok: true, cv: 1, n: 2 });
  });

  it("divides by n − 1 for the sample σ", () => {
    const v = variationFromFirstPositive([100, 0], "sample");
    expect(v.ok && v.cv).toBeCloseTo(Math.SQRT2, 12);
  });

  it("has no sample CV for a single period", () => {
    expect(variationFromFirstPositive([0, 0, 100], "sample")).toEqual({ ok: false, why: "singlePeriod" });
    expect(variationFromFirstPositive([0, 0, 100], "population")).toEqual({ ok: true, cv: 0, n: 1 });
  });

  it("has no CV when the mean is not positive or nothing was bought", () => {
    expect(variationFromFirstPositive([100, -150], "population")).toEqual({
      ok: false,
      why: "nonPositiveMean",
    });
    expect(variationFromFirstPositive([0, -5], "population")).toEqual({ ok: false, why: "noPositive" });
  });

  it.each([
    [0.10000000000000002, "X"],
    [0.1000000004, "X"],
    [0.1000000006, "Y"],
    [0.25, "Y"],
    [0.2500000001, "Y"],
    [0.2500001, "Z"],
  ])("compares CV %d after rounding to 9 decimals: %s", (cv, cls) => {
    expect(xyzClassOf(cv, 0.1, 0.25)).toBe(cls);
  });

  it("rounds to 9 decimals", () => {
    expect(round9(0.1 + 0.2)).toBe(0.3);
  });
});

describe("statusOf", () => {
  // Twelve periods, the last is T. w = 3: R is the last 3, R′ the 3 before.
  const by = (active: number[], length = 12) =>
    Array.from({ length }, (_, i) => (active.includes(i) ? 100 : 0));
  it.each([
    ["potential", [], 3],
    ["new", [9], 3],
    ["new", [11], 3],
    ["lost", [0, 5, 8], 3],
    ["restored", [1, 10], 3],
    ["restored", [5, 9], 3],
    ["permanent", [0, 8, 10], 3],
    ["permanent", [6, 11], 3],
    ["lost", [6], 3],
    // by quarter, w = 1: R = T, R′ = the quarter before.
    ["new", [11], 1],
    ["permanent", [10, 11], 1],
    ["restored", [9, 11], 1],
    ["lost", [10], 1],
  ] as const)("is %s for purchases in periods %j with w = %i", (status, active, w) => {
    expect(statusOf(by([...active]), w)).toBe(status);
  });

  it.each([
    // by week, w = 13 over 30 weeks: R = weeks 17–29, R′ = weeks 4–16.
    ["new", [17]],
    ["lost", [16]],
    ["restored", [3, 29]],
    ["permanent", [4, 17]],
    ["potential", []],
  ] as const)("is %s by week for purchases in weeks %j", (status, active) => {
    expect(statusOf(by([...active], 30), 13)).toBe(status);
  });

  it("does not count a period with only returns as a purchase", () => {
    expect(statusOf([0, 0, -50], 3)).toBe("potential");
    expect(statusOf([100, 0, 0, 0, -50], 3)).toBe("lost");
  });

  it("treats a history shorter than the window as new when it has a purchase", () => {
    expect(statusOf([0, 100], 3)).toBe("new");
  });
});
