import { join } from "path";
import type { Page } from "playwright-core";
import { ARTIFACTS, PANE, viewPage } from "./support/viewPage";

/** The step tabs in Debian's Chromium at the task pane's 350 px: one line in every language, with the pane's steps and one more. */

let view: Awaited<ReturnType<typeof viewPage>>;

beforeAll(async () => {
  view = await viewPage("stepTabsEntry.tsx");
}, 120_000);

afterAll(async () => {
  await view?.close();
});

/** The top edge of every step tab in view. */
const tabTops = (page: Page) =>
  page.getByRole("tab").evaluateAll((tabs) =>
    tabs.filter((t) => (t as HTMLElement).offsetParent !== null).map((t) => Math.round(t.getBoundingClientRect().top)),
  );

/**
 * The tabs in view once the layout has settled: the "more" menu loads after the pane starts, and when
 * it arrives it takes room, so one more step may move behind it.
 */
async function settledTops(page: Page): Promise<number[]> {
  let last = "";
  for (let i = 0; i < 20; i++) {
    const tops = await tabTops(page);
    const menus = await page.getByRole("button", { name: /More steps|Другие шаги|Más pasos/ }).count();
    const now = `${tops.length}/${menus}`;
    if (now === last) return tops;
    last = now;
    await page.waitForTimeout(250);
  }
  throw new Error("the step tabs never settled");
}

describe("the step tabs", () => {
  it.each(["en", "ru", "es"])(
    "stay on one line at 350 px in %s, the steps that do not fit behind a menu",
    async (lang) => {
      for (const more of ["0", "1"]) {
        const page = await view.browser.newPage({ viewport: PANE });
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(e.message));
        await page.goto(`file://${join(view.dir, "index.html")}?lang=${lang}&more=${more}&selected=run`);
        await page.getByRole("tablist").waitFor({ timeout: 30_000 });
        const tops = await settledTops(page);
        expect(new Set(tops).size).toBe(1);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
        const menu = page.getByRole("button", { name: /More steps|Другие шаги|Más pasos/ });
        // How many steps the page was given (the pane's own, and one more).
        const total = Number(await page.getByTestId("steps").textContent());
        if ((await menu.count()) > 0) {
          // Every step is either a tab in view or an item of the menu, and the selected one is in view.
          await menu.click();
          const items = await page.getByRole("menuitem").count();
          expect(tops.length + items).toBe(total);
          expect(await page.getByRole("tab", { selected: true }).isVisible()).toBe(true);
          await page.screenshot({ path: join(ARTIFACTS, `${lang}-tabs-${total}-menu.png`) });
          await page.getByRole("menuitem").last().click();
          expect(await page.getByRole("tab", { selected: true }).isVisible()).toBe(true);
          expect(new Set(await tabTops(page)).size).toBe(1);
        } else expect(tops.length).toBe(total);
        await page.screenshot({ path: join(ARTIFACTS, `${lang}-tabs-${total}.png`) });
        expect(errors).toEqual([]);
        await page.close();
      }
    },
    60_000,
  );
});
