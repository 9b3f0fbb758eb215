import { typedEntry } from "./fakes/typedEntry";

/** The Excel serial of a day, as the fake computes it independently of core. */
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
const thisYear = new Date().getUTCFullYear();

describe("the fake Excel takes written text as Excel takes typed text", () => {
  it.each<[string, unknown]>([
    ["00123", 123],
    ["1e5", 100000],
    ["1,234.5", 1234.5],
    ["(12)", -12],
    ["12%", 0.12],
    ["-5", -5],
    ["TRUE", true],
    ["false", false],
    ["1/2", day(thisYear, 1, 2)],
    ["3-12", day(thisYear, 3, 12)],
    ["2024-01-05", day(2024, 1, 5)],
    ["05.01.2024", day(2024, 1, 5)],
    ["Jan 2024", day(2024, 1, 1)],
    ["янв 24", day(2024, 1, 1)],
    ["=SUM(A1:A3)", "=SUM(A1:A3)"],
    ["-2+3", "=-2+3"],
    ["+A1", "=+A1"],
    ["@SUM(A1)", "=SUM(A1)"],
    ["Acme Ltd", "Acme Ltd"],
    ["Q1 2024", "Q1 2024"],
  ])("%j becomes %j", (text, stored) => {
    expect(typedEntry(text, "General")).toEqual(stored);
  });

  it.each(["00123", "1/2", "-2+3", "=A1", "TRUE", "12%"])("keeps %j as text behind an apostrophe, without the apostrophe", (text) => {
    expect(typedEntry(`'${text}`, "General")).toBe(text);
  });

  it.each(["00123", "1/2", "-2+3", "TRUE"])("keeps %j as text in a cell formatted as text", (text) => {
    expect(typedEntry(text, "@")).toBe(text);
  });
});
