import fc from "fast-check";
import { countedWord, en, es, formatPercent, ru, shortMonthName } from "../../../src/core";

const locales = { en, ru, es };

describe("percents and plural forms written once and reused", () => {
  it("writes every fraction as the locale's percent format does, ties, -0 and tiny negatives included", () => {
    const tenths = fc.integer({ min: -2_000_000, max: 2_000_000 }).map((t) => t / 1000);
    const ties = fc.integer({ min: -100_000, max: 100_000 }).map((t) => (t + 0.5) / 1000);
    const near = fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.double({ min: -1e-9, max: 1e-9, noNaN: true })).map(([t, e]) => t / 1000 + e);
    const any = fc.double({ noNaN: false });
    const special = fc.constantFrom(0, -0, -1e-9, 1e-9, 0.0625, 0.1235, 0.0005, 0.0015, 1, 12345.6789, Number.NaN, Number.POSITIVE_INFINITY);
    fc.assert(
      fc.property(fc.oneof(tenths, ties, near, any, special), fc.constantFrom("en", "ru", "es" as const), (fraction, language) => {
        const locale = locales[language];
        const intl = new Intl.NumberFormat(locale.tag, { style: "percent", maximumFractionDigits: 1 });
        expect(formatPercent(fraction, locale)).toBe(intl.format(fraction));
        // Asked again, from what was remembered.
        expect(formatPercent(fraction, locale)).toBe(intl.format(fraction));
      }),
      { numRuns: 5000 },
    );
  });

  it("chooses each count's plural form by the language's rules, the second time as the first", () => {
    const month = ru.granularity.counted.month;
    const expected: [number, string][] = [[1, "месяц"], [2, "месяца"], [5, "месяцев"], [14, "месяцев"], [21, "месяц"], [22, "месяца"], [1.5, "месяца"]];
    for (let pass = 0; pass < 2; pass++) for (const [n, word] of expected) expect(countedWord(n, month, ru)).toBe(word);
    expect([1, 2].map((n) => countedWord(n, en.granularity.counted.month, en))).toEqual([en.granularity.counted.month.one, en.granularity.counted.month.other]);
  });

  it("names each month as the locale's date format does, the second time as the first", () => {
    for (const locale of [en, ru, es])
      for (let pass = 0; pass < 2; pass++)
        for (let month = 1; month <= 12; month++)
          expect(shortMonthName(month, locale)).toBe(
            new Intl.DateTimeFormat(locale.tag, { month: "short", timeZone: "UTC" }).format(new Date(Date.UTC(2000, month - 1, 1))),
          );
  });
});
