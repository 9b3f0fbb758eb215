import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";

/** The pane's Team step in Debian's Chromium at the task pane's 350 px, in every language. */

const ROOT = join(__dirname, "../..");
const ARTIFACTS = join(ROOT, "test-artifacts/e2e");
const PANE = { width: 350, height: 900 };

let dir: string;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), "segmenta-team-"));
  await build({
    entryPoints: [join(__dirname, "support/teamViewEntry.tsx")],
    bundle: true,
    outfile: join(dir, "team.js"),
    format: "iife",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  writeFileSync(
    join(dir, "index.html"),
    '<!doctype html><meta charset="utf-8"><body style="margin:0"><div id="root"></div><script src="team.js"></script>',
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

describe("the Team step", () => {
  it.each([
    ["en", "Sales team", "(no manager)", "Total"],
    ["ru", "Отдел продаж", "(без менеджера)", "Итого"],
    ["es", "Equipo de ventas", "(sin gestor)", "Total"],
  ])(
    "fits the 350 px pane in %s, with each manager, the total and the health figures",
    async (lang, title, none, total) => {
      for (const managers of ["yes", "no"]) {
        const page = await browser.newPage({ viewport: PANE });
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(e.message));
        await page.goto(`file://${join(dir, "index.html")}?lang=${lang}&managers=${managers}`);
        await page.getByRole("heading", { name: title }).waitFor({ timeout: 30_000 });
        expect(await page.getByRole("rowheader", { name: none, exact: true }).count()).toBe(1);
        expect(await page.getByRole("rowheader", { name: total, exact: true }).count()).toBe(1);
        expect(await page.getByRole("rowheader").count()).toBe(managers === "yes" ? 5 : 2);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          PANE.width,
        );
        await page.screenshot({
          path: join(ARTIFACTS, `${lang}-light-team-${managers}.png`),
          fullPage: true,
        });
        expect(errors).toEqual([]);
        await page.close();
      }
    },
    60_000,
  );
});
