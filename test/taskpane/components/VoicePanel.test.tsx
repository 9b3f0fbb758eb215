/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeHost, sheetOf } from "../support/fakeHost";
import { renderApp } from "../support/renderApp";
import { stubResizeObserver } from "../support/resizeObserver";
import { VOICE_SALES, VOICE_SURVEY } from "../../support/voiceWorkbook";
import type { Grid } from "../../../src/core";

beforeAll(stubResizeObserver);

describe("the Satisfaction step", () => {
  it("reads the survey from a sheet the user picks, shows who to call first, and adds only the sheet still missing", async () => {
    const user = userEvent.setup();
    const survey = sheetOf("Опрос 2024", VOICE_SURVEY as Grid);
    const host = fakeHost(sheetOf("Sales", VOICE_SALES as Grid), {
      workbook: { sheetNames: ["Sales", "Опрос 2024"], owned: [], others: { "Опрос 2024": survey } },
    });
    renderApp(host);
    await screen.findByText("Sales!A1:E13");
    await user.click(screen.getByRole("tab", { name: "Satisfaction" }));
    expect(await screen.findByText(/Not in this workbook yet: Complaints, Survey\./)).toBeTruthy();

    await user.click(screen.getByRole("combobox", { name: "Survey sheet" }));
    await user.click(screen.getByRole("option", { name: "Опрос 2024" }));
    await waitFor(() => expect(screen.getByText(/Not in this workbook yet: Complaints\./)).toBeTruthy());
    expect(host.extraReads.at(-1)).toEqual(["Опрос 2024"]);

    await user.click(screen.getByRole("button", { name: "Run the classification" }));
    const attention = await screen.findByRole("table", { name: "Call first" });
    expect(attention.textContent).toContain("a");
    expect(screen.getByText("A score of 2 is open discontent, a 3 hidden discontent: both are handled like a complaint.")).toBeTruthy();
    expect(host.extraReads.at(-1)).toEqual(["Опрос 2024"]);

    await user.click(screen.getByRole("button", { name: "Add the sheets" }));
    await waitFor(() => expect(screen.getByText(/^Added: Complaints\./)).toBeTruthy());
    const added = host.written.at(-1)?.ops.flatMap((o) => (o.kind === "sheet" ? [o.sheet] : []));
    expect(added).toEqual(["Complaints"]);
  });
});
