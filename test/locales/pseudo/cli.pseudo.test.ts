import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../../src/cli/runCli";
import { loadWorkbook, snapshotFromWorkbook } from "../../support/exceljs/exceljsWorkbook";
import { russianWideWorkbook, tempDir } from "../../fixtures/cliFiles";
import { UNACCENTED, usePseudoLocale } from "./pseudoLocale";

/**
 * The command line and the sheets it writes, in the pseudo-locale, on data with no Latin words: any
 * run of plain Latin letters in the output is a text that bypassed the catalog.
 */

/**
 * What may show unaccented: shared terms, file types, encoding names (codes such as `utf-8`), and
 * month names, which `Intl` gives for the language's tag.
 */
const ALLOWED = new Set([
  "utf",
  "windows",
  "ABC",
  "XYZ",
  "CV",
  "SCI",
  "xlsx",
  "csv",
  "json",
  ...Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat("en-US", { month: "short", timeZone: "UTC" }).format(Date.UTC(2024, m, 1)),
  ),
]);

function hardCoded(text: string, dir: string): string[] {
  return text
    .replaceAll(dir, "")
    .split("\n")
    .filter((line) => (line.match(UNACCENTED) ?? []).some((word) => !ALLOWED.has(word)));
}

beforeAll(() => usePseudoLocale());

describe("the pseudo-locale through the command line", () => {
  it("summarises a wide workbook with every word from the catalog", async () => {
    const dir = tempDir();
    const file = path.join(dir, "продажи.xlsx");
    await russianWideWorkbook(file);
    const outcome = await runCli([file, "--lang", "en"], { cwd: dir, env: {} });
    expect(outcome.stderr).toBe("");
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toMatch(/Ŵîñðöŵ/);
    expect(hardCoded(outcome.stdout, dir)).toEqual([]);
  });

  it("summarises a sales log and a portrait with every word from the catalog", async () => {
    const dir = tempDir();
    const rows: (string | number)[][] = [["Клиент", "Дата", "Сумма", "Сегмент", "Товар"]];
    for (let m = 1; m <= 6; m++)
      for (const [client, segment, product, amount] of [
        ["Ромашка", "Опт", "Молоко", 100 + m],
        ["Луч", "Опт", "Хлеб", 50 * m],
        ["Вектор", "Розница", "Молоко", m % 2 ? 0 : 40],
      ] as const)
        rows.push([client, `2024-0${m}-15`, amount, segment, product]);
    const file = path.join(dir, "журнал.csv");
    writeFileSync(file, rows.map((row) => row.join(",")).join("\n"));
    const outcome = await runCli([file, "--lang", "en", "--portrait", "--suggest"], { cwd: dir, env: {} });
    expect(outcome.exitCode).toBe(0);
    expect(hardCoded(outcome.stdout + outcome.stderr, dir)).toEqual([]);
  });

  it("refuses in the catalog's words", async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "папка"));
    const missing = await runCli([path.join(dir, "нет.csv"), "--lang", "en"], { cwd: dir, env: {} });
    expect(missing.exitCode).toBe(2);
    expect(hardCoded(missing.stderr, dir)).toEqual([]);
    const file = path.join(dir, "пусто.csv");
    writeFileSync(file, "Клиент;Сумма\nРомашка;абв\n");
    const bad = await runCli([file, "--lang", "en"], { cwd: dir, env: {} });
    expect(bad.exitCode).toBe(2);
    expect(hardCoded(bad.stderr, dir)).toEqual([]);
    // A usage error: the option is the user's, the rest the catalog's (it was commander's English).
    const usage = await runCli([file, "--lang", "en", "--фильтр"], { cwd: dir, env: {} });
    expect(usage.exitCode).toBe(2);
    expect(usage.stderr).toContain("--фильтр");
    expect(hardCoded(usage.stderr.replace(/--help/g, ""), dir)).toEqual([]);
  });

  it("writes sheets whose every text is the catalog's", async () => {
    const dir = tempDir();
    const file = path.join(dir, "продажи.xlsx");
    await russianWideWorkbook(file);
    const out = path.join(dir, "итог.xlsx");
    const outcome = await runCli([file, "--lang", "en", "--out", out], { cwd: dir, env: {} });
    expect(outcome.exitCode).toBe(0);
    const workbook = await loadWorkbook(readFileSync(out));
    const texts = workbook.worksheets.flatMap((sheet) => {
      const values: string[] = [sheet.name];
      sheet.eachRow((row) =>
        row.eachCell((cell) => values.push(typeof cell.value === "string" ? cell.value : "")),
      );
      return values;
    });
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((text) => hardCoded(text, dir).length > 0)).toEqual([]);
    expect(snapshotFromWorkbook(workbook)).not.toBeNull();
  });
});
