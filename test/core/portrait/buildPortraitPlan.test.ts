import { buildPortraitPlan, getLocale, PORTRAIT_MARKERS, rangeContains, type Language, type WritePlan } from "../../../src/core";
import { portraitDataset, type TestClient, type TestSale } from "../../support/portraitDataset";
import { applyPlan, getCell, memoryWorkbook, setCell, sheetSnapshot, workbookSnapshot, type MemoryWorkbook } from "../../support/portraitMemoryWorkbook";

const clients: TestClient[] = [
  { key: "k1", name: "Alpha", segment: "Retail", manager: "Ann" },
  { key: "k2", name: "Beta", segment: "Retail", manager: "Bob" },
  { key: "k3", name: "Gamma", segment: "Horeca", manager: "Ann" },
  { key: "k4", name: "Delta", segment: null, manager: null },
];
const sales: TestSale[] = [
  ["k1", "2024-01", "Tea", 100],
  ["k1", "2024-02", "Milk", 40],
  ["k2", "2024-03", "Tea", 60],
  ["k3", "2024-03", "Coffee", 90],
  ["k4", "2024-02", "Tea", 5],
];
const USER = [["Client", "Month", "Product", "Amount"], ["k1", "2024-01", "Tea", 100]];

function run(wb: MemoryWorkbook, table: { clients: readonly TestClient[]; sales: readonly TestSale[] }, lang: Language = "en", suggest = false) {
  const { dataset, classification } = portraitDataset(table);
  const result = buildPortraitPlan({ workbook: workbookSnapshot(wb, "Sales"), dataset, classification, lang, suggest });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

function opSheets(plan: WritePlan): string[] {
  return plan.ops.map((op) => ("sheet" in op ? op.sheet : "range" in op ? op.range.sheet : op.anchor.sheet));
}

describe("buildPortraitPlan", () => {
  it("creates the five portrait sheets with their markers, named in the user's language", () => {
    const wb = memoryWorkbook({ Sales: USER });
    const r = run(wb, { clients, sales }, "ru");
    applyPlan(wb, r.value);
    const w = getLocale("ru").sheets;
    expect(Object.values(r.model.sheets)).toEqual([w.portrait, w.actual, w.clientProducts, w.plan, w.check]);
    for (const [key, marker] of Object.entries(PORTRAIT_MARKERS)) expect(wb.names.get(marker)?.sheet).toBe(r.model.sheets[key as keyof typeof PORTRAIT_MARKERS]);
    expect(r.model.sheets.portrait).toBe("Идеальный портрет");
  });

  it("writes only into its own sheets and inside the ranges it owns", () => {
    const wb = memoryWorkbook({ Sales: USER, "Ideal portrait": [["my notes"]] });
    const r = run(wb, { clients, sales });
    expect(r.model.sheets.portrait).toBe("Ideal portrait (2)");
    const own = new Set(Object.values(r.model.sheets));
    for (const sheet of opSheets(r.value)) expect(own.has(sheet)).toBe(true);
    for (const op of r.value.ops) {
      if (op.kind !== "values" && op.kind !== "clear") continue;
      const { range } = op;
      const inside = r.value.owned.some((o) => rangeContains(o, range.row, range.col) && rangeContains(o, range.row + range.rows - 1, range.col + range.cols - 1) && o.sheet === range.sheet);
      expect(inside).toBe(true);
    }
    applyPlan(wb, r.value);
    expect(sheetSnapshot(wb, "Ideal portrait").values).toEqual([["my notes"]]);
    expect(sheetSnapshot(wb, "Sales").values).toEqual(USER);
  });

  it("creates the target sheet empty, or pre-filled with the suggestion", () => {
    const empty = memoryWorkbook({ Sales: USER });
    applyPlan(empty, run(empty, { clients, sales }).value);
    expect(sheetSnapshot(empty, "Ideal portrait").values).toEqual([
      ["Segment \\ product", "Coffee", "Milk", "Tea", null, "Note"],
      ["Horeca"],
      ["Retail"],
      [],
      ["Note"],
    ].map((row) => [...row, ...new Array(6 - row.length).fill(null)]));
    const suggested = memoryWorkbook({ Sales: USER });
    const r = run(suggested, { clients, sales }, "en", true);
    applyPlan(suggested, r.value);
    expect(getCell(suggested, "Ideal portrait", 1, 1)).toBe("✓"); // Horeca buys Coffee
    expect(getCell(suggested, "Ideal portrait", 2, 3)).toBe("✓"); // Retail buys Tea (2 of 2)
    expect(getCell(suggested, "Ideal portrait", 2, 2)).toBe("✓"); // Retail buys Milk (1 of 2)
    expect(getCell(suggested, "Ideal portrait", 1, 3)).toBeNull();
    expect(suggested.sheets.get("Ideal portrait")?.validations).toEqual([{ range: { sheet: "Ideal portrait", row: 1, col: 1, rows: 2, cols: 3 }, list: ["✓"] }]);
  });

  it("keeps marks, plan entries and the user's own cells through a re-run with renamed, added and removed products", () => {
    const wb = memoryWorkbook({ Sales: USER });
    applyPlan(wb, run(wb, { clients, sales }).value);
    setCell(wb, "Ideal portrait", 2, 2, "x"); // Retail × Milk
    setCell(wb, "Ideal portrait", 2, 3, 1); // Retail × Tea
    setCell(wb, "Ideal portrait", 1, 1, "✓"); // Horeca × Coffee
    setCell(wb, "Ideal portrait", 20, 20, "my note");
    const second = run(wb, { clients, sales });
    applyPlan(wb, second.value);
    const plan = sheetSnapshot(wb, "Development plan");
    expect(plan.values.slice(1).map((r) => [r[0], r[6], r[7]])).toEqual([["k2", "Milk", "not offered"]]);
    setCell(wb, "Development plan", 1, 7, "contract");
    setCell(wb, "Development plan", 1, 8, 45400);
    setCell(wb, "Development plan", 1, 9, "signed in May");
    setCell(wb, "Development plan", 1, 13, "my column");

    const renamed: TestSale[] = [
      ...sales.map(([c, m, p, a]) => [c, m, p === "Milk" ? "Whole milk" : p, a] as const),
      ["k2", "2024-03", "Juice", 10],
      ["k5", "2024-03", "Tea", 10],
    ];
    const third = run(wb, { clients: [...clients, { key: "k5", segment: "Office" }], sales: renamed });
    applyPlan(wb, third.value);
    const targets = sheetSnapshot(wb, "Ideal portrait");
    expect(targets.values[0].slice(0, 6)).toEqual(["Segment \\ product", "Coffee", "Milk", "Tea", "Juice", "Whole milk"]);
    expect(targets.values.map((r) => r[0]).slice(0, 4)).toEqual(["Segment \\ product", "Horeca", "Retail", "Office"]);
    expect([getCell(wb, "Ideal portrait", 2, 2), getCell(wb, "Ideal portrait", 2, 3), getCell(wb, "Ideal portrait", 1, 1)]).toEqual(["x", 1, "✓"]);
    expect(getCell(wb, "Ideal portrait", 5, 2)).toBe("not in the data"); // Milk flagged in the note row
    expect(getCell(wb, "Ideal portrait", 20, 20)).toBe("my note");
    const rows = sheetSnapshot(wb, "Development plan").values.slice(1);
    expect(rows.find((r) => r[0] === "k2" && r[6] === "Milk")?.slice(7, 11)).toEqual(["contract", 45400, "signed in May", "not in the data"]);
    expect(getCell(wb, "Development plan", 1, 13)).toBe("my column");
  });

  it.each([false, true])("gives the same plan again on the workbook the first run left, and leaves it unchanged (suggest: %s)", (suggest) => {
    const wb = memoryWorkbook({ Sales: USER });
    const first = run(wb, { clients, sales }, "es", suggest);
    applyPlan(wb, first.value);
    const before = [...wb.sheets.keys()].map((s) => sheetSnapshot(wb, s));
    const second = run(wb, { clients, sales }, "es", suggest);
    expect(second.value).toEqual(first.value);
    applyPlan(wb, second.value);
    expect([...wb.sheets.keys()].map((s) => sheetSnapshot(wb, s))).toEqual(before);
  });

  it("keeps a stage typed on the plan through any number of re-runs, an older plan's word in the method's", () => {
    const wb = memoryWorkbook({ Sales: USER });
    applyPlan(wb, run(wb, { clients, sales }, "es", true).value);
    setCell(wb, "Plan de desarrollo", 1, 7, "ofrecido");
    const second = run(wb, { clients, sales }, "es", true);
    applyPlan(wb, second.value);
    expect(run(wb, { clients, sales }, "es", true).value).toEqual(second.value);
    expect(getCell(wb, "Plan de desarrollo", 1, 7)).toBe("oferta");
  });

  it("refuses to plan when its own target or plan sheet was not read", () => {
    const wb = memoryWorkbook({ Sales: USER });
    applyPlan(wb, run(wb, { clients, sales }).value);
    const { dataset, classification } = portraitDataset({ clients, sales });
    const r = buildPortraitPlan({ workbook: { ...workbookSnapshot(wb, "Sales"), others: {} }, dataset, classification, lang: "en" });
    expect(r).toEqual({ ok: false, issues: [{ code: "ownSheetNotRead", sheet: "Ideal portrait" }, { code: "ownSheetNotRead", sheet: "Development plan" }] });
  });
});

describe("buildPortraitPlan without a segment column", () => {
  // The same clients and sales, but the table names no segment at all.
  const unsegmented = clients.map(({ key, name, manager }) => ({ key, name, manager }));

  it.each([
    ["en", "All clients"],
    ["ru", "Все клиенты"],
    ["es", "Todos los clientes"],
  ] as const)("takes the whole base as one segment (%s), so suggestions, gaps and the plan work", (lang, whole) => {
    const wb = memoryWorkbook({ Sales: USER });
    const r = run(wb, { clients: unsegmented, sales }, lang, true);
    expect(r.model.facts.segments).toEqual([whole]);
    // Tea: 3 of the 4 clients bought it, so it is suggested; the one who did not (Gamma) has a gap and a plan row.
    expect([...r.model.targets.marks].some((mark) => mark.includes("Tea"))).toBe(true);
    expect(r.model.plan.map((row) => [row.client, row.product])).toContainEqual(["Gamma", "Tea"]);
    applyPlan(wb, r.value);
    const actual = sheetSnapshot(wb, r.model.sheets.actual).values.flat();
    expect(actual).toContain(whole);
  });

  it("keeps the segments of a client list over the whole base", () => {
    const { dataset, classification } = portraitDataset({ clients: unsegmented, sales });
    const r = buildPortraitPlan({
      workbook: workbookSnapshot(memoryWorkbook({ Sales: USER }), "Sales"),
      dataset,
      classification,
      lang: "en",
      segmentOf: (c) => (c < 2 ? "Retail" : null),
    });
    expect(r.ok && r.model.facts.segments).toEqual(["Retail"]);
  });
});
