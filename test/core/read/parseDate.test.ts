import { parseDate, slashOrderEvidence } from "../../../src/core";
import { serial } from "../../support/grid";

describe("parseDate", () => {
  const jan15 = serial(2024, 1, 15);

  it.each([
    ["2024-01-15"],
    ["2024/01/15"],
    ["2024-01-15T10:30:00"],
    ["2024-01-15 10:30"],
    ["15.01.2024"],
    ["15.01.24"],
    ["15/01/2024"],
    ["15-01-2024"],
    ["01/15/2024"],
    ["15.01.2024 10:30"],
    ["20240115"],
    ["15 янв 2024"],
    ["15 января 2024 г."],
    ["15 января 2024 года"],
    ["15 ЯНВАРЯ 2024"],
    ["Jan 15, 2024"],
    ["January 15 2024"],
    ["15 Jan 2024"],
    ["15-Jan-24"],
    ["15-ene-2024"],
    ["15 de enero de 2024"],
    ["15 enero 2024"],
  ])("reads %p as 2024-01-15", (text) => {
    expect(parseDate(text)).toBe(jan15);
  });

  it.each([
    ["05.03.2024", serial(2024, 3, 5)],
    ["05/03/2024", serial(2024, 3, 5)],
    ["1 сентября 2023", serial(2023, 9, 1)],
    ["3 sept. 2023", serial(2023, 9, 3)],
    ["31 dic 2023", serial(2023, 12, 31)],
    ["29 feb 2024", serial(2024, 2, 29)],
    ["1 мая 2024", serial(2024, 5, 1)],
    ["01.01.1999", serial(1999, 1, 1)],
    ["01.01.29", serial(2029, 1, 1)],
    ["01.01.30", serial(1930, 1, 1)],
  ])("reads %p", (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it.each([["2024-02-30"], ["31.04.2024"], ["29 feb 2023"], ["2024-13-01"], ["20240230"], ["soon"], ["15 foo 2024"], ["12%"], [""]])(
    "rejects %p",
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );

  it("reads an ambiguous slash date day first unless the column is month first", () => {
    expect(parseDate("02/03/2024")).toBe(serial(2024, 3, 2));
    expect(parseDate("02/03/2024", { order: "mdy" })).toBe(serial(2024, 2, 3));
    expect(parseDate("15/01/2024", { order: "mdy" })).toBe(jan15);
    expect(parseDate("02.03.2024", { order: "mdy" })).toBe(serial(2024, 3, 2));
  });

  it("reads numbers as serials, 8-digit numbers as YYYYMMDD", () => {
    expect(parseDate(jan15)).toBe(jan15);
    expect(parseDate(jan15 + 0.75)).toBe(jan15);
    expect(parseDate(19970101)).toBe(serial(1997, 1, 1));
    expect(parseDate(19970230)).toBeNull();
  });

  it("takes small serials only from date-formatted cells", () => {
    expect(parseDate(120)).toBeNull();
    expect(parseDate(120, { dateFormatted: true })).toBe(120);
    expect(parseDate(-3, { dateFormatted: true })).toBeNull();
  });

  it("rejects booleans, blanks and error values", () => {
    expect(parseDate(true)).toBeNull();
    expect(parseDate(null)).toBeNull();
    expect(parseDate({ error: "#N/A" })).toBeNull();
  });
});

describe("slashOrderEvidence", () => {
  it.each([
    ["01/15/2024", "mdy"],
    ["15/01/2024", "dmy"],
    ["02/03/2024", "either"],
    ["05/05/2024", null],
    ["15.01.2024", null],
    ["2024-01-15", null],
  ])("%p says %p", (text, expected) => {
    expect(slashOrderEvidence(text)).toBe(expected);
  });
});
