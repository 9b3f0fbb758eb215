import { resultFileName } from "../../../src/taskpane/state/resultFileName";

describe("resultFileName", () => {
  it.each([
    ["sales.xlsx", "sales (Segmenta).xlsx"],
    ["Продажи 2024.xlsx", "Продажи 2024 (Segmenta).xlsx"],
    ["book.v2.XLSM", "book.v2 (Segmenta).XLSM"],
    ["sales (Segmenta).xlsx", "sales (Segmenta).xlsx"],
    ["export", "export (Segmenta).xlsx"],
  ])("saves %s as %s", (input, expected) => {
    expect(resultFileName(input)).toBe(expected);
  });
});
