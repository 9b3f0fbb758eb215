import {
  DEFAULT_SETTINGS,
  getLocale,
  snapshotAfter,
  type WriteOp,
} from "../../../src/core";
import { analyseTeam, migrationSheetPlan, teamColumnGroups, teamSheetPlan } from "../../../src/core/team";
import { formatMoney } from "../../../src/core/locale";
import { surfaceWords } from "../../../src/locales";
import { SALES_ONLY_WORKBOOK as WORKBOOK } from "../../support/dataset";
import { teamDataset } from "../../support/teamDataset";


const { team } = analyseTeam(
  teamDataset([
    { client: "a", at: "2025-04-10", amount: 500, product: "p1", manager: "Ivanov" },
    { client: "a", at: "2025-08-10", amount: 100, product: "p1", manager: "Ivanov" },
    { client: "b", at: "2025-05-10", amount: 100, product: "p1", manager: "Petrova" },
    { client: "b", at: "2025-11-10", amount: 900, product: "p2", manager: "Petrova" },
    { client: "c", at: "2025-12-10", amount: 40, product: "p1" },
  ]),
  DEFAULT_SETTINGS,
);

const options = (lang: "en" | "ru" | "es") => ({
  words: surfaceWords("team")[lang],
  locale: getLocale(lang),
  granularity: "month" as const,
});

const valuesOf = (ops: readonly WriteOp[]) => {
  const op = ops.find((o) => o.kind === "values");
  return op?.kind === "values" ? op.values : [];
};

describe("the Team sheet", () => {
  it("names the period, lists managers then the total, each figure in its format", () => {
    const plan = teamSheetPlan(WORKBOOK, team, options("ru"));
    expect(plan.ops[0]).toMatchObject({ kind: "sheet", sheet: "Команда", clear: true });
    const values = valuesOf(plan.ops);
    expect(values[0][0]).toBe("Отдел продаж, 01.10.2025–31.12.2025");
    expect(values.slice(4).map((r) => r[0])).toEqual(["Ivanov", "Petrova", "(без менеджера)", "Итого"]);
    const headers = values[3];
    const col = (h: string) => headers.indexOf(h);
    expect(values[5][col("Новые направления")]).toBe(900);
    expect(values[7][col("Оборот")]).toBe(940);
    const formats = plan.ops
      .filter((o) => o.kind === "numberFormat")
      .map((o) => (o.kind === "numberFormat" ? [o.range.col, o.format] : []));
    expect(formats).toContainEqual([col("Оборот"), "#,##0.00"]);
    expect(formats).toContainEqual([col("Новые"), "#,##0"]);
    expect(formats).toContainEqual([col("Индекс лояльности"), "0.0%"]);
  });

  it("takes more column groups at the end, as another report adds them", () => {
    const groups = [
      ...teamColumnGroups(options("en").words),
      {
        title: "Extra",
        columns: [
          { header: "Twice", value: (r: { turnover: number }) => r.turnover * 2, format: "money" as const },
        ],
      },
    ];
    const values = valuesOf(teamSheetPlan(WORKBOOK, team, { ...options("en"), groups }).ops);
    expect(values[3].at(-1)).toBe("Twice");
    expect(values.at(-1)?.at(-1)).toBe(1880);
  });

  it("is found again and rewritten in place on a re-run", () => {
    const first = teamSheetPlan(WORKBOOK, team, options("es"));
    const after = snapshotAfter(WORKBOOK, first);
    const again = teamSheetPlan(after, team, options("es"));
    expect(again.ops[0]).toMatchObject({ kind: "sheet", sheet: "Equipo" });
  });
});

describe("the Migration sheet", () => {
  it("shows each move with the money before and after, coloured by direction, and who left A", () => {
    const plan = migrationSheetPlan(WORKBOOK, team, options("en"));
    const values = valuesOf(plan.ops);
    const text = values.flat();
    // At September a (600) is A; by December b (1,000) is A and a (100 in R′) fell to B.
    expect(text).toContain("1 · 100.00 → 0.00");
    expect(values.find((r) => r[0] === "a")?.slice(0, 5)).toEqual(["a", "Ivanov", "B", 100, 0]);
    const fills = plan.ops.filter((o) => o.kind === "style" && o.style.fill !== undefined);
    expect(fills.length).toBeGreaterThan(0);
    expect(plan.ops.find((o) => o.kind === "chart")).toMatchObject({ chart: "columns" });
  });

  it("writes every amount of a move with two decimals and all thousands separators, as the money cells", () => {
    const text = valuesOf(migrationSheetPlan(WORKBOOK, team, options("es")).ops).flat();
    expect(text).toContain("1 · 100,00 → 0,00");
    expect(formatMoney(5223.3, getLocale("es"))).toBe("5.223,30");
    expect(formatMoney(92337.8, getLocale("ru"))).toBe("92\u00a0337,80");
  });

  it("says why there is no migration when the history is short", () => {
    const short = analyseTeam(
      teamDataset([{ client: "a", at: "2025-12-01", amount: 5 }]),
      DEFAULT_SETTINGS,
    ).team;
    const plan = migrationSheetPlan(WORKBOOK, short, options("en"));
    expect(valuesOf(plan.ops).flat()).toContain(
      "Migration needs 3 periods of data before 10/01/2025; there are fewer.",
    );
    expect(plan.ops.find((o) => o.kind === "chart")).toBeUndefined();
  });
});
