import fc from "fast-check";
import { mergePlan, portraitFacts, portraitGaps, targetKey, type PreviousPlanRow, type TargetMatrix } from "../../../src/core";
import { portraitDataset, type TestClient, type TestSale } from "../../support/portraitDataset";

function gapsOf(clients: readonly TestClient[], sales: readonly TestSale[], marks: readonly (readonly [string, string])[]) {
  const t = portraitDataset({ clients, sales });
  const targets: TargetMatrix = {
    segments: [],
    products: [],
    marks: new Set(marks.map(([s, p]) => targetKey(s, p))),
    flagged: { segments: new Set(), products: new Set() },
  };
  return portraitGaps(portraitFacts(t.dataset, t.classification), targets, t.classification);
}

function previousRow(clientKey: string, product: string, typed: Partial<PreviousPlanRow> = {}): PreviousPlanRow {
  return { clientKey, client: clientKey, segment: "S", manager: null, product, stage: "notOffered", date: null, comment: "", ...typed };
}

const pick = (rows: ReturnType<typeof mergePlan>, clientKey: string, product: string) =>
  rows.find((r) => r.clientKey === clientKey && r.product === product);

describe("mergePlan", () => {
  const clients: TestClient[] = [
    { key: "a", segment: "S" },
    { key: "b", segment: "S" },
  ];
  const baseSales: TestSale[] = [
    ["a", "2024-01", "Tea", 10],
    ["b", "2024-01", "Milk", 10],
    ["b", "2024-01", "Juice", 10],
  ];
  const marks = [
    ["S", "Tea"],
    ["S", "Milk"],
  ] as const;

  it("opens one row per client and missing target product, not offered yet", () => {
    const rows = mergePlan([], gapsOf(clients, baseSales, marks));
    expect(rows.map((r) => [r.clientKey, r.product, r.stage, r.state])).toEqual(
      expect.arrayContaining([
        ["a", "Milk", "notOffered", "open"],
        ["b", "Tea", "notOffered", "open"],
      ]),
    );
    expect(rows).toHaveLength(2);
  });

  it("keeps the stage, date and comment a manager typed", () => {
    const rows = mergePlan([previousRow("a", "Milk", { stage: "offer", date: 45300, comment: "call back" })], gapsOf(clients, baseSales, marks));
    expect(pick(rows, "a", "Milk")).toMatchObject({ stage: "offer", date: 45300, comment: "call back", state: "open" });
  });

  it("keeps a stage typed in unknown words as typed", () => {
    const rows = mergePlan([previousRow("a", "Milk", { stageText: "maybe later" })], gapsOf(clients, baseSales, marks));
    expect(pick(rows, "a", "Milk")).toMatchObject({ stage: "notOffered", stageText: "maybe later" });
  });

  it("marks a row done when the client starts buying the product, and keeps what was typed", () => {
    const gaps = gapsOf(clients, [...baseSales, ["a", "2024-01", "Milk", 5]], marks);
    const rows = mergePlan([previousRow("a", "Milk", { stage: "contract", comment: "signed" })], gaps);
    expect(pick(rows, "a", "Milk")).toMatchObject({ stage: "contract", comment: "signed", state: "done" });
  });

  it("treats a renamed product as a new product and keeps the old row marked gone", () => {
    const renamed: TestSale[] = [
      ["a", "2024-01", "Tea", 10],
      ["b", "2024-01", "Whole milk", 10],
    ];
    const rows = mergePlan(
      [previousRow("a", "Milk", { stage: "refused", date: "next spring" })],
      gapsOf(clients, renamed, [
        ["S", "Tea"],
        ["S", "Whole milk"],
      ]),
    );
    expect(pick(rows, "a", "Milk")).toMatchObject({ stage: "refused", date: "next spring", state: "gone" });
    expect(pick(rows, "a", "Whole milk")).toMatchObject({ stage: "notOffered", state: "open" });
  });

  it("keeps rows of a client who left the data, marked gone", () => {
    const rows = mergePlan([previousRow("zz", "Tea", { stage: "offer" })], gapsOf(clients, baseSales, marks));
    expect(pick(rows, "zz", "Tea")).toMatchObject({ stage: "offer", state: "gone", abc: null });
  });

  it("records the stage a row had at the last run when it turns to refused, and keeps it while refused (§12)", () => {
    const gaps = gapsOf(clients, baseSales, marks);
    const rows = mergePlan(
      [
        previousRow("a", "Milk", { stage: "refused", lastStage: "contract" }),
        previousRow("b", "Tea", { stage: "refused", lastStage: "refused", refusedAt: "presentation" }),
        previousRow("zz", "Tea", { stage: "refused", lastStage: "offer" }),
      ],
      gaps,
    );
    expect(pick(rows, "a", "Milk")).toMatchObject({ stage: "refused", refusedAt: "contract" });
    expect(pick(rows, "b", "Tea")).toMatchObject({ stage: "refused", refusedAt: "presentation" });
    expect(pick(rows, "zz", "Tea")).toMatchObject({ stage: "refused", refusedAt: "offer", state: "gone" });
    for (const r of rows) expect(r).not.toHaveProperty("lastStage");
  });

  it("drops the refused-at stage of a row no longer refused, and records none for a row refused before any stage was kept", () => {
    const gaps = gapsOf(clients, baseSales, marks);
    const rows = mergePlan(
      [
        previousRow("a", "Milk", { stage: "offer", lastStage: "refused", refusedAt: "contract" }),
        previousRow("zz", "Tea", { stage: "presentation", lastStage: "refused", refusedAt: "offer" }),
        previousRow("b", "Tea", { stage: "refused" }),
      ],
      gaps,
    );
    expect(pick(rows, "a", "Milk")).not.toHaveProperty("refusedAt");
    expect(pick(rows, "zz", "Tea")).not.toHaveProperty("refusedAt");
    expect(pick(rows, "b", "Tea")).not.toHaveProperty("refusedAt");
  });

  it("keeps a typed row whose product is no longer a target, and lets an untouched one go", () => {
    const rows = mergePlan(
      [previousRow("a", "Juice", { comment: "asked twice" }), previousRow("b", "Cocoa2", {}), previousRow("a", "Cocoa", {})],
      gapsOf(clients, [...baseSales, ["b", "2024-01", "Cocoa", 1]], marks),
    );
    expect(pick(rows, "a", "Juice")).toMatchObject({ comment: "asked twice", state: "dropped" });
    expect(pick(rows, "a", "Cocoa")).toBeUndefined();
    expect(pick(rows, "b", "Cocoa2")).toMatchObject({ state: "gone" });
  });

  it("puts open rows of A-clients first, permanent clients first within a class, larger turnover first", () => {
    const cs: TestClient[] = [
      { key: "c1", segment: "S", abc: "C", status: "permanent" },
      { key: "b1", segment: "S", abc: "B", status: "new" },
      { key: "a-new", segment: "S", abc: "A", status: "new" },
      { key: "a-perm-small", segment: "S", abc: "A", status: "permanent" },
      { key: "a-perm-big", segment: "S", abc: "A", status: "permanent" },
      { key: "done", segment: "S", abc: "A", status: "permanent" },
    ];
    const sales: TestSale[] = cs.map((c, i) => [c.key, "2024-01", "Base", (i + 1) * 10] as const);
    const rows = mergePlan([previousRow("done", "Tea")], gapsOf(cs, [...sales, ["done", "2024-01", "Tea", 1]], [["S", "Tea"]]));
    expect(rows.map((r) => r.clientKey)).toEqual(["a-perm-big", "a-perm-small", "a-new", "b1", "c1", "done"]);
  });

  it("loses nothing a manager typed and lists every gap once, whatever changes between runs", () => {
    const prods = ["P1", "P2", "P3"];
    const entry = fc.record({
      stage: fc.constantFrom("notOffered", "offer", "contract", "refused" as const),
      date: fc.option(fc.integer({ min: 40000, max: 50000 }), { nil: null }),
      comment: fc.constantFrom("", "call", "later"),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: -3, max: 9 })), { maxLength: 20 }),
        fc.subarray(prods),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.constantFrom(...prods, "Old"), entry), { maxLength: 10 }),
        (rows, targetProducts, typed) => {
          const cs = Array.from({ length: 5 }, (_, i) => ({ key: `c${i}`, segment: "S" }));
          const sales = rows.map(([c, p, a]) => [`c${c}`, "2024-01", prods[p], a] as const);
          const gaps = gapsOf(cs, [["c0", "2024-01", "P1", 0], ...sales], targetProducts.map((p) => ["S", p] as const));
          const previous = typed.map(([c, p, e]) => previousRow(`c${c}`, p, e));
          const merged = mergePlan(previous, gaps);
          const keys = merged.map((r) => `${r.clientKey}/${r.product}`);
          expect(new Set(keys).size).toBe(keys.length);
          for (const c of gaps.clients) for (const p of c.missing) expect(pick(merged, c.key, p)?.state).toBe("open");
          const seen = new Set<string>();
          for (const row of previous) {
            if (seen.has(`${row.clientKey}/${row.product}`)) continue;
            seen.add(`${row.clientKey}/${row.product}`);
            const kept = pick(merged, row.clientKey, row.product);
            if (row.stage !== "notOffered" || row.date !== null || row.comment !== "")
              expect(kept).toMatchObject({ stage: row.stage, date: row.date, comment: row.comment });
          }
        },
      ),
    );
  });
});
