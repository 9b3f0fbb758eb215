import { DEFAULT_SETTINGS, classify, periodOf, type Classification, type Settings } from "../../../src/core";
import { longDataset, serialOf, wideDataset, type SaleSpec } from "../../support/dataset";

const JAN_2024 = 2024 * 12;
const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });
const byKey = (c: Classification, key: string) => {
  const found = c.clients.find((r) => r.key === key);
  if (!found) throw new Error(`no client ${key}`);
  return found;
};
/** Monthly sales of one client from January 2024, one per non-zero amount. */
const monthly = (client: string, amounts: number[]): SaleSpec[] =>
  amounts.flatMap((amount, k) =>
    amount === 0 ? [] : [{ client, at: `2024-${String(k + 1).padStart(2, "0")}`, amount }],
  );

describe("classify: ABC (§3)", () => {
  it("classifies the methodology example 50, 30, 10, 5, 5 as A, B, C, C, C", () => {
    const sales = ["a", "b", "c", "d", "e"].map((client, i) => ({
      client,
      at: "2024-01",
      amount: [50, 30, 10, 5, 5][i],
    }));
    const c = classify(longDataset(sales), settings());
    expect(c.clients.map((r) => r.abc)).toEqual(["A", "B", "C", "C", "C"]);
    expect(c.clients.map((r) => r.reason.abc.code === "abc" && r.reason.abc.before)).toEqual([
      0, 0.5, 0.8, 0.9, 0.9,
    ]);
    [0.5, 0.8, 0.9, 0.95, 0.95].forEach((cum, i) => expect(c.clients[i].cumShare).toBeCloseTo(cum, 12));
    expect(c.total).toBe(100);
    expect(c.counts.abc).toEqual({ A: 1, B: 1, C: 3 });
  });

  it("sums every sale of a client in the window, several a month included", () => {
    const sales = [
      { client: "a", at: "2024-01-03", amount: 20 },
      { client: "a", at: "2024-01-28", amount: 30 },
      { client: "b", at: "2024-02-10", amount: 50 },
    ];
    expect(classify(longDataset(sales), settings()).clients.map((r) => r.metric)).toEqual([50, 50]);
  });

  it("makes a single client holding 60 % of turnover A and ties share a class", () => {
    const sales = [
      { client: "big", at: "2024-01", amount: 60 },
      { client: "t1", at: "2024-01", amount: 20 },
      { client: "t2", at: "2024-01", amount: 20 },
    ];
    expect(classify(longDataset(sales), settings()).clients.map((r) => r.abc)).toEqual(["A", "B", "B"]);
  });

  it("gives a client with net returns class C and share 0, and keeps it in the list", () => {
    const sales = [
      { client: "good", at: "2024-01", amount: 100 },
      { client: "returns", at: "2024-01", amount: 100 },
      { client: "returns", at: "2024-02", amount: -150 },
    ];
    const r = byKey(classify(longDataset(sales), settings()), "returns");
    expect([r.abc, r.share, r.metric, r.cumShare]).toEqual(["C", 0, -50, 1]);
    expect(r.reason.abc).toEqual({ code: "nonPositive", metric: -50 });
  });

  it("lists potential clients, with no class and no cumulative share", () => {
    const sales = [
      { client: "a", at: "2024-01", amount: 100 },
      { client: "refunds", at: "2024-02", amount: -20 },
    ];
    const c = classify(longDataset(sales, ["a", "quiet"]), settings());
    expect(c.clients.map((r) => [r.key, r.status, r.abc, r.cumShare, r.xyz, r.firstActive])).toEqual([
      ["a", "new", "A", 1, null, JAN_2024],
      ["quiet", "potential", null, null, null, null],
      ["refunds", "potential", null, null, null, null],
    ]);
    expect(byKey(c, "quiet").reason).toEqual({ abc: { code: "potential" }, xyz: { code: "potential" } });
    expect(c.counts.abc).toEqual({ A: 1, B: 0, C: 0 });
    expect(c.matrix.total.count).toBe(1);
  });

  it("ranks by margin when asked, and counts sales with a positive amount for count", () => {
    const sales = [
      { client: "a", at: "2024-01", amount: 100, margin: 5 },
      { client: "b", at: "2024-01", amount: 60, margin: 40 },
      { client: "b", at: "2024-02", amount: 10, margin: 2 },
      { client: "b", at: "2024-02", amount: -10, margin: -2 },
    ];
    const byMargin = classify(longDataset(sales), settings({ metric: "margin" }));
    expect(byMargin.clients.map((r) => [r.metric, r.abc])).toEqual([
      [5, "C"],
      [40, "A"],
    ]);
    expect(byMargin.settings.metric).toBe("margin");
    const byCount = classify(longDataset(sales), settings({ metric: "count" }));
    expect(byCount.clients.map((r) => r.metric)).toEqual([1, 2]);
  });

  it("falls back to turnover with a warning when there is no margin column", () => {
    const c = classify(
      longDataset([{ client: "a", at: "2024-01", amount: 100 }]),
      settings({ metric: "margin" }),
    );
    expect(c.settings.metric).toBe("turnover");
    expect(c.clients[0].metric).toBe(100);
    expect(c.warnings).toContainEqual({ code: "metricMissing", metric: "margin" });
  });

  it("warns when no client has a positive total", () => {
    const sales = [
      { client: "a", at: "2024-01", amount: 100 },
      { client: "a", at: "2024-02", amount: -100 },
    ];
    const c = classify(longDataset(sales), settings());
    expect(c.total).toBe(0);
    expect(c.warnings).toContainEqual({ code: "noPositiveTotal" });
    expect(c.clients[0].abc).toBe("C");
  });
});

describe("classify: XYZ (§4)", () => {
  const steadyAndPatchy = [
    ...monthly("steady", [100, 100, 100, 100]),
    ...monthly("patchy", [100, 0, 100, 0]),
    ...monthly("late", [0, 0, 0, 0]),
    { client: "late", at: "2024-04", amount: 10 },
  ];

  it("classifies 100, 100, 100, 100 as X and 100, 0, 100, 0 as Z (CV 1)", () => {
    const c = classify(longDataset(steadyAndPatchy), settings());
    expect(c.axis).toEqual({ granularity: "month", first: JAN_2024, last: JAN_2024 + 3, count: 4 });
    expect([byKey(c, "steady").cv, byKey(c, "steady").xyz]).toEqual([0, "X"]);
    expect([byKey(c, "patchy").cv, byKey(c, "patchy").xyz]).toEqual([1, "Z"]);
    expect(byKey(c, "patchy").reason.xyz).toEqual({ code: "xyz", cls: "Z", cv: 1, n: 4, x: 0.1, y: 0.25 });
  });

  it("gives a new client no XYZ class and names its first purchase", () => {
    const r = byKey(classify(longDataset(steadyAndPatchy), settings()), "late");
    expect([r.status, r.xyz, r.cv]).toEqual(["new", null, null]);
    expect(r.reason.xyz).toEqual({ code: "new", first: JAN_2024 + 3 });
  });

  it("counts months without a record as 0 between the first purchase and T", () => {
    const sales = [
      { client: "a", at: "2024-01", amount: 100 },
      { client: "a", at: "2024-04", amount: 100 },
      { client: "b", at: "2024-06", amount: 1 },
    ];
    const r = byKey(classify(longDataset(sales), settings()), "a");
    // 100, 0, 0, 100, 0, 0: mean 100/3, σ = 100·√2/3, CV √2.
    expect(r.reason.xyz.code === "xyz" && r.reason.xyz.n).toBe(6);
    expect(r.cv).toBeCloseTo(Math.SQRT2, 12);
  });

  it("gives no XYZ class when the mean since the first purchase is not positive", () => {
    const sales = [...monthly("a", [100, -200, 0, 50]), { client: "b", at: "2024-04", amount: 1 }];
    const r = byKey(classify(longDataset(sales), settings()), "a");
    expect(r.xyz).toBeNull();
    expect(r.reason.xyz).toEqual({ code: "nonPositiveMean" });
  });

  it("uses the sample σ when asked, and has no class for a single period", () => {
    const sales = [...monthly("a", [100, 0, 0, 100, 100]), { client: "b", at: "2024-05", amount: 1 }];
    const sample = classify(longDataset(sales), settings({ sigma: "sample" }));
    // 100, 0, 0, 100, 100: mean 60, Σd² = 12 000, sample σ = √3000.
    expect(byKey(sample, "a").cv).toBeCloseTo(Math.sqrt(3000) / 60, 12);
    const single = classify(longDataset(sales), settings({ sigma: "sample", from: serialOf("2024-05") }));
    expect(byKey(single, "a").reason.xyz).toEqual({ code: "singlePeriod" });
    expect(byKey(single, "a").status).toBe("permanent");
  });

  it("measures XYZ from the first active period inside a window the user starts later", () => {
    const sales = [...monthly("a", [500, 0, 100, 100]), { client: "b", at: "2024-01", amount: 50 }];
    const c = classify(longDataset(sales), settings({ from: serialOf("2024-02-15") }));
    const a = byKey(c, "a");
    expect([a.metric, a.cv, a.xyz, a.firstActive]).toEqual([200, 0, "X", JAN_2024]);
    const b = byKey(c, "b");
    expect([b.status, b.abc, b.metric, b.xyz]).toEqual(["lost", "C", 0, null]);
    expect(b.reason).toEqual({ abc: { code: "nonPositive", metric: 0 }, xyz: { code: "noActiveInWindow" } });
  });

  it("uses the thresholds from the settings", () => {
    // CV of 110, 90, … is 0.1: X at 10 %, Z when X ends at 5 % and Y at 8 %.
    const sales = monthly("a", [110, 90, 110, 90, 110, 90]);
    expect(byKey(classify(longDataset(sales), settings()), "a").xyz).toBe("X");
    expect(byKey(classify(longDataset(sales), settings({ xyz: { x: 0.05, y: 0.08 } })), "a").xyz).toBe("Z");
  });

  it.each([
    ["month", "quarter"],
    ["week", "month"],
    ["quarter", null],
  ] as const)(
    "warns by %s when more than 90 %% of classified clients are Z, suggesting %s",
    (granularity, suggest) => {
      const sales: SaleSpec[] = [];
      for (let i = 0; i < 10; i++)
        sales.push(
          { client: `z${i}`, at: "2023-01-02", amount: 100 },
          { client: `z${i}`, at: "2024-12-30", amount: 1 },
        );
      const c = classify(longDataset(sales), settings({ granularity }));
      expect(c.counts.xyz.Z).toBe(10);
      expect(c.warnings).toContainEqual({ code: "mostlyZ", share: 1, granularity, suggest });
    },
  );

  it("does not warn at exactly 90 % Z", () => {
    const sales: SaleSpec[] = [];
    for (let i = 0; i < 9; i++) sales.push(...monthly(`z${i}`, [100, 0, 0, 100]));
    sales.push(...monthly("x", [100, 100, 100, 100]));
    const c = classify(longDataset(sales), settings());
    expect(c.counts.xyz).toEqual({ X: 1, Y: 0, Z: 9 });
    expect(c.warnings.some((w) => w.code === "mostlyZ")).toBe(false);
  });
});

describe("classify: periods and the window (§2)", () => {
  const sales = [
    ...monthly("a", [100, 100, 100, 100, 100, 100]),
    ...monthly("b", [0, 0, 0, 0, 0, 70]),
    { client: "c", at: "2024-05-20", amount: 40 },
  ];

  it("ends at the last period with a sale by default", () => {
    expect(classify(longDataset(sales), settings()).axis).toEqual({
      granularity: "month",
      first: JAN_2024,
      last: JAN_2024 + 5,
      count: 6,
    });
  });

  it("ignores the incomplete last period when asked", () => {
    const c = classify(longDataset(sales), settings({ asOf: { kind: "previous" } }));
    expect(c.axis.last).toBe(JAN_2024 + 4);
    expect(byKey(c, "b").status).toBe("potential");
    expect(byKey(c, "a").metric).toBe(500);
  });

  it("ends at the period of a chosen date, ignoring later sales", () => {
    const c = classify(
      longDataset(sales),
      settings({ asOf: { kind: "date", serial: serialOf("2024-03-31") } }),
    );
    expect(c.axis.last).toBe(JAN_2024 + 2);
    expect(c.clients.map((r) => r.status)).toEqual(["new", "potential", "potential"]);
  });

  it("sums months into quarters and weeks into the ISO week of each day", () => {
    const byQuarter = classify(longDataset(sales), settings({ granularity: "quarter" }));
    expect(byQuarter.axis).toEqual({ granularity: "quarter", first: 2024 * 4, last: 2024 * 4 + 1, count: 2 });
    expect(byKey(byQuarter, "a").cv).toBe(0);
    const byWeek = classify(longDataset(sales), settings({ granularity: "week" }));
    expect(byWeek.axis.first).toBe(periodOf(serialOf("2024-01-01"), "week"));
    expect(byWeek.axis.last).toBe(periodOf(serialOf("2024-06-01"), "week"));
    expect(byWeek.window).toBe(13);
  });

  it("computes statuses with the activity window in periods of the granularity", () => {
    const history = [
      { client: "old", at: "2023-01-10", amount: 10 },
      { client: "old", at: "2024-06-10", amount: 10 },
      { client: "recent", at: "2024-04-10", amount: 10 },
      { client: "gone", at: "2024-02-10", amount: 10 },
    ];
    const month = classify(longDataset(history), settings());
    expect([month.window, ...month.clients.map((r) => r.status)]).toEqual([3, "restored", "new", "lost"]);
    const quarter = classify(longDataset(history), settings({ granularity: "quarter" }));
    expect([quarter.window, ...quarter.clients.map((r) => r.status)]).toEqual([1, "restored", "new", "lost"]);
    const longer = classify(longDataset(history), settings({ windowMonths: 6 }));
    expect(longer.clients.map((r) => r.status)).toEqual(["restored", "new", "new"]);
  });

  it("keeps a wide table's periods when they are longer than the granularity asked for", () => {
    const wide = wideDataset({ a: [100, 100, 100], b: [null, 50, 0] }, "quarter", 2024 * 4);
    const c = classify(wide, settings({ granularity: "month" }));
    expect(c.settings.granularity).toBe("quarter");
    expect(c.axis).toEqual({ granularity: "quarter", first: 2024 * 4, last: 2024 * 4 + 2, count: 3 });
    expect(c.warnings).toContainEqual({ code: "coarserPeriods", native: "quarter", requested: "month" });
    expect(byKey(c, "a").xyz).toBe("X");
    expect(byKey(c, "b").status).toBe("lost");
  });

  it("takes a wide table's last column as T even when it is blank", () => {
    const wide = wideDataset(
      { a: [100, 100, 100, 100, null], b: [100, 100, 100, 100, null] },
      "month",
      JAN_2024,
    );
    const c = classify(wide, settings());
    expect(c.axis.last).toBe(JAN_2024 + 4);
    expect(c.clients.map((r) => [r.status, r.cv])).toEqual([
      ["permanent", 0.5],
      ["permanent", 0.5],
    ]);
  });

  it("sums a weekly wide table into months", () => {
    const firstWeek = periodOf(serialOf("2024-01-01"), "week");
    const wide = wideDataset({ a: [10, 10, 10, 10, 10, 10, 10, 10, 10] }, "week", firstWeek);
    const c = classify(wide, settings());
    expect(c.warnings).toEqual([]);
    // Mondays 1, 8, 15, 22, 29 January and 5, 12, 19, 26 February.
    expect(c.axis.count).toBe(2);
    expect(c.clients[0].metric).toBe(90);
  });

  it("keeps the table order, the client's row and its attributes", () => {
    const c = classify(
      longDataset([
        { client: "z", at: "2024-01", amount: 1 },
        { client: "a", at: "2024-01", amount: 9 },
      ]),
      settings(),
    );
    expect(c.clients.map((r) => [r.index, r.key, r.row])).toEqual([
      [0, "z", 1],
      [1, "a", 2],
    ]);
  });

  it("classifies an empty table as nothing", () => {
    const c = classify(longDataset([], ["a"]), settings());
    expect(c.clients.map((r) => r.status)).toEqual(["potential"]);
    expect(c.total).toBe(0);
  });
});

describe("classify: the ABC-XYZ matrix (§6)", () => {
  it("counts clients, sums their metric and share per cell, leaving potential clients out", () => {
    const sales = [
      ...monthly("ax", [100, 100, 100, 100]),
      ...monthly("bz", [60, 0, 0, 60]),
      ...monthly("new", [0, 0, 0, 20]),
      ...monthly("ret", [20, 0, 0, -40]),
    ];
    const c = classify(longDataset(sales, ["nobody"]), settings());
    expect(c.clients.map((r) => `${r.abc}${r.xyz ?? "-"}`)).toEqual(["null-", "AX", "BZ", "C-", "C-"]);
    const { cells, total } = c.matrix;
    expect(cells.A.X).toEqual({ count: 1, metric: 400, share: 400 / 540 });
    expect(cells.B.Z).toEqual({ count: 1, metric: 120, share: 120 / 540 });
    expect(cells.C.none).toEqual({ count: 2, metric: 0, share: 20 / 540 });
    expect(cells.A.none.count + cells.C.X.count).toBe(0);
    expect(total.count).toBe(4);
    expect(total.share).toBeCloseTo(1, 12);
    expect(c.counts.status).toEqual({ potential: 1, new: 1, permanent: 2, lost: 1, restored: 0 });
  });
});

describe("classify: reasons a manager can check (§10)", () => {
  it("carries in each reason the numbers the class was decided on", () => {
    const sales = [
      ...monthly("a", [100, 100, 100, 100]),
      ...monthly("b", [100, 0, 60, 0]),
      ...monthly("c", [0, 0, 0, 30]),
      ...monthly("d", [10, 0, 0, 0]),
    ];
    const c = classify(longDataset(sales), settings());
    for (const r of c.clients) {
      const { abc, xyz } = r.reason;
      if (abc.code === "abc") {
        expect(abc.cls).toBe(r.abc);
        expect(abc.before).toBeCloseTo((r.cumShare ?? 0) - r.share, 12);
        expect([abc.a, abc.b]).toEqual([0.5, 0.8]);
      }
      if (xyz.code === "xyz") expect([xyz.cls, xyz.cv]).toEqual([r.xyz, r.cv]);
      else expect(r.xyz).toBeNull();
    }
    expect(byKey(c, "c").reason.xyz).toEqual({ code: "new", first: JAN_2024 + 3 });
    // 10, 0, 0, 0: mean 2.5, σ = 2.5·√3, CV √3.
    expect(byKey(c, "d").reason.xyz).toMatchObject({ code: "xyz", cls: "Z", n: 4, x: 0.1, y: 0.25 });
    expect(byKey(c, "d").cv).toBeCloseTo(Math.sqrt(3), 12);
  });
});
