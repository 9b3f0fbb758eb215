import { DetailedCellError } from "hyperformula";
import { SATISFACTION } from "../../src/functions/functions";
import { satisfaction } from "../../src/functions/satisfaction";
import { segmentaSheet } from "./support/segmentaPlugin";

describe("SATISFACTION", () => {
  it.each([
    [[[5, 4, 5]], "satisfied"],
    [[[5, 3, 4]], "hidden"],
    [[[5, null, 2]], "discontent"],
    [[[1]], "discontent"],
    [[["4", " 3 ", ""]], "hidden"],
    [[[4], [5]], "satisfied"],
  ])("gives the band of %j by the lowest answered score", (scores, band) => {
    expect(SATISFACTION(scores)).toBe(band);
  });

  it.each([[[[5, 6]]], [[[4.5]]], [[["good"]]], [[[0, 4]]]])("refuses %j: scores are whole numbers 1–5", (scores) => {
    expect(satisfaction(scores)).toMatchObject({ ok: false, problem: { code: "notAScore" } });
  });

  it("has no band for a questionnaire without any score, and refuses a block of rows", () => {
    expect(satisfaction([[null, ""]])).toMatchObject({ ok: false, problem: { code: "noScore" } });
    expect(satisfaction([[4, 5], [3, 4]])).toMatchObject({ ok: false, problem: { code: "notOneLine", rows: 2, cols: 2 } });
  });

  it("works as a formula: the band, #VALUE! for a bad score, #N/A for an unanswered row", () => {
    const sheet = segmentaSheet([
      [5, 3, 4, "=SEGMENTA.SATISFACTION(A1:C1)"],
      [5, 7, 4, "=SEGMENTA.SATISFACTION(A2:C2)"],
      [null, null, null, "=SEGMENTA.SATISFACTION(A3:C3)"],
    ]);
    expect(sheet.getCellValue({ sheet: 0, row: 0, col: 3 })).toBe("hidden");
    const bad = sheet.getCellValue({ sheet: 0, row: 1, col: 3 }) as DetailedCellError;
    expect([bad.type, bad.message]).toEqual(["VALUE", "'7' is not a score (row 1, column 2): give a whole number from 1 to 5, or leave the cell blank"]);
    expect((sheet.getCellValue({ sheet: 0, row: 2, col: 3 }) as DetailedCellError).type).toBe("NA");
  });
});
