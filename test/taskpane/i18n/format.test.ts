import { languageOf } from "../../../src/taskpane/i18n/createI18n";
import { isoDate } from "../../../src/core";
import { formattersFor, serialOfIsoDate } from "../../../src/taskpane/i18n/format";

describe("languageOf", () => {
  it.each([
    ["ru-RU", "ru"],
    ["es-MX", "es"],
    ["en-GB", "en"],
    ["pt-BR", "en"],
    ["", "en"],
    [undefined, "en"],
  ])("speaks %s as %s", (tag, lang) => {
    expect(languageOf(tag)).toBe(lang);
  });
});

describe("serial dates", () => {
  it("turns an ISO date into its Excel serial and back", () => {
    expect(serialOfIsoDate("2024-01-01")).toBe(45292);
    expect(isoDate(45292)).toBe("2024-01-01");
  });

  it("refuses text that is not an ISO date", () => {
    expect(serialOfIsoDate("01.02.2024")).toBeNull();
  });
});

describe("formattersFor", () => {
  it("formats numbers the Russian way in Russian", () => {
    expect(formattersFor("ru").integer(1234567)).toMatch(/^1\s234\s567$/u);
  });

  it("names months in the language", () => {
    expect(formattersFor("es").month(45352)).toMatch(/mar/i);
    expect(formattersFor("ru").month(45352)).toMatch(/мар/i);
  });
});
