import { decimalCommaEvidence, parseAmount } from "../../../src/core";

describe("parseAmount", () => {
  it.each([
    [1234.56, 1234.56],
    [-120, -120],
    [null, 0],
    ["", 0],
    ["  \u00a0 ", 0],
    ["1234", 1234],
    ["-120", -120],
    ["29.33", 29.33],
    ["1 234,56", 1234.56],
    ["1\u00a0234,56", 1234.56],
    ["1\u202f234,56", 1234.56],
    ["12 345 678", 12345678],
    ["1,234.56", 1234.56],
    ["1.234,56", 1234.56],
    ["1,234,567", 1234567],
    ["1.234.567", 1234567],
    ["1234.56 ₽", 1234.56],
    ["1 234,56 руб.", 1234.56],
    ["1 234 р.", 1234],
    ["$1,234", 1234],
    ["€ 12,50", 12.5],
    ["12,50 €", 12.5],
    ["USD 99.90", 99.9],
    ["(120)", -120],
    ["($1,200.50)", -1200.5],
    ["120-", -120],
    ["−75", -75],
    ["+15", 15],
    ["-$15", -15],
    ["1,5", 1.5],
    ["0,123", 0.123],
    ["1234,567", 1234.567],
    ["1,234", 1234],
    ["1.234", 1.234],
    ["1'234.50", 1234.5],
    ["-", 0],
    ["—", 0],
  ])("reads %p as %p", (input, expected) => {
    expect(parseAmount(input)).toBeCloseTo(expected, 9);
  });

  it.each([
    ["12%"],
    ["abc"],
    ["n/a"],
    ["12 34"],
    ["1,23,4"],
    ["1.234.56,7,8"],
    ["(-120)"],
    ["(120"],
    ["--5"],
    ["1 234 567,8,9"],
    ["12 kg"],
  ])("rejects %p", (input) => {
    expect(parseAmount(input)).toBeNull();
  });

  it("rejects booleans, error values and infinities", () => {
    expect(parseAmount(true)).toBeNull();
    expect(parseAmount({ error: "#DIV/0!" })).toBeNull();
    expect(parseAmount(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it("reads a lone grouped mark the other way round in a decimal-comma column", () => {
    expect(parseAmount("1,234", { decimalComma: true })).toBeCloseTo(1.234, 9);
    expect(parseAmount("1.234", { decimalComma: true })).toBe(1234);
    expect(parseAmount("12,50", { decimalComma: true })).toBe(12.5);
  });
});

describe("decimalCommaEvidence", () => {
  it.each([
    ["1 234,56", "comma"],
    ["12,50", "comma"],
    ["1.234,56", "comma"],
    ["12.5", "dot"],
    ["1,234.56", "dot"],
    ["1,234", null],
    ["1.234", null],
    ["1,234,567", null],
    ["1234", null],
  ])("%p says %p", (text, expected) => {
    expect(decimalCommaEvidence(text)).toBe(expected);
  });
});
