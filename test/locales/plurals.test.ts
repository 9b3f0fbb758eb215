import { countedWord, getLocale } from "../../src/core";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/runCli";
import { functionMessage } from "../../src/functions/functionMessage";
import { createI18n } from "../../src/taskpane/i18n/createI18n";
import { tempDir } from "../fixtures/cliFiles";

describe("counted words follow each language's plural rules", () => {
  const pane = (language: "en" | "ru" | "es", count: number) =>
    createI18n(language).t("summary.clients", { count, n: String(count) });

  it.each([
    [1, "1 клиент"],
    [2, "2 клиента"],
    [4, "4 клиента"],
    [5, "5 клиентов"],
    [11, "11 клиентов"],
    [12, "12 клиентов"],
    [21, "21 клиент"],
    [22, "22 клиента"],
    [25, "25 клиентов"],
    [101, "101 клиент"],
  ])("in Russian, three forms: %i → %s", (count, text) => {
    expect(pane("ru", count)).toBe(text);
  });

  it.each([
    ["en", 1, "1 client"],
    ["en", 2, "2 clients"],
    ["en", 0, "0 clients"],
    ["es", 1, "1 cliente"],
    ["es", 5, "5 clientes"],
    ["es", 1000000, "1000000 clientes"],
  ] as const)("in %s: %i → %s", (language, count, text) => {
    expect(pane(language, count)).toBe(text);
  });

  it.each([
    ["en", [1, 2, 1], "1 segment × 2 products, 1 target"],
    ["ru", [1, 3, 5], "1 сегмент × 3 продукта, 5 целей"],
    ["ru", [21, 12, 2], "21 сегмент × 12 продуктов, 2 цели"],
    ["es", [1, 4, 1], "1 segmento × 4 productos, 1 objetivo"],
  ] as const)("counts a portrait's size in %s: %j → %s", (language, [segments, products, targets], text) => {
    const i18n = createI18n(language);
    const counted = (key: string, count: number) =>
      i18n.t(`portrait.summary.${key}`, { count, n: String(count) });
    expect(
      i18n.t("portrait.summary.size", {
        segments: counted("segments", segments),
        products: counted("products", products),
        marks: counted("targets", targets),
      }),
    ).toBe(text);
  });

  it.each([
    ["en", 1, ["1 data row", "(1 period by month)", "activity window 3 periods"]],
    ["en", 3, ["3 data rows", "(3 periods by month)"]],
    ["ru", 1, ["1 строка данных", "(1 период по месяцам)", "окно активности 3 периода"]],
    ["ru", 5, ["5 строк данных", "(5 периодов по месяцам)"]],
    ["es", 1, ["1 fila de datos", "(1 periodo por mes)", "ventana de actividad 3 periodos"]],
  ] as const)("in the command line's summary (%s, %i months of sales)", async (language, months, parts) => {
    const dir = tempDir();
    const file = path.join(dir, "sales.csv");
    const rows = Array.from({ length: months }, (_, m) => ["Acme", `2024-0${m + 1}-10`, 100 + m]);
    writeFileSync(file, ["Client,Date,Amount", ...rows.map((row) => row.join(","))].join("\n"));
    const outcome = await runCli([file, "--lang", language], { cwd: dir, env: {} });
    expect(outcome.stderr).toBe("");
    expect(outcome.exitCode).toBe(0);
    for (const part of parts) expect(outcome.stdout).toContain(part);
  });

  it.each([
    ["en", 1, 3, "Give one cell, not 1 row × 3 columns"],
    ["ru", 2, 5, "Укажите одну ячейку, а не 2 строки × 5 столбцов"],
    ["ru", 21, 1, "Укажите одну ячейку, а не 21 строка × 1 столбец"],
    ["es", 1, 2, "Indique una celda, no 1 fila × 2 columnas"],
  ] as const)("in what a function says of a range's size (%s, %i × %i)", (language, rows, cols, text) => {
    expect(functionMessage({ code: "notOneValue", rows, cols }, language)).toBe(text);
  });

  it("in the core's words too: 1 месяц, 3 месяца, 14 месяцев", () => {
    const ru = getLocale("ru");
    expect([1, 3, 14, 21].map((n) => `${n} ${countedWord(n, ru.granularity.counted.month, ru)}`)).toEqual([
      "1 месяц",
      "3 месяца",
      "14 месяцев",
      "21 месяц",
    ]);
  });
});
