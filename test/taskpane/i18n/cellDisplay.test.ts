import { cellDisplay } from "../../../src/taskpane/i18n/cellDisplay";

describe("cellDisplay", () => {
  it.each([
    // The month headers of a wide table.
    [45292, "mmm yyyy", "en", "Jan 2024"],
    [45292, "mmm yy", "ru", "янв. 2024 г."],
    [45292, "mmm yyyy", "es", "ene 2024"],
    // The date column of a long table, in each language's order.
    [45306, "yyyy-mm-dd", "en", "01/15/2024"],
    [45306, "dd.mm.yyyy", "ru", "15.01.2024"],
    [45306, "yyyy-mm-dd", "es", "15/01/2024"],
    [45306.5, "dd.mm.yyyy hh:mm", "ru", "15.01.2024, 12:00"],
    // Amounts with the format's decimals and every thousands separator, as Excel shows #,##0.00.
    [5223.3, "#,##0.00", "es", "5.223,30"],
    [92337.8, "#,##0.00", "ru", "92 337,80"],
    [1234.5, "0", "en", "1235"],
    [0.1234, "0.0%", "en", "12.3%"],
    [-12.5, '#,##0.00 "USD";[Red]-#,##0.00 "USD"', "en", "-12.50"],
    // Unformatted numbers, text, errors.
    [1234.567, "", "en", "1,234.57"],
    [1234.567, "General", "ru", "1 234,57"],
    ["00123", "@", "en", "00123"],
    [{ error: "#N/A" }, "", "en", "#N/A"],
    [null, "yyyy-mm-dd", "en", ""],
  ] as const)("shows %p under %p in %s as %p", (value, format, lang, expected) => {
    expect(cellDisplay(value, format, lang).replace(/[\u00a0\u202f]/g, " ")).toBe(expected);
  });
});
