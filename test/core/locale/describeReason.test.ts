import {
  DEFAULT_SETTINGS,
  describeAbcReason,
  describeReason,
  describeWarning,
  describeXyzReason,
  en,
  es,
  ru,
  type AbcReason,
  type Classification,
  type ResultWarning,
  type XyzReason,
} from "../../../src/core";

/** Intl puts a no-break space before % in ru/es; tests compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

const byMonth: Pick<Classification, "axis" | "settings"> = {
  settings: DEFAULT_SETTINGS,
  axis: { granularity: "month", first: 2024 * 12, last: 2025 * 12 + 9, count: 22 },
};

describe("describeAbcReason", () => {
  it.each([
    [
      { code: "abc", cls: "B", before: 0.624, a: 0.5, b: 0.8 },
      en,
      "B: clients larger than this one already hold 62.4% of turnover (A ends at 50%)",
    ],
    [
      { code: "abc", cls: "B", before: 0.624, a: 0.5, b: 0.8 },
      ru,
      "B: клиенты крупнее этого уже держат 62,4 % оборота (A заканчивается на 50 %)",
    ],
    [
      { code: "abc", cls: "C", before: 0.9, a: 0.5, b: 0.8 },
      es,
      "C: los clientes mayores que este ya suman 90 % de la facturación (B termina en 80 %)",
    ],
    [
      { code: "abc", cls: "A", before: 0, a: 0.5, b: 0.8 },
      en,
      "A: clients larger than this one hold 0% of turnover (A ends at 50%)",
    ],
    [
      { code: "nonPositive", metric: -1250.5 },
      en,
      "C: the net total is -1,250.5, not above 0 (returns), share 0",
    ],
    [{ code: "potential" }, ru, "нет ABC: покупок ещё не было, потенциальный клиент"],
  ] as [AbcReason, typeof en, string][])("renders %o", (reason, locale, expected) => {
    expect(plain(describeAbcReason(reason, "turnover", locale))).toBe(expected);
  });

  it("names the chosen metric", () => {
    const reason: AbcReason = { code: "abc", cls: "A", before: 0.1, a: 0.5, b: 0.8 };
    expect(describeAbcReason(reason, "margin", en)).toContain("of margin");
    expect(describeAbcReason(reason, "count", ru)).toContain("продаж");
  });
});

describe("describeXyzReason", () => {
  it.each([
    [
      { code: "xyz", cls: "Z", cv: 0.41, n: 14, x: 0.1, y: 0.25 },
      "month",
      en,
      "Z: CV 41% over 14 months (Y ends at 25%)",
    ],
    [
      { code: "xyz", cls: "X", cv: 0, n: 1, x: 0.1, y: 0.25 },
      "quarter",
      en,
      "X: CV 0% over 1 quarter (X up to 10%)",
    ],
    [
      { code: "xyz", cls: "Y", cv: 0.125, n: 22, x: 0.1, y: 0.25 },
      "month",
      ru,
      "Y: КВ 12,5 % за 22 месяца (X до 10 %, Y до 25 %)",
    ],
    [
      { code: "xyz", cls: "Z", cv: 0.41, n: 14, x: 0.1, y: 0.25 },
      "month",
      ru,
      "Z: КВ 41 % за 14 месяцев (Y заканчивается на 25 %)",
    ],
    [
      { code: "xyz", cls: "Z", cv: 0.5, n: 21, x: 0.1, y: 0.25 },
      "week",
      ru,
      "Z: КВ 50 % за 21 неделю (Y заканчивается на 25 %)",
    ],
    [
      { code: "xyz", cls: "X", cv: 0.05, n: 3, x: 0.1, y: 0.25 },
      "quarter",
      es,
      "X: CV 5 % en 3 trimestres (X hasta 10 %)",
    ],
    [{ code: "new", first: 2025 * 12 + 9 }, "month", en, "no XYZ: first purchase in Oct 2025, new client"],
    [
      { code: "new", first: 2025 * 4 + 3 },
      "quarter",
      ru,
      "нет XYZ: первая покупка — 4 кв. 2025, новый клиент",
    ],
    [
      { code: "nonPositiveMean" },
      "month",
      en,
      "no XYZ: the average per period since the first purchase is not above 0 (returns)",
    ],
    [
      { code: "singlePeriod" },
      "month",
      es,
      "sin XYZ: un solo periodo desde la primera compra, el CV muestral necesita dos",
    ],
    [{ code: "noActiveInWindow" }, "month", en, "no XYZ: no purchase inside the analysis window"],
    [{ code: "potential" }, "month", en, "no XYZ: potential client"],
  ] as [XyzReason, "month" | "quarter" | "week", typeof en, string][])(
    "renders %o by %s",
    (reason, granularity, locale, expected) => {
      expect(plain(describeXyzReason(reason, granularity, locale))).toBe(expected);
    },
  );
});

describe("describeReason", () => {
  it("joins the ABC and the XYZ part in one line", () => {
    const line = describeReason(
      {
        reason: {
          abc: { code: "abc", cls: "B", before: 0.624, a: 0.5, b: 0.8 },
          xyz: { code: "new", first: 2025 * 12 + 9 },
        },
      },
      byMonth,
      en,
    );
    expect(line).toBe(
      "B: clients larger than this one already hold 62.4% of turnover (A ends at 50%); no XYZ: first purchase in Oct 2025, new client",
    );
  });

  it("says once that a potential client has no class", () => {
    const line = describeReason(
      { reason: { abc: { code: "potential" }, xyz: { code: "potential" } } },
      byMonth,
      es,
    );
    expect(line).toBe("sin clase: aún sin compras, cliente potencial");
  });
});

describe("describeWarning", () => {
  it.each([
    [
      { code: "mostlyZ", share: 0.97, granularity: "month", suggest: "quarter" },
      en,
      "97% of clients are Z by month: try quarters",
    ],
    [
      { code: "mostlyZ", share: 0.95, granularity: "week", suggest: "month" },
      ru,
      "95 % клиентов — Z по неделям: попробуйте месяцы",
    ],
    [
      { code: "mostlyZ", share: 0.91, granularity: "quarter", suggest: null },
      en,
      "91% of clients are Z by quarter: demand is irregular even by quarter",
    ],
    [{ code: "noPositiveTotal" }, en, "No client has a positive total in the window: every client is C"],
    [
      { code: "metricMissing", metric: "margin" },
      ru,
      "В таблице нет столбца «Маржа»: классы посчитаны по обороту",
    ],
    [
      { code: "coarserPeriods", native: "quarter", requested: "month" },
      en,
      "The table's periods are quarters: classified by quarter, not by month",
    ],
  ] as [ResultWarning, typeof en, string][])("renders %o", (warning, locale, expected) => {
    expect(plain(describeWarning(warning, locale))).toBe(expected);
  });
});
