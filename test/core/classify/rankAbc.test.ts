import { rankAbc } from "../../../src/core";

describe("rankAbc", () => {
  it("classifies the methodology example 50, 30, 10, 5, 5 as A, B, C, C, C", () => {
    const r = rankAbc([50, 30, 10, 5, 5], 0.5, 0.8);
    expect(r.cls).toEqual(["A", "B", "C", "C", "C"]);
    expect(Array.from(r.before)).toEqual([0, 0.5, 0.8, 0.9, 0.9]);
  });
});
