import { join } from "path";
import { ARTIFACTS, PANE, viewPage } from "./support/viewPage";

/** The pane's funnel view in Debian's Chromium at the task pane's 350 px, in every language. */

let view: Awaited<ReturnType<typeof viewPage>>;

beforeAll(async () => {
  view = await viewPage("funnelViewEntry.tsx");
}, 120_000);

afterAll(async () => {
  await view?.close();
});

describe("the funnel view", () => {
  it.each([
    ["en", "Funnel of the development plan", "presentation"],
    ["ru", "Воронка плана развития", "презентация"],
    ["es", "Embudo del plan de desarrollo", "presentación"],
  ])(
    "fits the 350 px pane in %s, with its stages, refusals and overdue rows",
    async (lang, title, stage) => {
      const page = await view.browser.newPage({ viewport: PANE });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`file://${join(view.dir, "index.html")}?lang=${lang}`);
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
      const page = await view.browser.newPage({ viewport: PANE });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`file://${join(view.dir, "index.html")}?lang=${lang}&view=sci`);
      await page.getByText(words, { exact: false }).waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
      await page.screenshot({ path: join(ARTIFACTS, `${lang}-light-sci.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    },
    60_000,
  );
});
