import { join } from "path";
import { ARTIFACTS, PANE, viewPage } from "./support/viewPage";

/** The pane's Team step in Debian's Chromium at the task pane's 350 px, in every language. */

let view: Awaited<ReturnType<typeof viewPage>>;

beforeAll(async () => {
  view = await viewPage("teamViewEntry.tsx");
}, 120_000);

afterAll(async () => {
  await view?.close();
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
        const page = await view.browser.newPage({ viewport: PANE });
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(e.message));
        await page.goto(`file://${join(view.dir, "index.html")}?lang=${lang}&managers=${managers}`);
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
