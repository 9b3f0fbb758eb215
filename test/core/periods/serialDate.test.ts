import fc from "fast-check";
import { serialFromYMD, ymdFromSerial } from "../../../src/core";

/** Days since 1970-01-01 → Excel serial, the way JavaScript dates count (valid from 1900-03-01). */
const serialOfUtc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

describe("serialFromYMD and ymdFromSerial", () => {
  it.each([
    [1900, 1, 1, 1],
    [1900, 1, 31, 31],
    [1900, 2, 28, 59],
    [1900, 2, 29, 60],
    [1900, 3, 1, 61],
    [1900, 12, 31, 366],
    [1970, 1, 1, 25_569],
    [2000, 2, 29, 36_585],
    [2024, 1, 1, 45_292],
    [2024, 2, 29, 45_351],
    [2026, 11, 23, 46_349],
  ])("maps %i-%i-%i to serial %i, as Excel does", (y, m, d, serial) => {
    expect(serialFromYMD(y, m, d)).toBe(serial);
    expect(ymdFromSerial(serial)).toEqual({ year: y, month: m, day: d });
  });

  it("drops the time of day of a serial", () => {
    expect(ymdFromSerial(45_292.75)).toEqual({ year: 2024, month: 1, day: 1 });
  });

  it("agrees with JavaScript's calendar from 1900-03-01 to 9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
        const { year, month, day } = ymdFromSerial(serial);
        expect(serialOfUtc(year, month, day)).toBe(serial);
        expect(serialFromYMD(year, month, day)).toBe(serial);
      }),
    );
  });

  it("round-trips every serial of 1900, the fake 29 February included", () => {
    for (let serial = 1; serial <= 366; serial++) {
      const { year, month, day } = ymdFromSerial(serial);
      expect(serialFromYMD(year, month, day)).toBe(serial);
    }
  });
});
