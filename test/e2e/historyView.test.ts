import { join } from "path";
import { ARTIFACTS, PANE, viewPage } from "./support/viewPage";

/** The pane's History step in Debian's Chromium at the task pane's 350 px, in every language. */

let view: Awaited<ReturnType<typeof viewPage>>;

beforeAll(async () => {
  view = await viewPage("historyViewEntry.tsx");
}, 120_000);

afterAll(async () => {
  await view?.close();
});

describe("the History step", () => {
  it.each([
    ["en", "Class history", "Compute the history anyway"],
    ["ru", "История классов", "Всё равно посчитать историю"],
    ["es", "Historial de clases", "Calcular el historial de todos modos"],
  ])(
    "fits the 350 px pane in %s, with both matrices and the lists, and says why it is off for a large table",
    async (lang, title, turnOn) => {
      for (const off of ["no", "yes"]) {
        const page = await view.browser.newPage({ viewport: PANE });
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(e.message));
        await page.goto(`file://${join(view.dir, "index.html")}?lang=${lang}&off=${off}`);
        if (off === "no") {
          await page.getByRole("heading", { name: title }).waitFor({ timeout: 30_000 });
          // Two 4 × 4 matrices (their row headers) and at least one client in a list.
          expect(await page.getByRole("table").count()).toBe(4);
          expect(await page.getByRole("rowheader").count()).toBeGreaterThan(8);
        } else {
          await page.getByRole("button", { name: turnOn }).waitFor({ timeout: 30_000 });
          expect(await page.getByText("250").count()).toBeGreaterThan(0);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          PANE.width,
        );
        await page.screenshot({
          path: join(ARTIFACTS, `${lang}-light-history-${off === "yes" ? "off" : "on"}.png`),
          fullPage: true,
        });
        expect(errors).toEqual([]);
        await page.close();
      }
    },
    60_000,
  );
});
