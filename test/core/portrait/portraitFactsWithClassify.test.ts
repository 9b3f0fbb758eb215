import { classify, DEFAULT_SETTINGS, portraitFacts } from "../../../src/core";
import { monthSerial, portraitDataset, type TestSale } from "../../support/portraitDataset";

describe("portraitFacts on the engine's classification", () => {
  const clients = [
    { key: "a", segment: "Retail" },
    { key: "b", segment: "Retail" },
    { key: "c", segment: "Retail" },
    { key: "d", segment: "Horeca" },
  ];
  const sales: TestSale[] = [
    ["a", "2024-01", "Tea", 100],
    ["a", "2024-05", "Milk", 40],
    ["b", "2024-02", "Tea", 30],
    ["c", "2024-06", "Tea", 0],
    ["d", "2024-06", "Milk", 70],
  ];
  const { dataset, classification } = portraitDataset({ clients, sales });

  it("counts the same active clients and buyers as the method's statuses say", () => {
    const engine = portraitFacts(dataset, classify(dataset, DEFAULT_SETTINGS));
    const own = portraitFacts(dataset, classification);
    expect(Array.from(engine.active)).toEqual(Array.from(own.active));
    expect(Array.from(engine.buyers)).toEqual(Array.from(own.buyers));
    expect(Array.from(engine.active)).toEqual([1, 2, 0]); // c only has a zero sale: potential
  });

  it("measures only the window the user chose", () => {
    const engine = portraitFacts(dataset, classify(dataset, { ...DEFAULT_SETTINGS, from: monthSerial("2024-03") }));
    const retail = engine.segments.indexOf("Retail");
    const np = engine.products.length;
    expect(engine.active[retail]).toBe(1); // only a buys from March on
    expect(engine.buyers[retail * np + engine.products.indexOf("Tea")]).toBe(0);
    expect(engine.buyers[retail * np + engine.products.indexOf("Milk")]).toBe(1);
  });
});
