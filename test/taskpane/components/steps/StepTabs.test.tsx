/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { BeakerRegular } from "@fluentui/react-icons";
import { PANE_STEPS, type PaneStep } from "../../../../src/taskpane/components/steps/paneSteps";
import { StepTabs } from "../../../../src/taskpane/components/steps/StepTabs";
import { renderInPane } from "../../support/renderInPane";
import { stubResizeObserver } from "../../support/resizeObserver";

beforeAll(stubResizeObserver);

describe("StepTabs", () => {
  it("shows one tab per step, in order, in the pane's language", () => {
    renderInPane(<StepTabs steps={PANE_STEPS} selected="run" lang="ru" onSelect={() => undefined} />, "ru");
    const tabs = ["Данные", "Настройки", "Запуск", "Удовлетворённость", "Команда", "История", "Портрет"].map((name) => screen.getByRole("tab", { name }));
    expect(screen.getAllByRole("tab")).toEqual(tabs);
    expect(screen.getByRole("tab", { selected: true })).toBe(tabs[2]);
  });

  it("takes a new step as one more entry", async () => {
    const user = userEvent.setup();
    const chosen: string[] = [];
    const trial: PaneStep = { id: "trial", icon: BeakerRegular, label: () => "Trial", panel: () => null };
    renderInPane(<StepTabs steps={[...PANE_STEPS, trial]} selected="detect" lang="en" onSelect={(id) => chosen.push(id)} />);
    await user.click(screen.getByRole("tab", { name: "Trial" }));
    expect(chosen).toEqual(["trial"]);
  });
});
