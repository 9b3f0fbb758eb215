import {
  describeIssue,
  describePlanIssue,
  getLocale,
  describeSettingsIssue,
  en,
  es,
  ru,
  type InputIssue,
  type SettingsIssue,
} from "../../../src/core";

describe("describeIssue", () => {
  it.each([
    [{ code: "notAnAmount", cell: "Sales!C17", content: "abc" }, 'Sales!C17: "abc" is not an amount'],
    [
      { code: "notADate", cell: "sales.csv: B4", content: "32.13.2024" },
      'sales.csv: B4: "32.13.2024" is not a date',
    ],
    [
      { code: "errorValue", cell: "Sales!D2", content: "#DIV/0!" },
      "Sales!D2: the error value #DIV/0! cannot be read",
    ],
    [{ code: "noTable", sheet: "Sheet1" }, 'Sheet "Sheet1": no table of clients found'],
    [{ code: "missingColumn", role: "amount", sheet: "Sales" }, 'Sheet "Sales": no amount column found'],
    [{ code: "unknownColumn", role: "client", given: "Z" }, 'No column "Z" for the client'],
    [{ code: "noPeriods", sheet: "Sales" }, 'Sheet "Sales": no period columns or dates found'],
  ] as [InputIssue, string][])("renders %o in English", (issue, expected) => {
    expect(describeIssue(issue, en)).toBe(expected);
  });

  it("names the cell and the content in Russian and Spanish", () => {
    const issue: InputIssue = { code: "notAnAmount", cell: "Продажи!C17", content: "много" };
    expect(describeIssue(issue, ru)).toBe("Продажи!C17: «много» — не сумма");
    expect(describeIssue(issue, es)).toBe("Продажи!C17: «много» no es un importe");
  });

  it("names the role in the reader's language", () => {
    expect(describeIssue({ code: "missingColumn", role: "date", sheet: "Лист1" }, ru)).toBe(
      "Лист «Лист1»: не найден столбец «дата»",
    );
  });
});

describe("describeSettingsIssue", () => {
  it.each([
    [{ code: "abcOrder", a: 0.8, b: 0.5 }, en, "The A threshold (80%) must be below the B threshold (50%)"],
    [{ code: "xyzOrder", x: 0.3, y: 0.25 }, ru, "Порог X (30 %) должен быть меньше порога Y (25 %)"],
    [{ code: "outOfRange", field: "abc.a", value: 1.5 }, en, "A threshold: 1.5 is out of range"],
    [{ code: "outOfRange", field: "other", value: -1 }, es, "other: -1 está fuera de rango"],
    [
      { code: "windowMonths", value: 0 },
      en,
      "The activity window must be a whole number of months from 1 to 60, not 0",
    ],
  ] as [SettingsIssue, typeof en, string][])("renders %o", (issue, locale, expected) => {
    expect(describeSettingsIssue(issue, locale).replace(/\u00a0/g, " ")).toBe(expected);
  });
});

describe("describePlanIssue", () => {
  it.each([
    ["en", "Sales: there is no room right of the table for Segmenta's 7 columns (the sheet ends at column XFD)"],
    ["ru", "Sales: справа от таблицы нет места для 7 столбцов Segmenta (лист кончается столбцом XFD)"],
  ] as const)("names the sheet and the last column as Excel shows it (%s)", (lang, text) => {
    expect(describePlanIssue({ code: "noRoom", sheet: "Sales", cols: 7, limit: 16384 }, getLocale(lang))).toBe(text);
  });

  it("gives the rows needed and the sheet's limit as numbers in the language", () => {
    const text = describePlanIssue({ code: "tooManyRows", sheet: "Clients", rows: 2_000_000, limit: 1_048_576 }, getLocale("en"));
    expect(text).toBe("Clients: the result needs 2,000,000 rows, more than a sheet holds (1,048,576)");
  });
});
