import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { CATALOGS } from "../../../src/locales";
import { newWorkbook, workbookBytes } from "../../support/exceljs/exceljsWorkbook";
import { serveFolder, type StaticServer } from "../../e2e/support/staticServer";
import { pseudo, UNACCENTED } from "./pseudoLocale";

/**
 * The standalone task pane in the pseudo-locale, in Chromium at 350 px, on Russian data (so any plain
 * Latin word on screen bypassed the catalog). Screenshots of every tab land in
 * test-artifacts/pseudo-pane/ to be looked at: lengthened words show where the pane clips.
 */

const ROOT = join(__dirname, "../../..");
const OUT = join(ROOT, "test-artifacts/pseudo-pane");
const PANE = { width: 350, height: 1000 };
const en = CATALOGS.en.pane;

/** Shared terms, class letters, and what the sample workbook itself holds. */
const ALLOWED = new Set(["ABC", "XYZ", "CV", "SCI", "xlsx", "Segmenta"]);

let server: StaticServer;
let context: BrowserContext;
let page: Page;
let profile: string;
const errors: string[] = [];

/** The page's text and labels, leaving out the cells of the grid previews (the user's data). */
async function shownText(): Promise<string> {
  return page.evaluate(() => {
    const tables = Array.from(document.querySelectorAll<HTMLElement>("table"));
    for (const table of tables) table.style.display = "none";
    const text = document.body.innerText;
    for (const table of tables) table.style.display = "";
    const labels = Array.from(document.querySelectorAll("[aria-label],[placeholder],[title]"), (el) =>
      ["aria-label", "placeholder", "title"].map((a) => el.getAttribute(a) ?? "").join("\n"),
    );
    return [text, ...labels].join("\n");
  });
}

/** Month names (`Intl` gives them for the language's tag). */
const MONTHS = Array.from({ length: 12 }, (_, m) =>
  new Intl.DateTimeFormat("en-US", { month: "short", timeZone: "UTC" }).format(Date.UTC(2024, m, 1)),
);

/** Lines with a plain Latin word, once the user's data is left out: file names, cell addresses, class pairs. */
function plainLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) =>
      line
        .replace(/\S+\.xlsx/g, " ")
        .replace(/\b[A-Z]{1,3}\d*\b/g, " ")
        .replace(/\b[ABC][XYZ]\b/g, " "),
    )
    .filter((line) =>
      (line.match(UNACCENTED) ?? []).some((word) => !ALLOWED.has(word) && !MONTHS.includes(word)),
    );
}

/** Elements wider than the pane or whose text is cut, by their text. */
async function clipped(): Promise<string[]> {
  return page.evaluate((width) => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      if (el.closest("table")) continue;
      const box = el.getBoundingClientRect();
      const text = (el.innerText ?? "").trim().slice(0, 60);
      if (box.width > 0 && box.right > width + 1 && text) found.push(`overflows: ${text}`);
      const style = getComputedStyle(el);
      if (
        el.children.length === 0 &&
        text &&
        el.scrollWidth > el.clientWidth + 1 &&
        style.overflow === "hidden"
      )
        found.push(`cut: ${text}`);
    }
    // A unit after a number (%) is one line, however long its word.
    for (const unit of Array.from(document.querySelectorAll<HTMLElement>(".fui-Input__contentAfter")))
      if (unit.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(unit).lineHeight))
        found.push(`wraps: ${unit.innerText}`);
    return [...new Set(found)];
  }, PANE.width);
}

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, "assets"), { recursive: true });
  const bundle = (entry: string, outfile: string) =>
    build({
      entryPoints: [join(__dirname, entry)],
      bundle: true,
      outfile: join(OUT, outfile),
      platform: "browser",
      format: "iife",
      jsx: "automatic",
      define: { "process.env.NODE_ENV": '"production"' },
      logLevel: "error",
      // The engine's worker is webpack's to find; here it is built beside the page, in the pseudo-locale too.
      plugins: [
        {
          name: "pseudo-worker",
          setup(b) {
            b.onResolve({ filter: /\/startEngineWorker$/ }, () => ({ path: join(__dirname, "startPseudoWorker.js") }));
          },
        },
      ],
    });
  await bundle("paneEntry.ts", "pane.js");
  await bundle("workerEntry.ts", "engine.js");
  const html = readFileSync(join(ROOT, "src/taskpane/taskpane.html"), "utf8")
    .replace(/<script src="<%= officeJs %>"[^>]*><\/script>/, "")
    .replace("</body>", '<script src="pane.js"></script></body>');
  writeFileSync(join(OUT, "taskpane.html"), html);
  // Russian data under the sample's name: the page opens it first.
  copyFileSync(join(ROOT, "assets/sample-ru.xlsx"), join(OUT, "assets/sample-en.xlsx"));
  server = await serveFolder(OUT);
  profile = mkdtempSync(join(tmpdir(), "segmenta-pseudo-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
    ],
    viewport: PANE,
    locale: "en-US",
  });
  page = context.pages()[0] ?? (await context.newPage());
  await page.route(/^https:\/\//, (route) => route.abort());
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.url}/taskpane.html?standalone=1`);
  await page.getByRole("heading", { name: pseudo(en.detect.table.title) }).waitFor({ timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe("the task pane in the pseudo-locale at 350 px", () => {
  const tabs = [
    ["detect", en.app.tabs.detect],
    ["settings", en.app.tabs.settings],
    ["run", en.app.tabs.run],
    ["portrait", en.app.tabs.portrait],
  ] as const;

  /** Opens a step: its tab when in view, else through the "more steps" menu the longer words push it into. */
  async function openStep(label: string): Promise<void> {
    const tab = page.getByRole("tab", { name: pseudo(label) });
    if (await tab.isVisible()) return tab.click();
    await page.getByRole("button", { name: pseudo(en.app.tabs.more) }).click();
    await page.getByRole("menuitem", { name: pseudo(label) }).click();
  }

  async function check(name: string): Promise<void> {
    await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
    expect(plainLines(await shownText())).toEqual([]);
    expect(await clipped()).toEqual([]);
    expect(errors).toEqual([]);
  }

  it.each(tabs)("shows the %s tab in the catalog's words, within the pane", async (name, label) => {
    await openStep(label);
    await page.waitForTimeout(300);
    if (name === "run") {
      await page.getByRole("button", { name: pseudo(en.run.start.button) }).click();
      await page.getByRole("button", { name: pseudo(en.run.download.button) }).waitFor({ timeout: 60_000 });
    }
    await check(name);
  });

  /** A Russian sales log with products, as a file; `bad` adds a row whose amount is a word. */
  async function salesLog(name: string, bad: boolean): Promise<string> {
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet("Журнал");
    sheet.addRow(["Клиент", "Дата", "Сумма", "Сегмент", "Товар"]);
    const clients = ["Ромашка", "Луч", "Вектор", "Заря", "Исток"];
    for (let m = 1; m <= 6; m++)
      clients.forEach((client, i) => {
        const segment = i < 3 ? "Опт" : "Розница";
        sheet.addRow([client, new Date(Date.UTC(2024, m - 1, 15)), 100 * (i + 1) + m, segment, "Молоко"]);
        if (i % 2 === 0) sheet.addRow([client, new Date(Date.UTC(2024, m - 1, 20)), 40, segment, "Хлеб"]);
      });
    if (bad) sheet.addRow(["Луч", new Date(Date.UTC(2024, 5, 25)), "абв", "Опт", "Хлеб"]);
    const file = join(OUT, name);
    writeFileSync(file, await workbookBytes(workbook));
    return file;
  }

  async function open(file: string, name: string): Promise<void> {
    await openStep(en.app.tabs.detect);
    await page.getByTestId("workbook-file").setInputFiles(file);
    await page.getByText(name).first().waitFor({ timeout: 30_000 });
    await page.getByRole("heading", { name: pseudo(en.detect.table.title) }).waitFor({ timeout: 30_000 });
  }

  it("lists an unreadable amount in the catalog's words", async () => {
    await open(await salesLog("ошибка.xlsx", true), "ошибка.xlsx");
    await check("log-issues");
  });

  it("shows a portrait of a sales log in the catalog's words", async () => {
    await open(await salesLog("журнал.xlsx", false), "журнал.xlsx");
    await openStep(en.app.tabs.portrait);
    await page.getByRole("switch", { name: pseudo(en.portrait.suggest.label) }).check();
    await page.getByRole("button", { name: pseudo(en.portrait.create.button) }).click();
    await page
      .getByRole("button", { name: pseudo(en.portrait.goTargets.button) })
      .waitFor({ timeout: 30_000 });
    await check("log-portrait");
  }, 90_000);

  it("lists the languages in the catalog's words", async () => {
    await page.getByRole("combobox", { name: pseudo(en.app.language.label) }).click();
    await page.getByRole("listbox").waitFor();
    await check("language");
    await page.keyboard.press("Escape");
  });
});
