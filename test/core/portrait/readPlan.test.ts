import { PLAN_COLUMNS, readPlan } from "../../../src/core";

describe("readPlan", () => {
  const header = [...PLAN_COLUMNS];
  it("reads stages in any language, dates and comments, and skips rows without key or product", () => {
    const rows = readPlan({
      name: "Development plan",
      top: 0,
      left: 0,
      values: [
        header,
        ["k1", "Client 1", "Retail", "A", "permanent", "Ann", "Tea", "Договор", 45300, "signed", ""],
        ["k2", "Client 2", "Retail", "B", "new", null, "Milk", " Ofrecido ", "next week", 42, "done"],
        ["k3", null, "Retail", "C", "new", null, "Milk", "maybe", null, null, ""],
        [null, null, null, null, null, null, "Milk", "offered"],
        ["k4", null, null, null, null, null, null, "offered"],
      ],
    });
    expect(rows).toEqual([
      { clientKey: "k1", client: "Client 1", segment: "Retail", manager: "Ann", product: "Tea", stage: "contract", date: 45300, comment: "signed" },
      { clientKey: "k2", client: "Client 2", segment: "Retail", manager: null, product: "Milk", stage: "offer", date: "next week", comment: "42" },
      { clientKey: "k3", client: "k3", segment: "Retail", manager: null, product: "Milk", stage: "notOffered", stageText: "maybe", date: null, comment: "" },
    ]);
  });

  it("reads nothing from a missing sheet or a sheet with only its header", () => {
    expect(readPlan(undefined)).toEqual([]);
    expect(readPlan({ name: "P", top: 0, left: 0, values: [header] })).toEqual([]);
  });
});
