import { DetailedCellError } from "hyperformula";
import { SCIBAND } from "../../src/functions/functions";
import { sciBand } from "../../src/functions/sciBand";
import { segmentaSheet } from "./support/segmentaPlugin";

describe("SCIBAND", () => {
  it.each([
    [0.95, "secure"],
    [0.9, "secure"],
    [90, "secure"],
    ["90 %", "secure"],
    [0.85, "favourable"],
    [80, "favourable"],
    [0.7, "vulnerable"],
    ["0,75", "vulnerable"],
    [0.69, "at risk"],
    [1, "secure"],
    [0, "at risk"],
    [[[0.81]], "favourable"],
  ])(
    "gives the band of %p as %p, fractions up to 1 and percents above, as §9's thresholds",
    (value, band) => {
      expect(SCIBAND(value)).toBe(band);
    },
  );

  it.each([-0.1, 130, "130%", "loyal", null])(
    "refuses %p with a sentence saying what a reliability index is",
    (value) => {
      expect(sciBand(value)).toMatchObject({ ok: false, problem: { code: "notAnSci" } });
    },
  );

  it("refuses a range of more than one cell", () => {
    expect(sciBand([[0.9, 0.8]])).toMatchObject({
      ok: false,
      problem: { code: "notOneValue", rows: 1, cols: 2 },
    });
  });

  it("works as a formula, with #VALUE! and the reason for a bad index", () => {
    const sheet = segmentaSheet([
      [0.93, 72, "abc"],
      ["=SEGMENTA.SCIBAND(A1)", "=SEGMENTA.SCIBAND(B1)", "=SEGMENTA.SCIBAND(C1)"],
    ]);
    expect(sheet.getCellValue({ sheet: 0, row: 1, col: 0 })).toBe("secure");
    expect(sheet.getCellValue({ sheet: 0, row: 1, col: 1 })).toBe("vulnerable");
    const bad = sheet.getCellValue({ sheet: 0, row: 1, col: 2 }) as DetailedCellError;
    expect(bad.type).toBe("VALUE");
    expect(bad.message).toContain("'abc' is not a reliability index");
  });
});
