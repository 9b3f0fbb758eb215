import { buildPortraitPlan, portraitSummary } from "../../../src/core";
import { portraitDataset, type TestClient, type TestSale } from "../../support/portraitDataset";
import { memoryWorkbook, workbookSnapshot } from "../../support/portraitMemoryWorkbook";

describe("portraitSummary", () => {
  const clients: TestClient[] = ["a", "b", "c", "d"].map((key) => ({ key, segment: "Retail" }));
  const sales: TestSale[] = [
    ["a", "2024-01", "Tea", 100],
    ["b", "2024-01", "Tea", 90],
    ["c", "2024-01", "Tea", 80],
    ["a", "2024-01", "Milk", 10],
    ["b", "2024-01", "Milk", 10],
    ["d", "2024-01", "Cocoa", 5],
  ];
  const { dataset, classification } = portraitDataset({ clients, sales });
  const r = buildPortraitPlan({ workbook: workbookSnapshot(memoryWorkbook({ Sales: [] }), "Sales"), dataset, classification, lang: "en", suggest: true });
  if (!r.ok) throw new Error("no plan");

  it("lists each segment's least bought targets first", () => {
    expect(portraitSummary(r.model).gaps).toEqual([
      {
        segment: "Retail",
        gaps: [
          { segment: "Retail", product: "Milk", share: 0.5, missing: 2 },
          { segment: "Retail", product: "Tea", share: 0.75, missing: 1 },
        ],
      },
    ]);
  });

  it("lists the clients that miss a target, lowest development degree first, never a fully developed one", () => {
    expect(portraitSummary(r.model, 3).lowest.map((c) => [c.key, c.degree])).toEqual([
      ["d", 0],
      ["c", 0.5],
    ]);
  });
});
