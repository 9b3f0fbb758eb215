import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { CATALOGS } from "../../src/locales";
import { productionBuild } from "./support/productionBuild";
import { salesWorkbook } from "./support/salesWorkbook";
import { serveFolder, type StaticServer } from "./support/staticServer";

/**
 * The standalone pane on 100,000 sales, in Debian's Chromium against the production build. The file is
 * loaded, run and given its portrait while the page's thread is watched with the Long Tasks API from the
 * moment the file is chosen: no task may hold it 250 ms or more, and the progress bar must move through
 * several values in each step. Then the same file afresh: a run cancelled halfway must leave nothing.
 * The figures (longest task, progress values, tasks over 50 ms) go to test-artifacts/e2e/long-tasks.json.
 *
 * `SEGMENTA_E2E_DIST=folder` measures another build (an older one, for the README's "before").
 */

const ROOT = join(__dirname, "../..");
const ARTIFACTS = join(ROOT, "test-artifacts/e2e");
const LONGEST_TASK_MS = 250;
const SALES = 100_000;
const STEP_MS = 240_000;
const en = CATALOGS.en.pane;

let server: StaticServer;
let file: string;
let context: BrowserContext;
let page: Page;
let profileDir = "";

declare global {
  interface Window {
    /** Long tasks seen since the page opened: start and duration, ms. */
    __longTasks: { start: number; duration: number }[];
    /** Every value the progress bars showed. */
    __progress: string[];
  }
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const dist = process.env.SEGMENTA_E2E_DIST ?? productionBuild(join(ROOT, "test-artifacts/dist-e2e"));
  server = await serveFolder(dist);
  file = join(ARTIFACTS, "sales-100k.xlsx");
  if (!existsSync(file)) writeFileSync(file, salesWorkbook({ sales: SALES, clients: 5_000, months: 24, products: 20 }));
  const profile = mkdtempSync(join(tmpdir(), "segmenta-e2e-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    viewport: { width: 350, height: 1000 },
    locale: "en-US",
  });
  profileDir = profile;
  page = context.pages()[0] ?? (await context.newPage());
  await page.route(/^https:\/\//, (route) => route.abort());
  await page.addInitScript(() => {
    window.__longTasks = [];
    window.__progress = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
    const seen = () => {
      for (const bar of document.querySelectorAll('[role="progressbar"]')) {
        const value = bar.getAttribute("aria-valuenow");
        if (value !== null && window.__progress[window.__progress.length - 1] !== value) window.__progress.push(value);
      }
    };
    new MutationObserver(seen).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-valuenow"] });
  });
  await page.goto(`${server.url}/taskpane.html?standalone=1`);
  await page.getByRole("heading", { name: en.detect.table.title }).waitFor({ timeout: 60_000 });
}, 600_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true, maxRetries: 5 });
});

/** Long tasks that began after `since` (ms on the page's clock). */
const longTasksSince = (since: number) =>
  page.evaluate((t) => window.__longTasks.filter((task) => task.start >= t), since);

/** Distinct progress values shown since the list was last emptied, then empties it. */
async function progressShown(): Promise<number[]> {
  const values = await page.evaluate(() => window.__progress.splice(0));
  return [...new Set(values.map(Number))];
}

const step = (name: string) => page.getByRole("tab", { name, exact: true }).first();

describe("the standalone pane on 100,000 sales", () => {
  it("loads, runs and builds the portrait without holding the page 250 ms, with progress that moves", async () => {
    const since = await page.evaluate(() => performance.now());
    await progressShown();

    // Choosing the file: the bar appears at once and moves while the worker reads.
    await page.getByTestId("workbook-file").setInputFiles(file);
    await page.getByText("Workbook: sales-100k.xlsx").waitFor();
    await page.getByRole("heading", { name: en.detect.table.title }).waitFor({ timeout: STEP_MS });
    const loading = await progressShown();
    const now = () => page.evaluate(() => performance.now());
    const marks: Record<string, number> = { chosen: since, loaded: await now() };

    await step(en.app.tabs.run).click();
    await page.getByRole("button", { name: en.run.start.button, exact: true }).click();
    await page.getByRole("button", { name: en.run.download.button }).waitFor({ timeout: STEP_MS });
    const running = await progressShown();
    marks.ran = await now();

    await step(en.app.tabs.portrait).click();
    await page.getByRole("switch", { name: en.portrait.suggest.label }).check();
    await page.getByRole("button", { name: en.portrait.create.button }).click();
    await page.getByRole("button", { name: en.portrait.goTargets.button }).waitFor({ timeout: STEP_MS });
    const portrait = await progressShown();
    marks.portrait = await now();

    const tasks = await longTasksSince(since);
    const longest = Math.max(0, ...tasks.map((t) => t.duration));
    const figures = { longestTaskMs: Math.round(longest), progress: { loading, running, portrait }, marks, tasks };
    writeFileSync(join(ARTIFACTS, "long-tasks.json"), JSON.stringify(figures, null, 2));
    console.log(`longest task on the page's thread: ${figures.longestTaskMs} ms (${tasks.length} tasks over 50 ms)`);
    for (const values of [loading, running, portrait]) expect(values.length).toBeGreaterThanOrEqual(4);
    expect(longest).toBeLessThan(LONGEST_TASK_MS);
  }, 900_000);

  it("stops a run at Cancel and leaves nothing: no result, the sheet as it was, and the next run goes through", async () => {
    // The same file afresh, so that nothing of Segmenta's is in it yet.
    await page.getByTestId("workbook-file").setInputFiles(file);
    await page.getByRole("heading", { name: en.detect.table.title }).waitFor({ timeout: STEP_MS });
    await step(en.app.tabs.run).click();
    await progressShown();
    await page.getByRole("button", { name: en.run.start.button, exact: true }).click();
    // Halfway: the sheet read, the classes being worked out or the file being written.
    await page.waitForFunction((least) => window.__progress.some((v) => Number(v) >= least), 0.4, { timeout: STEP_MS });
    await page.getByRole("button", { name: en.run.cancel.button }).click();
    await page.getByText(en.run.cancelled).waitFor({ timeout: 30_000 });
    expect(await page.getByRole("button", { name: en.run.download.button }).count()).toBe(0);
    await step(en.app.tabs.detect).click();
    const preview = page.getByRole("region", { name: /Cells of Sales/ });
    await preview.waitFor();
    const header = await preview.locator("tbody tr").first().textContent();
    expect(header).toMatch(/Client.*Date.*Amount/);
    expect(header).not.toMatch(/ABC/);

    await step(en.app.tabs.run).click();
    await page.getByRole("button", { name: en.run.start.button, exact: true }).click();
    await page.getByRole("button", { name: en.run.download.button }).waitFor({ timeout: STEP_MS });
  }, 900_000);
});
