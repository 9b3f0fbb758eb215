import { XYZ, XYZCLASS } from "../../src/functions/functions";
import { xyz } from "../../src/functions/xyz";

describe("XYZ", () => {
  const table = [
    [100, 100, 100, 100],
    [100, 0, 100, 0],
    [null, 90, 110, 100],
    [0, 0, 0, 0],
    [100, -100, null, null],
  ];

  it("gives one class per row, spilled as a column, blank for rows without a CV", () => {
    expect(XYZ(table)).toEqual([["X"], ["Z"], ["X"], [""], [""]]);
  });

  it("gives the class XYZCLASS gives each row", () => {
    const rows = table.slice(0, 3);
    expect(XYZ(rows).map((r) => r[0])).toEqual(rows.map((row) => XYZCLASS([row])));
  });

  it("reads thresholds as percents or fractions alike", () => {
    const rows = [[100, 80, 120, 100]]; // CV ≈ 0.141
    expect(XYZ(rows, 15, 30)).toEqual([["X"]]);
    expect(XYZ(rows, 0.15, 0.3)).toEqual([["X"]]);
    expect(XYZ(rows)).toEqual([["Y"]]);
  });

  it("refuses text in the table with its place", () => {
    expect(
      xyz([
        [1, 2],
        [3, "x"],
      ]),
    ).toEqual({ ok: false, problem: { code: "textInRange", text: "x", row: 2, col: 2 } });
  });
});
