import { buildPortraitPlan, describePortraitIssue, getLocale, ownedSheetName, stageOfText, targetLookup, type Language } from "../../../src/core";
import { portraitDataset, type TestClient, type TestSale } from "../../support/portraitDataset";
import { applyPlan, memoryWorkbook, setCell, sheetSnapshot, workbookSnapshot, type MemoryWorkbook } from "../../support/portraitMemoryWorkbook";

const clients: TestClient[] = [
  { key: "k1", name: "Alpha", segment: "Retail", manager: "Ann", abc: "A", status: "permanent" },
  { key: "k2", name: "Beta", segment: "Retail", manager: "Bob", abc: "B", status: "new" },
  { key: "k3", name: "Gamma", segment: null, manager: null, abc: "C", status: "lost" },
];
const sales: TestSale[] = [
  ["k1", "2024-01", "Tea", 100],
  ["k1", "2024-01", "Milk", 20],
  ["k2", "2024-01", "Tea", 50],
  ["k3", "2024-01", "Cocoa", 7],
];

function runTwice(lang: Language): MemoryWorkbook {
  const wb = memoryWorkbook({ Sales: [["Client"]] });
  const { dataset, classification } = portraitDataset({ clients, sales });
  const once = () => {
    const r = buildPortraitPlan({ workbook: workbookSnapshot(wb, "Sales"), dataset, classification, lang });
    if (!r.ok) throw new Error("no plan");
    applyPlan(wb, r.value);
  };
  once();
  const targets = getLocale(lang).sheets.portrait;
  setCell(wb, targets, 1, 2, "✓"); // Retail × Milk
  setCell(wb, targets, 1, 3, "✓"); // Retail × Tea
  once();
  return wb;
}

describe("the portrait sheets", () => {
  const wb = runTwice("en");

  it("show each segment's share of active buyers and the turnover behind it, with the clients without a segment", () => {
    expect(sheetSnapshot(wb, "Actual").values).toEqual([
      ["Share of active clients who bought", null, null, null, null],
      ["Segment", "Active clients", "Cocoa", "Milk", "Tea"],
      ["Retail", 2, 0, 0.5, 1],
      ["(no segment)", 1, 1, 0, 0],
      [null, null, null, null, null],
      ["Turnover", null, null, null, null],
      ["Segment", "Active clients", "Cocoa", "Milk", "Tea"],
      ["Retail", 2, 0, 20, 150],
      ["(no segment)", 1, 7, 0, 0],
    ]);
  });

  it("show each client's turnover per product, development degree and next product", () => {
    expect(sheetSnapshot(wb, "Client products").values).toEqual([
      ["Key", "Client", "Segment", "Manager", "ABC", "XYZ", "Status", "Cocoa", "Milk", "Tea", "Development degree", "Next product"],
      ["k1", "Alpha", "Retail", "Ann", "A", null, "permanent", null, 20, 100, 1, null],
      ["k2", "Beta", "Retail", "Bob", "B", null, "new", null, null, 50, 0.5, "Milk"],
      ["k3", "Gamma", "(no segment)", null, "C", null, "lost", 7, null, null, null, null],
    ]);
  });

  it("list the plan with its stage dropdown and the portrait check", () => {
    expect(sheetSnapshot(wb, "Development plan").values).toEqual([
      ["Key", "Client", "Segment", "ABC", "Status", "Manager", "Product", "Stage", "Date", "Comment", "State", "Refused at", "Stage at last run"],
      ["k2", "Beta", "Retail", "B", "new", "Bob", "Milk", "not offered", null, null, null, null, "not offered"],
    ]);
    expect(wb.sheets.get("Development plan")?.validations.map((v) => v.list)).toEqual([
      ["not offered", "presentation", "offer", "contract", "payment", "closed", "refused"],
    ]);
    expect(sheetSnapshot(wb, "Portrait check").values).toEqual([
      ["Products sold that no segment targets", null, null, null],
      ["Product", "Turnover", "Buyers", null],
      ["Cocoa", 7, 1, null],
      [null, null, null, null],
      ["Target cells nobody in the segment buys", null, null, null],
      ["Segment", "Product", "Active clients", "Turnover in other segments"],
    ]);
  });

  it("are found again by their markers, whatever they are called", () => {
    const snap = workbookSnapshot(wb, "Sales");
    expect(ownedSheetName(snap, "Segmenta_Sheet_plan")).toBe("Development plan");
    expect(ownedSheetName({ ...snap, owned: [] }, "Segmenta_Sheet_plan")).toBeNull();
  });

  it("use the Russian stage names in the Russian plan", () => {
    const ru = runTwice("ru");
    expect(sheetSnapshot(ru, "План развития").values[1][7]).toBe("не предлагали");
  });
});

describe("targetLookup", () => {
  it("looks the segment and product up on the target sheet, quoting its name", () => {
    expect(targetLookup({ sheet: "Ideal portrait", segments: 2, products: 3 }, "$A3", "C$2")).toBe(
      `IFERROR(INDEX('Ideal portrait'!$B$2:$D$3,MATCH($A3,'Ideal portrait'!$A$2:$A$3,0),MATCH(C$2,'Ideal portrait'!$B$1:$D$1,0))<>"",FALSE)`,
    );
  });
});

describe("stageOfText", () => {
  it.each([
    ["не предлагали", "notOffered"],
    ["Предложили", "offer"],
    ["offered", "offer"],
    ["Ofrecido", "offer"],
    ["презентация", "presentation"],
    ["Оплата", "payment"],
    ["cerrado", "closed"],
    ["CONTRATO", "contract"],
    ["  rechazado ", "refused"],
    ["not\u00a0offered", "notOffered"],
    ["maybe", null],
    ["", null],
  ])("reads %j as %s", (text, stage) => {
    expect(stageOfText(text)).toBe(stage);
  });
});

describe("describePortraitIssue", () => {
  it.each([
    [{ code: "ownSheetNotRead", sheet: "Ideal portrait" } as const, "en", "Segmenta's sheet Ideal portrait could not be read"],
    [{ code: "noProducts" } as const, "ru", "В таблице нет столбца продукта"],
    [{ code: "tooManyRows", sheet: "Plan de desarrollo", rows: 2000000, limit: 1048576 } as const, "es", "necesitaría 2000000 filas"],
  ] as const)("words %j in %s", (issue, lang, words) => {
    expect(describePortraitIssue(issue, lang)).toContain(words);
  });

  it("refuses a table without products", () => {
    const { dataset, classification } = portraitDataset({ clients: [{ key: "a" }], sales: [["a", "2024-01", "x", 1]] });
    const r = buildPortraitPlan({ workbook: workbookSnapshot(memoryWorkbook({ Sales: [] }), "Sales"), dataset: { ...dataset, products: [] }, classification, lang: "en" });
    expect(r).toEqual({ ok: false, issues: [{ code: "noProducts" }] });
  });
});
