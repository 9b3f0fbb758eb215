import { portraitCheck, portraitFacts, targetKey, type TargetMatrix } from "../../../src/core";
import { portraitDataset, type TestSale } from "../../support/portraitDataset";

describe("portraitCheck", () => {
  const clients = [
    { key: "a", segment: "Retail" },
    { key: "b", segment: "Retail" },
    { key: "c", segment: "Horeca" },
    { key: "d", segment: null },
  ];
  const sales: TestSale[] = [
    ["a", "2024-01", "Tea", 100],
    ["b", "2024-01", "Cocoa", 30],
    ["c", "2024-01", "Cocoa", 20],
    ["c", "2024-01", "Milk", 70],
    ["d", "2024-01", "Juice", 5],
    ["d", "2024-01", "Milk", 8],
  ];
  const t = portraitDataset({ clients, sales });
  const facts = portraitFacts(t.dataset, t.classification);
  const marks = [
    ["Retail", "Tea"],
    ["Retail", "Milk"],
    ["Horeca", "Tea"],
    ["Horeca", "Milk"],
    ["Office", "Tea"],
    ["Retail", "Gone"],
  ];
  const targets: TargetMatrix = {
    segments: ["Retail", "Horeca", "Office"],
    products: ["Tea", "Milk", "Gone"],
    marks: new Set(marks.map(([s, p]) => targetKey(s, p))),
    flagged: { segments: new Set(["Office"]), products: new Set(["Gone"]) },
  };
  const check = portraitCheck(facts, targets);

  it("lists products sold that no segment targets, largest turnover first", () => {
    expect(check.untargeted).toEqual([
      { product: "Cocoa", turnover: 50, buyers: 2 },
      { product: "Juice", turnover: 5, buyers: 1 },
    ]);
  });

  it("lists target cells nobody in the segment buys, with the product's turnover elsewhere", () => {
    expect(check.unbought).toEqual([
      { segment: "Retail", product: "Milk", activeClients: 2, turnover: 78 },
      { segment: "Retail", product: "Gone", activeClients: 2, turnover: 0 },
      { segment: "Horeca", product: "Tea", activeClients: 1, turnover: 100 },
    ]);
  });
});
