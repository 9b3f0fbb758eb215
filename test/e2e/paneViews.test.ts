import { mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium, type Page } from "playwright-core";
import { CATALOGS, LANGUAGES, type Language } from "../../src/locales";
import { openStep } from "./support/openStep";
import { productionBuild } from "./support/productionBuild";
import { serveFolder, type StaticServer } from "./support/staticServer";

/**
 * Every step of the standalone pane at 350 px in each language, on the sample the page opens:
 * screenshots a person looks at (test-artifacts/e2e/<lang>-views-*.png) and the checks that keep
 * them right (dates as dates, one line of steps, nothing wider than the pane).
 */

const ROOT = join(__dirname, "../..");
const ARTIFACTS = join(ROOT, "test-artifacts/e2e");
const PANE = { width: 350, height: 1000 };
const SHEETS: Record<Language, readonly [string, string]> = {
  en: ["Sales", "Clients by month"],
  ru: ["Продажи", "Клиенты по месяцам"],
  es: ["Ventas", "Clientes por mes"],
};

let server: StaticServer;
const profiles: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const dist = process.env.SEGMENTA_E2E_DIST ?? productionBuild(join(ROOT, "test-artifacts/dist-e2e"));
  server = await serveFolder(dist);
}, 300_000);

afterAll(async () => {
  await server?.close();
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

/** The texts of the preview's cells, row by row. */
const previewRows = (page: Page) =>
  page
    .locator("section[aria-label] table tbody tr")
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent ?? "")));

async function fits(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
  const tops = await page
    .getByRole("tablist", { name: /Steps|Шаги|Pasos/ })
    .getByRole("tab")
    .evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
}

describe("every view of the pane at 350 px", () => {
  it.each(LANGUAGES.map((lang) => [lang]))(
    "in %s: data (sheet picker, dates as dates), settings, results (picture, search, legend), team, portrait",
    async (lang) => {
      const words = CATALOGS[lang];
      const profile = mkdtempSync(join(tmpdir(), "segmenta-views-"));
      profiles.push(profile);
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: "/usr/bin/chromium",
        args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
        viewport: PANE,
        locale: lang,
        acceptDownloads: true,
      });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        await page.route(/^https:\/\//, (route) => route.abort());
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        await page.goto(`${server.url}/taskpane.html?standalone=1`);
        const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${lang}-views-${name}.png`), fullPage: true });
        const step = (name: string) => ({ click: () => openStep(page, name) });
        const [sales, wide] = SHEETS[lang];

        // The page opens the sample of its language on the sheet where every step works.
        await page.getByRole("heading", { name: words.pane.detect.table.title }).waitFor({ timeout: 60_000 });
        await page.getByText(`sample-${lang}.xlsx`, { exact: false }).first().waitFor();
        const picker = page.getByRole("combobox", { name: new RegExp(`^${words.pane.detect.sheet.label}`) });
        expect(await picker.textContent()).toBe(sales);
        const saleDates = (await previewRows(page)).slice(1, 4).map((row) => row[0]);
        for (const date of saleDates) expect(date).toMatch(/^\d{2}[./]\d{2}[./]\d{4}$/);
        await fits(page);
        await shot("data");

        // The wide sheet: its month headers are months, not serial numbers.
        await picker.click();
        await page.getByRole("option", { name: wide }).click();
        await page.getByRole("heading", { name: words.pane.detect.table.title }).waitFor();
        await page.waitForFunction((name) => document.body.textContent?.includes(`'${name}'!`), wide);
        const months = (row: readonly string[]) => row.filter((cell) => /2024/.test(cell)).length;
        const header = (await previewRows(page)).reduce<string[]>((best, row) => (months(row) > months(best) ? row : best), []);
        expect(header.filter((cell) => /2024/.test(cell)).length).toBeGreaterThan(10);
        expect(header.some((cell) => /^4\d[\s.,\u00a0]?\d{3}$/.test(cell))).toBe(false);
        await shot("data-wide");
        await picker.click();
        await page.getByRole("option", { name: sales }).click();
        await page.waitForFunction(
          (name) => [`${name}!`, `'${name}'!`].some((address) => document.body.textContent?.includes(address)),
          sales,
        );

        await step(words.pane.app.tabs.settings).click();
        await page.getByRole("heading", { name: words.pane.settings.abc.title }).waitFor();
        await fits(page);
        await shot("settings");

        // Run: the focus moves to the result; the picture, the search and the legend come with it.
        await step(words.pane.app.tabs.run).click();
        await page.getByRole("button", { name: words.pane.run.start.button, exact: true }).click();
        await page.getByRole("button", { name: words.pane.run.download.button }).waitFor({ timeout: 60_000 });
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H2");
        await page.getByRole("img", { name: new RegExp(`^${words.results.chart.title}`) }).waitFor();
        await page.getByRole("searchbox", { name: words.results.search.label }).fill(lang === "ru" ? "торг" : "a");
        expect(await page.getByRole("listitem").count()).toBeGreaterThan(0);
        await page.getByRole("button", { name: words.results.legend.title }).click();
        await fits(page);
        await shot("run");

        await step(words.team.pane.step).click();
        await page.getByRole("heading", { name: words.team.pane.heading }).waitFor({ timeout: 30_000 });
        await fits(page);
        await shot("team");

        await step(words.pane.app.tabs.portrait).click();
        await page.getByRole("switch", { name: words.pane.portrait.suggest.label }).check();
        await page.getByRole("button", { name: words.pane.portrait.create.button }).click();
        await page.getByRole("button", { name: words.pane.portrait.goTargets.button }).waitFor({ timeout: 60_000 });
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.getByRole("button", { name: words.pane.run.download.button }).click(),
        ]);
        expect(download.suggestedFilename()).toBe(`sample-${lang} (Segmenta).xlsx`);
        await fits(page);
        await shot("portrait");
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    240_000,
  );
});
