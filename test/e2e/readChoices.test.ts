import { join } from "path";
import { ARTIFACTS, PANE, viewPage } from "./support/viewPage";

/** The Data step's notes and read choices in Debian's Chromium at the task pane's 350 px, in every language. */

let view: Awaited<ReturnType<typeof viewPage>>;

beforeAll(async () => {
  view = await viewPage("readChoicesViewEntry.tsx");
}, 120_000);

afterAll(async () => {
  await view?.close();
});

describe("the Data step's notes and read choices", () => {
  it.each([
    ["en", "A2:C7", "day/month/year", "month/day/year", /Subtotal rows 5, 7/],
    ["ru", "A2:C7", "день/месяц/год", "месяц/день/год", /Строки промежуточных итогов 5, 7/],
    ["es", "A2:C7", "día/mes/año", "mes/día/año", /Las filas de subtotal 5, 7/],
  ])("fits the 350 px pane in %s, and choosing the other day order drops the note", async (lang, range, dmy, mdy, subtotals) => {
    const page = await view.browser.newPage({ viewport: PANE });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`file://${join(view.dir, "index.html")}?lang=${lang}`);
    await page.getByRole("radio", { name: range }).waitFor({ timeout: 30_000 });
    expect(await page.getByText(subtotals).count()).toBe(1);
    expect(await page.getByRole("radio", { name: dmy }).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
    await page.screenshot({ path: join(ARTIFACTS, `${lang}-light-read-choices.png`), fullPage: true });
    const before = await page.locator("li").count();
    await page.getByRole("radio", { name: mdy }).click();
    await page.waitForFunction((n) => document.querySelectorAll("li").length === n, before - 1);
    expect(await page.getByRole("radio", { name: mdy }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
