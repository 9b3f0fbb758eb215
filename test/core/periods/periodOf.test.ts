import fc from "fast-check";
import {
  firstMonthOfQuarter,
  periodEnd,
  periodOf,
  periodParts,
  periodStart,
  quarterOfMonth,
  serialFromYMD,
  trueDay,
  ymdFromSerial,
  type Granularity,
} from "../../../src/core";

const GRANULARITIES: Granularity[] = ["month", "quarter", "week"];
const serials = fc.integer({ min: 1, max: 80_000 });

describe("periodOf", () => {
  it.each([
    [2024, 1, 1, "month", 2024 * 12],
    [2024, 2, 29, "month", 2024 * 12 + 1],
    [2024, 12, 31, "month", 2024 * 12 + 11],
    [2024, 3, 31, "quarter", 2024 * 4],
    [2024, 4, 1, "quarter", 2024 * 4 + 1],
    [2024, 12, 31, "quarter", 2024 * 4 + 3],
    [1900, 2, 29, "month", 1900 * 12 + 1],
  ] as const)("puts %i-%i-%i in %s %i", (y, m, d, granularity, id) => {
    expect(periodOf(serialFromYMD(y, m, d), granularity)).toBe(id);
  });

  it.each([
    // Monday 1900-01-01 starts week 0; Monday 2024-01-01 and Sunday 2024-01-07 share a week.
    [1900, 1, 1, 0],
    [1900, 1, 7, 0],
    [1900, 1, 8, 1],
    [2024, 1, 1, 6470],
    [2024, 1, 7, 6470],
    [2024, 1, 8, 6471],
  ])("puts %i-%i-%i in week %i", (y, m, d, id) => {
    expect(periodOf(serialFromYMD(y, m, d), "week")).toBe(id);
  });

  it("starts every week on a Monday", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (week) => {
        const start = periodStart(week, "week");
        const { year, month, day } = ymdFromSerial(start);
        expect(new Date(Date.UTC(year, month - 1, day)).getUTCDay()).toBe(1);
      }),
    );
  });
});

describe("periodStart and periodEnd", () => {
  it.each([
    [2024 * 12 + 1, "month", 45_323, 45_351],
    [2024 * 4 + 1, "quarter", 45_383, 45_473],
    [1900 * 12 + 1, "month", 32, 60],
    [6470, "week", 45_292, 45_298],
  ] as const)("period %i by %s runs from serial %i to %i", (id, granularity, start, end) => {
    expect(periodStart(id, granularity)).toBe(start);
    expect(periodEnd(id, granularity)).toBe(end);
  });

  it.each(GRANULARITIES)("periodOf(periodStart(p)) = p by %s", (granularity) => {
    fc.assert(
      fc.property(fc.integer({ min: 1900 * 12, max: 2200 * 12 }), (p) => {
        const id =
          granularity === "month" ? p : granularity === "quarter" ? Math.floor(p / 3) : p * 4 - 1900 * 48;
        expect(periodOf(periodStart(id, granularity), granularity)).toBe(id);
      }),
    );
  });

  it.each(GRANULARITIES)("every serial lands in exactly one period by %s", (granularity) => {
    fc.assert(
      fc.property(serials, (serial) => {
        const id = periodOf(serial, granularity);
        expect(periodStart(id, granularity)).toBeLessThanOrEqual(serial);
        expect(periodEnd(id, granularity)).toBeGreaterThanOrEqual(serial);
        expect(periodStart(id + 1, granularity)).toBeGreaterThan(serial);
      }),
    );
  });

  it("makes every week 7 days long", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (week) => {
        expect(trueDay(periodStart(week + 1, "week")) - trueDay(periodStart(week, "week"))).toBe(7);
      }),
    );
  });
});

describe("months and quarters", () => {
  it.each([
    [2024 * 12, 2024 * 4],
    [2024 * 12 + 2, 2024 * 4],
    [2024 * 12 + 3, 2024 * 4 + 1],
    [2024 * 12 + 11, 2024 * 4 + 3],
  ])("month %i is in quarter %i", (month, quarter) => {
    expect(quarterOfMonth(month)).toBe(quarter);
  });

  it("agrees with periodOf for every day", () => {
    fc.assert(
      fc.property(serials, (serial) => {
        expect(quarterOfMonth(periodOf(serial, "month"))).toBe(periodOf(serial, "quarter"));
      }),
    );
  });

  it("opens a quarter with its first month", () => {
    expect(firstMonthOfQuarter(2024 * 4 + 1)).toBe(2024 * 12 + 3);
    expect(periodStart(firstMonthOfQuarter(2024 * 4 + 1), "month")).toBe(
      periodStart(2024 * 4 + 1, "quarter"),
    );
  });
});

describe("periodParts", () => {
  it.each([
    [2024, 1, 1, 2024, 1],
    [2024, 1, 31, 2024, 5],
    [2021, 1, 3, 2020, 53],
    [2024, 12, 30, 2025, 1],
    [2020, 12, 31, 2020, 53],
    [2026, 11, 23, 2026, 48],
  ])("gives %i-%i-%i the ISO week %i-W%i", (y, m, d, isoYear, isoWeek) => {
    expect(periodParts(periodOf(serialFromYMD(y, m, d), "week"), "week")).toEqual({
      year: isoYear,
      number: isoWeek,
    });
  });

  it.each([
    [2024 * 12 + 9, "month", 2024, 10],
    [2024 * 4 + 2, "quarter", 2024, 3],
  ] as const)("splits %i by %s into year %i and number %i", (id, granularity, year, number) => {
    expect(periodParts(id, granularity)).toEqual({ year, number });
  });

  it("numbers weeks 1 to 53 and follows on by one inside an ISO year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 10_000 }), (week) => {
        const here = periodParts(week, "week");
        const next = periodParts(week + 1, "week");
        expect(here.number).toBeGreaterThanOrEqual(1);
        expect(here.number).toBeLessThanOrEqual(53);
        if (next.year === here.year) expect(next.number).toBe(here.number + 1);
        else expect([next.year, next.number]).toEqual([here.year + 1, 1]);
      }),
    );
  });
});
