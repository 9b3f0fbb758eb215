import { join } from "path";
import { ARTIFACTS, PANE, viewPage } from "./support/viewPage";

/** The pane's Satisfaction step in Debian's Chromium at the task pane's 350 px, in every language. */

let view: Awaited<ReturnType<typeof viewPage>>;

beforeAll(async () => {
  view = await viewPage("voiceViewEntry.tsx");
}, 120_000);

afterAll(async () => {
  await view?.close();
});

describe("the Satisfaction step", () => {
  it.each([
    ["en", "Complaints and satisfaction", "Total", "Add the sheets"],
    ["ru", "Жалобы и удовлетворённость", "Итого", "Добавить листы"],
    ["es", "Quejas y satisfacción", "Total", "Añadir las hojas"],
  ])(
    "fits the 350 px pane in %s: the attention list first, then the managers, or the button that adds the sheets",
    async (lang, title, total, add) => {
      for (const tables of ["yes", "no"]) {
        const page = await view.browser.newPage({ viewport: PANE });
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(e.message));
        await page.goto(`file://${join(view.dir, "index.html")}?lang=${lang}&tables=${tables}`);
        await page.getByRole("heading", { name: title }).waitFor({ timeout: 30_000 });
        if (tables === "yes") {
          const captions = await page.locator("caption").allTextContents();
          expect(captions).toHaveLength(2);
          // The attention list comes first: a (A, score 3), c (B, open complaint, 2), d (C, open complaint).
          const first = page.locator("table").first().getByRole("rowheader");
          expect(await first.count()).toBe(3);
          expect(await page.getByRole("rowheader", { name: total, exact: true }).count()).toBe(1);
          expect(await page.getByRole("button", { name: add }).count()).toBe(0);
        } else {
          expect(await page.locator("table").count()).toBe(0);
          expect(await page.getByRole("button", { name: add }).count()).toBe(1);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
        await page.screenshot({ path: join(ARTIFACTS, `${lang}-light-voice-${tables}.png`), fullPage: true });
        expect(errors).toEqual([]);
        await page.close();
      }
    },
    60_000,
  );
});
