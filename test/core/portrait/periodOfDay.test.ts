import { periodOfDay } from "../../../src/core/portrait/periodOfDay";

describe("periodOfDay", () => {
  it.each([
    [45292, "month", 2024 * 12], // 2024-01-01
    [45322, "month", 2024 * 12], // 2024-01-31
    [45323, "month", 2024 * 12 + 1], // 2024-02-01
    [45382, "quarter", 2024 * 4], // 2024-03-31
    [45383, "quarter", 2024 * 4 + 1], // 2024-04-01
  ] as const)("puts serial %d in the right %s", (serial, granularity, id) => {
    expect(periodOfDay(serial, granularity)).toBe(id);
  });

  it("starts weeks on Monday", () => {
    const monday = periodOfDay(45292, "week"); // 2024-01-01 is a Monday
    expect(periodOfDay(45298, "week")).toBe(monday); // Sunday
    expect(periodOfDay(45299, "week")).toBe(monday + 1);
    expect(periodOfDay(45291, "week")).toBe(monday - 1);
  });
});
