import { parsePeriodHeader } from "../../../src/core";
import { serial } from "../../support/grid";

describe("parsePeriodHeader", () => {
  const jan = serial(2024, 1, 1);

  it.each([
    ["2024-01"],
    ["2024/01"],
    ["2024.01"],
    ["01.2024"],
    ["1/2024"],
    ["Jan 2024"],
    ["January 2024"],
    ["jan-2024"],
    ["Jan-24"],
    ["янв.24"],
    ["янв 2024"],
    ["январь 2024"],
    ["Январь 2024 г."],
    ["ЯНВАРЬ 2024"],
    ["ene-24"],
    ["enero 2024"],
    ["Enero de 2024"],
    ["2024 Jan"],
  ])("reads %p as the month of January 2024", (text) => {
    expect(parsePeriodHeader(text)).toEqual({ kind: "month", start: jan });
  });

  it.each([
    ["Q1 2024", 1],
    ["2024 Q1", 1],
    ["Q2-2024", 4],
    ["2024-Q3", 7],
    ["1 кв. 2024", 1],
    ["I кв 2024", 1],
    ["IV кв. 2024", 10],
    ["2 квартал 2024 г.", 4],
    ["T1 2024", 1],
    ["3T 2024", 7],
    ["trimestre 2 2024", 4],
    ["1er trimestre 2024", 1],
  ])("reads %p as a quarter starting in month %p", (text, month) => {
    expect(parsePeriodHeader(text)).toEqual({ kind: "quarter", start: serial(2024, month, 1) });
  });

  it.each([
    ["2024-W05", serial(2024, 1, 29)],
    ["2024W05", serial(2024, 1, 29)],
    ["W1 2024", serial(2024, 1, 1)],
    ["2020-W53", serial(2020, 12, 28)],
    ["2026-W01", serial(2025, 12, 29)],
  ])("reads %p as an ISO week starting on Monday %p", (text, start) => {
    expect(parsePeriodHeader(text)).toEqual({ kind: "week", start });
  });

  it("reads text days and date-formatted numbers as days", () => {
    expect(parsePeriodHeader("2024-01-15")).toEqual({ kind: "day", start: serial(2024, 1, 15) });
    expect(parsePeriodHeader(jan, "mmm yyyy")).toEqual({ kind: "day", start: jan });
    expect(parsePeriodHeader(jan)).toEqual({ kind: "day", start: jan });
  });

  it.each([["Total"], ["Итого"], ["Client"], ["2024"], ["Q5 2024"], ["2021-W53"], ["Q1"], ["13.2024"], [""], ["Jan"]])(
    "does not read %p as a period",
    (text) => {
      expect(parsePeriodHeader(text)).toBeNull();
    },
  );

  it("does not read years, small numbers, booleans or errors as periods", () => {
    expect(parsePeriodHeader(2024)).toBeNull();
    expect(parsePeriodHeader(12)).toBeNull();
    expect(parsePeriodHeader(45292.5)).toBeNull();
    expect(parsePeriodHeader(true)).toBeNull();
    expect(parsePeriodHeader({ error: "#REF!" })).toBeNull();
    expect(parsePeriodHeader(null)).toBeNull();
  });
});
