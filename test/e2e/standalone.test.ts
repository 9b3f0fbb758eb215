import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { readFile } from "fs/promises";
import { tmpdir } from "os";
import { basename, join } from "path";
import iconv from "iconv-lite";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { CATALOGS, LANGUAGES } from "../../src/locales";
import { loadWorkbook, snapshotFromWorkbook, workbookBytes } from "../support/exceljs/exceljsWorkbook";
import { openWorkbookReader, snapshotFromReader } from "../../src/xlsx/read";
import { openStep } from "./support/openStep";
import { productionBuild } from "./support/productionBuild";
import { serveFolder, type StaticServer } from "./support/staticServer";

/**
 * The standalone task pane end to end, in Debian's Chromium against the production build: load the
 * sample, change a column role, run, check the written cells, download, run again on the download.
 */

const ROOT = join(__dirname, "../..");
const ARTIFACTS = join(ROOT, "test-artifacts/e2e");
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const PANE = { width: 350, height: 1000 };

let server: StaticServer;
const profiles: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  // SEGMENTA_E2E_DIST: test a build made elsewhere (CI's dist/) as it is.
  const dist = process.env.SEGMENTA_E2E_DIST ?? productionBuild(join(ROOT, "test-artifacts/dist-e2e"));
  if (!existsSync(join(dist, "assets/sample-en.xlsx")))
    throw new Error(`${dist} has no assets/sample-en.xlsx: the standalone mode opens it first`);
  server = await serveFolder(dist);
}, 300_000);

afterAll(async () => {
  await server?.close();
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

async function openPane(options: {
  locale: string;
  colorScheme: "light" | "dark";
  query?: string;
}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const profile = mkdtempSync(join(tmpdir(), "segmenta-e2e-"));
  profiles.push(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    viewport: PANE,
    locale: options.locale,
    colorScheme: options.colorScheme,
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // No network here: office.js from the CDN fails at once, as it does on any machine without Office.
  await page.route(/^https:\/\//, (route) => route.abort());
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.url}/taskpane.html${options.query ?? "?standalone=1"}`);
  return { context, page, errors };
}

/** The cell texts of every row of the grid preview (without the row numbers). */
async function previewRows(page: Page): Promise<string[][]> {
  const rows = page.getByRole("region", { name: /Cells of|Ячейки листа/ }).locator("tbody tr");
  return rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent ?? "")));
}

/** The header row of Segmenta's results (the row holding "ABC") and the classes below it. */
async function writtenResults(page: Page): Promise<{ header: string[]; classes: string[] }> {
  const rows = await previewRows(page);
  const at = rows.findIndex((row) => row.includes("ABC"));
  expect(at).toBeGreaterThanOrEqual(0);
  const header = rows[at];
  const column = header.indexOf("ABC");
  return { header, classes: rows.slice(at + 1).map((row) => row[column]) };
}

async function run(page: Page, runLabel: RegExp): Promise<void> {
  await page.getByRole("tab", { name: /Run|Запуск/ }).click();
  await page.getByRole("button", { name: runLabel }).click();
  await page
    .getByRole("button", { name: /Download the result|Скачать результат/ })
    .waitFor({ timeout: 60_000 });
}

/** The bundled sample with its sales log (segments and products) as the first sheet, as a manager's file. */
async function salesWithProducts(): Promise<string> {
  const workbook = await loadWorkbook(await readFile(join(ROOT, "assets/sample-en.xlsx")));
  for (const sheet of [...workbook.worksheets]) if (sheet.name !== "Sales") workbook.removeWorksheet(sheet.id);
  if (workbook.worksheets.length !== 1) throw new Error("the sample has no Sales sheet");
  const path = join(ARTIFACTS, "sales-products.xlsx");
  writeFileSync(path, await workbookBytes(workbook));
  return path;
}

describe("the standalone task pane", () => {
  it("reads the sample, takes a column role, runs, downloads, and runs again on the download without duplicates", async () => {
    const { context, page, errors } = await openPane({ locale: "en-US", colorScheme: "light" });
    try {
      await page.getByRole("heading", { name: "Table found" }).waitFor({ timeout: 60_000 });
      await page.screenshot({ path: join(ARTIFACTS, "en-light-detect.png"), fullPage: true });

      // Change a column role: the manager column (the sample's "Sales Rep") becomes the segment.
      await page
        .getByRole("combobox", { name: /Sales Rep/ })
        .first()
        .click();
      await page.getByRole("option", { name: "Segment", exact: true }).click();
      await page.getByText("Your choice").waitFor();

      await run(page, /^Run$/);
      await page.screenshot({ path: join(ARTIFACTS, "en-light-run.png"), fullPage: true });

      const { header, classes } = await writtenResults(page);
      expect(header.filter((text) => text === "ABC")).toHaveLength(1);
      expect(classes.filter((c) => c === "A").length).toBeGreaterThan(0);
      expect(classes.every((c) => ["A", "B", "C", ""].includes(c))).toBe(true);

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download the result" }).click(),
      ]);
      // Saved beside the input, never under its name.
      expect(download.suggestedFilename()).toBe("sample-en (Segmenta).xlsx");
      const saved = join(ARTIFACTS, "result.xlsx");
      await download.saveAs(saved);
      // The file holds what the preview showed: Segmenta's header once, on its client sheet (a sales log's results).
      const written = snapshotFromWorkbook(await loadWorkbook(await readFile(saved)), CATALOGS.en.core.sheets.clients);
      expect(written?.active.values.flat().filter((v) => v === "ABC")).toHaveLength(1);

      // Run again on the downloaded file: Segmenta's columns are rewritten in place, never added twice.
      await page.getByTestId("workbook-file").setInputFiles(saved);
      // The pane now holds the file as saved, under the name it was saved as.
      await page.getByText(`Workbook: ${basename(saved)}`).waitFor();
      await page.getByRole("heading", { name: "Table found" }).waitFor();
      await run(page, /^Run( again)?$/);
      const again = await writtenResults(page);
      expect(again.header).toEqual(header);
      expect(again.classes).toEqual(classes);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it("opens a CSV saved by a Russian Excel (windows-1251, ';'), runs, writes it as a new workbook and downloads it as .xlsx", async () => {
    const names = ["ООО Ромашка", "ИП Иванов", "ЗАО Альфа-Сервис", "Торговый дом Север", "Кафе Берёзка"];
    const lines = ["Клиент;Янв 2024;Фев 2024;Мар 2024;Апр 2024"];
    for (let i = 0; i < 30; i++) lines.push(`${names[i % 5]} ${i + 1};${(i * 37) % 101},50;${(i * 13) % 17};${i % 5};${30 - i}`);
    const csv = join(ARTIFACTS, "продажи.csv");
    writeFileSync(csv, iconv.encode(`${lines.join("\r\n")}\r\n`, "win1251"));
    const { context, page, errors } = await openPane({ locale: "ru-RU", colorScheme: "light" });
    try {
      await page.getByRole("heading", { name: "Найдена таблица" }).waitFor({ timeout: 60_000 });
      await page.getByTestId("workbook-file").setInputFiles(csv);
      await page.getByText("Книга: продажи.csv").waitFor();
      // Read as the command line reads it: the encoding detected (its detector loaded for this file) and named.
      await page.getByText("Файл прочитан в кодировке windows-1251.").waitFor({ timeout: 60_000 });
      expect((await previewRows(page)).flat()).toContain("ООО Ромашка 1");
      await page.screenshot({ path: join(ARTIFACTS, "ru-light-csv-detect.png"), fullPage: true });

      await run(page, /^Запустить$/);
      await page.getByText("Книга: продажи.xlsx").waitFor();
      const { classes } = await writtenResults(page);
      expect(classes.filter((c) => c === "A").length).toBeGreaterThan(0);
      await page.screenshot({ path: join(ARTIFACTS, "ru-light-csv-run.png"), fullPage: true });

      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Скачать результат" }).click()]);
      expect(download.suggestedFilename()).toBe("продажи (Segmenta).xlsx");
      const saved = join(ARTIFACTS, "csv-result.xlsx");
      await download.saveAs(saved);
      const reader = openWorkbookReader(await readFile(saved));
      expect(reader.sheetNames).toEqual(expect.arrayContaining(["продажи", CATALOGS.ru.core.sheets.matrix]));
      const data = snapshotFromReader(reader, "продажи")!.active.values;
      expect(data[0]).toContain("ABC");
      expect(data[1][0]).toBe("ООО Ромашка 1");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it("creates the portrait sheets from a sales log with products, shows them, and keeps the targets on an update", async () => {
    const { context, page, errors } = await openPane({ locale: "en-US", colorScheme: "light" });
    try {
      await page.getByRole("heading", { name: "Table found" }).waitFor({ timeout: 60_000 });
      await page.getByTestId("workbook-file").setInputFiles(await salesWithProducts());
      await page.getByText("Workbook: sales-products.xlsx").waitFor();
      await page.getByRole("heading", { name: "Table found" }).waitFor();

      await page.getByRole("tab", { name: "Portrait" }).click();
      expect(await page.getByRole("combobox", { name: /Segment column/ }).textContent()).toMatch(/· Segment$/);
      expect(await page.getByRole("combobox", { name: /Product column/ }).textContent()).toMatch(/· Product$/);
      await page.getByRole("switch", { name: "Suggest targets" }).check();
      await page.getByRole("button", { name: "Create portrait sheets" }).click();
      await page.getByRole("button", { name: "Go to the target sheet" }).waitFor({ timeout: 60_000 });
      const size = await page.getByRole("heading", { name: /^Portrait · / }).textContent();
      expect(size).toMatch(/\d+ targets/);

      // The preview opens on the target sheet: segments down, products across, the suggested marks.
      const preview = page.getByRole("region", { name: "Cells of Ideal portrait" });
      await preview.waitFor();
      const targets = (await previewRows(page)).flat();
      for (const word of ["HoReCa", "Retail", "Coffee", "Tea"]) expect(targets).toContain(word);
      for (const sheet of ["Actual", "Client products", "Development plan", "Portrait check"])
        expect(await page.getByRole("tab", { name: sheet, exact: true }).count()).toBe(1);
      await page.getByRole("table", { name: "Top gaps per segment" }).waitFor();
      await page.screenshot({ path: join(ARTIFACTS, "en-light-portrait.png"), fullPage: true });

      await page.getByRole("tab", { name: "Development plan", exact: true }).click();
      await page.getByRole("region", { name: "Cells of Development plan" }).waitFor();
      expect((await previewRows(page))[0]).toEqual(expect.arrayContaining(["Client", "Product"]));
      await page.getByRole("region", { name: "Cells of Development plan" }).screenshot({ path: join(ARTIFACTS, "en-light-portrait-plan.png") });

      // An update reads the target sheet back: no suggestions on offer, the same targets.
      expect(await page.getByRole("switch", { name: "Suggest targets" }).count()).toBe(0);
      await page.getByRole("button", { name: "Update portrait sheets" }).click();
      await page.getByRole("region", { name: "Cells of Ideal portrait" }).waitFor({ timeout: 60_000 });
      expect(await page.getByRole("heading", { name: /^Portrait · / }).textContent()).toBe(size);

      // The same step in Russian: the longest words must still fit the narrow pane.
      await page.getByRole("combobox", { name: "Language" }).click();
      await page.getByRole("option", { name: "Русский" }).click();
      await page.getByRole("button", { name: "Обновить листы портрета" }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
      await page.screenshot({ path: join(ARTIFACTS, "ru-light-portrait.png"), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it.each(LANGUAGES.map((lang) => [lang]))(
    "in %s, the Team step's manager column button opens the column roles at the column to change",
    async (lang) => {
      const words = CATALOGS[lang];
      const { context, page, errors } = await openPane({ locale: lang, colorScheme: "light" });
      try {
        await page.getByRole("heading", { name: words.pane.detect.table.title }).waitFor({ timeout: 60_000 });
        // The step tabs come first; the cell preview below has a tab per sheet (a "Team" sheet too).
        const step = (name: string) => page.getByRole("tab", { name, exact: true }).first();
        await step(words.pane.app.tabs.run).click();
        await page.getByRole("button", { name: words.pane.run.start.button, exact: true }).click();
        await page.getByRole("button", { name: words.pane.run.download.button }).waitFor({ timeout: 60_000 });
        await openStep(page, words.team.pane.step);
        await page.getByRole("button", { name: words.team.pane.chooseManager }).click();
        expect(await step(words.pane.app.tabs.detect).getAttribute("aria-selected")).toBe("true");
        // The focus lands on a role dropdown of the Columns section.
        await page.waitForFunction(
          (title) =>
            document.querySelector(`section[aria-label="${title}"]`)?.contains(document.activeElement) === true &&
            document.activeElement?.getAttribute("role") === "combobox",
          words.pane.detect.roles.title,
          { timeout: 10_000 },
        );
        // In view in the 350 px pane, without scrolling by hand.
        const box = await page.evaluate(() => document.activeElement?.getBoundingClientRect().toJSON() as DOMRect);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(PANE.height);
        await page.screenshot({ path: join(ARTIFACTS, `${lang}-light-team-choose-manager.png`) });
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    180_000,
  );

  it("runs standalone by itself when office.js cannot load", async () => {
    const { context, page, errors } = await openPane({ locale: "es-ES", colorScheme: "light", query: "" });
    try {
      await page.getByRole("heading", { name: "Tabla encontrada" }).waitFor({ timeout: 60_000 });
      expect(await page.getByRole("tab", { name: "Ajustes" }).count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it.each([
    ["en-US", "dark"],
    ["ru-RU", "light"],
    ["ru-RU", "dark"],
  ] as const)(
    "looks right in %s with the %s theme",
    async (locale, colorScheme) => {
      const { context, page } = await openPane({ locale, colorScheme });
      try {
        const lang = locale.slice(0, 2);
        await page
          .getByRole("heading", { name: lang === "ru" ? "Найдена таблица" : "Table found" })
          .waitFor({ timeout: 60_000 });
        await page.screenshot({ path: join(ARTIFACTS, `${lang}-${colorScheme}-detect.png`), fullPage: true });
        await openStep(page, lang === "ru" ? "Настройки" : "Settings");
        await page.screenshot({
          path: join(ARTIFACTS, `${lang}-${colorScheme}-settings.png`),
          fullPage: true,
        });
        await run(page, lang === "ru" ? /^Запустить$/ : /^Run$/);
        await page.screenshot({ path: join(ARTIFACTS, `${lang}-${colorScheme}-run.png`), fullPage: true });
        const background = await page.evaluate(
          () => getComputedStyle(document.querySelector(".fui-FluentProvider") as Element).backgroundColor,
        );
        const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
        const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        if (colorScheme === "dark") expect(luminance).toBeLessThan(0.3);
        else expect(luminance).toBeGreaterThan(0.8);
      } finally {
        await context.close();
      }
    },
    120_000,
  );
});
