import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";

/** The pane's funnel view in Debian's Chromium at the task pane's 350 px, in every language. */

const ROOT = join(__dirname, "../..");
const ARTIFACTS = join(ROOT, "test-artifacts/e2e");
const PANE = { width: 350, height: 900 };

let dir: string;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), "segmenta-funnel-"));
  await build({
    entryPoints: [join(__dirname, "support/funnelViewEntry.tsx")],
    bundle: true,
    outfile: join(dir, "funnel.js"),
    format: "iife",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  writeFileSync(
    join(dir, "index.html"),
    '<!doctype html><meta charset="utf-8"><body style="margin:0"><div id="root"></div><script src="funnel.js"></script>',
  );
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the funnel view", () => {
  it.each([
    ["en", "Funnel of the development plan", "presentation"],
    ["ru", "Воронка плана развития", "презентация"],
    ["es", "Embudo del plan de desarrollo", "presentación"],
  ])(
    "fits the 350 px pane in %s, with its stages, refusals and overdue rows",
    async (lang, title, stage) => {
      const page = await browser.newPage({ viewport: PANE });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`file://${join(dir, "index.html")}?lang=${lang}`);
      await page.getByRole("heading", { name: title }).waitFor({ timeout: 30_000 });
      expect(await page.getByRole("rowheader", { name: stage, exact: true }).count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
      await page.screenshot({ path: join(ARTIFACTS, `${lang}-light-funnel.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    },
    60_000,
  );
});

describe("the reliability summary", () => {
  it.each([
    ["en", "A clients are at risk"],
    ["ru", "клиентов A в зоне риска"],
    ["es", "clientes A están en riesgo"],
  ])(
    "fits the 350 px pane in %s, naming the A clients at risk",
    async (lang, words) => {
      const page = await browser.newPage({ viewport: PANE });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`file://${join(dir, "index.html")}?lang=${lang}&view=sci`);
      await page.getByText(words, { exact: false }).waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
      await page.screenshot({ path: join(ARTIFACTS, `${lang}-light-sci.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    },
    60_000,
  );
});
