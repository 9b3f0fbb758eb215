import type { Page } from "playwright-core";

/**
 * Opens a step of the pane by its label: its tab when in view, else through the "more steps" menu
 * that holds the steps a narrow pane has no room for. The first tab of that name is the step's (the
 * preview below has a tab per sheet, a "Team" sheet too).
 */
export async function openStep(page: Page, label: string): Promise<void> {
  const tab = page.getByRole("tab", { name: label, exact: true }).first();
  if (await tab.isVisible()) return tab.click();
  await page.getByRole("button", { name: /More steps|Другие шаги|Más pasos/ }).click();
  await page.getByRole("menuitem", { name: label, exact: true }).click();
}
