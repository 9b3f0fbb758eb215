import { en, es, formatPeriod, periodOf, ru, serialFromYMD } from "../../../src/core";

const jan2024 = 2024 * 12;

describe("formatPeriod", () => {
  it.each([
    [en, "month", jan2024, "Jan 2024"],
    [es, "month", jan2024, "ene 2024"],
    [ru, "month", jan2024, "янв. 2024"],
    [en, "month", jan2024 + 9, "Oct 2024"],
    [en, "quarter", 2024 * 4, "Q1 2024"],
    [ru, "quarter", 2024 * 4 + 2, "3 кв. 2024"],
    [es, "quarter", 2024 * 4 + 3, "T4 2024"],
  ] as const)("%#: writes %s %s %i as %s", (locale, granularity, id, expected) => {
    expect(formatPeriod(id, granularity, locale)).toBe(expected);
  });

  it.each([
    [2024, 1, 31, "2024-W05"],
    [2021, 1, 3, "2020-W53"],
    [2024, 12, 30, "2025-W01"],
    [2026, 1, 1, "2026-W01"],
  ])("writes the ISO week of %i-%i-%i as %s in every language", (y, m, d, expected) => {
    const week = periodOf(serialFromYMD(y, m, d), "week");
    for (const locale of [en, ru, es]) expect(formatPeriod(week, "week", locale)).toBe(expected);
  });
});
