/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { analyseWorkbook, DEFAULT_SETTINGS, type CellValue, type Language } from "../../../src/core";
import { TeamView } from "../../../src/taskpane/components/TeamView";
import { createI18n } from "../../../src/taskpane/i18n/createI18n";
import { memoryWorkbook, snapshotOf } from "../../support/memoryWorkbook";
import { stubResizeObserver } from "../support/resizeObserver";

const withManagers: CellValue[][] = [
  ["Client", "Date", "Amount", "Manager"],
  ["Acme", "2024-01-10", 100, "Ivanov"],
  ["Acme", "2024-03-10", 200, "Petrova"],
  ["Bolt", "2024-03-12", 50, ""],
];

function renderTeam(lang: Language, values: CellValue[][], hasManagerColumn: boolean) {
  const analysis = analyseWorkbook(snapshotOf(memoryWorkbook({ Sales: { values } }), "Sales"), {
    settings: DEFAULT_SETTINGS,
    lang,
    plan: false,
  });
  const calls = { write: 0, choose: 0 };
  render(
    <I18nextProvider i18n={createI18n(lang)}>
      <FluentProvider theme={webLightTheme}>
        <TeamView
          team={analysis.team!}
          granularity="month"
          hasManagerColumn={hasManagerColumn}
          onWrite={() => calls.write++}
          onChooseManager={() => calls.choose++}
        />
      </FluentProvider>
    </I18nextProvider>,
  );
  return calls;
}

beforeAll(stubResizeObserver);

describe("TeamView", () => {
  it("credits Acme to the manager of its latest sale and adds a total row", () => {
    const calls = renderTeam("en", withManagers, true);
    const rows = screen.getAllByRole("rowheader").map((r) => r.textContent);
    expect(rows).toEqual(["Petrova", "(no manager)", "Total"]);
    expect(screen.queryByText(/choose the manager column/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Update team sheets" }));
    expect(calls.write).toBe(1);
  });

  it("says every client counts as (no manager) without a manager column, and opens the column choice", () => {
    const calls = renderTeam(
      "ru",
      withManagers.map((r) => r.slice(0, 3)),
      false,
    );
    expect(
      screen.getByText("Все клиенты считаются «(без менеджера)»; выберите столбец менеджера."),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Столбец менеджера" }));
    expect(calls.choose).toBe(1);
    expect(screen.getAllByRole("rowheader").map((r) => r.textContent)).toEqual(["(без менеджера)", "Итого"]);
  });
});
