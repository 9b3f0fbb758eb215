/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { analyseWorkbook, DEFAULT_SETTINGS, type CellValue, type Language } from "../../../src/core";
import { SciSummary } from "../../../src/taskpane/components/SciSummary";
import { createI18n } from "../../../src/taskpane/i18n/createI18n";
import { memoryWorkbook, snapshotOf } from "../../support/memoryWorkbook";

const table: CellValue[][] = [
  ["Client", "2024-01", "2024-02", "2024-03", "SCI"],
  ["Acme", 300, 300, 300, 0.55],
  ["Bolt", 300, 300, 300, "60%"],
  ["Core", 10, 10, 10, 0.95],
  ["Dune", 5, 5, 5, null],
];

function renderSummary(lang: Language) {
  const analysis = analyseWorkbook(snapshotOf(memoryWorkbook({ Sales: { values: table } }), "Sales"), {
    settings: DEFAULT_SETTINGS,
    lang,
  });
  render(
    <I18nextProvider i18n={createI18n(lang)}>
      <FluentProvider theme={webLightTheme}>
        <SciSummary classification={analysis.classification!} />
      </FluentProvider>
    </I18nextProvider>,
  );
}

describe("SciSummary", () => {
  it("names the A clients at risk first and counts clients per band", () => {
    renderSummary("en");
    expect(screen.getByText("2 A clients are at risk: Acme, Bolt")).toBeTruthy();
    const list = document.querySelector('dl[aria-label="Reliability (SCI)"]')!;
    expect(list.textContent).toContain("secure1");
    expect(list.textContent).toContain("at risk2");
    expect(list.textContent).toContain("no SCI1");
  });

  it("speaks Russian with the count's own form", () => {
    renderSummary("ru");
    expect(screen.getByText("2 клиента A в зоне риска: Acme, Bolt")).toBeTruthy();
  });
});
