/** @jest-environment jsdom */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { DetectedTable, Grid } from "../../../src/core";
import { ReadChoices } from "../../../src/taskpane/components/ReadChoices";
import { NO_READ_CHOICE, type ReadChoice } from "../../../src/taskpane/state/segmentaReducer";
import { fakeHost, sheetOf } from "../support/fakeHost";
import { renderApp } from "../support/renderApp";
import { stubResizeObserver } from "../support/resizeObserver";

beforeAll(stubResizeObserver);

const TWO_TABLES: Grid = [
  ["Sales 2024"],
  ["Client", "Date", "Amount"],
  ["Alpha", "2024-01-05", 100],
  ["Beta", "2024-02-05", 50],
  [],
  ["Suppliers"],
  ["Supplier", "Manager", "Amount"],
  ["Gamma", "Ivanov", 10],
];

const AMBIGUOUS: Grid = [
  ["Client", "Date", "Amount"],
  ["Alpha", "01/02/2024", 100],
  ["Beta", "03/04/2024", 50],
];

describe("the Data step's read choices", () => {
  it("offers the two tables of a sheet and reads the one picked, saying so", async () => {
    const user = userEvent.setup();
    renderApp(fakeHost(sheetOf("Sales", TWO_TABLES)));
    expect(await screen.findByText(/holds two tables with different columns, A2:C4 and A6:C8/)).toBeTruthy();
    await user.click(screen.getByRole("radio", { name: "A2:C4" }));
    expect(await screen.findByText("Only the range A2:C4 is read.")).toBeTruthy();
    expect(screen.queryByText(/holds two tables with different columns/)).toBeNull();
    expect((screen.getByRole("radio", { name: "A2:C4" }) as HTMLInputElement).checked).toBe(true);
  });

  it("says which day order it assumed from Office's language and reads the other when chosen", async () => {
    const user = userEvent.setup();
    renderApp(fakeHost(sheetOf("Sales", AMBIGUOUS), { displayLanguage: "en-US" }));
    expect(await screen.findByText(/read as month\/day\/year/)).toBeTruthy();
    expect((screen.getByRole("radio", { name: "month/day/year" }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole("radio", { name: "day/month/year" }));
    await waitFor(() => expect(screen.queryByText(/could be read either way/)).toBeNull());
    expect((screen.getByRole("radio", { name: "day/month/year" }) as HTMLInputElement).checked).toBe(true);
  });

  it("offers the encodings of a CSV two explain as well, keeps offering both once one is picked, and only where the file can be read again", async () => {
    const user = userEvent.setup();
    const table = {
      sheet: "ventas",
      notes: [{ code: "encodingUsed", text: "windows-1252", others: ["windows-1251"] }],
    } as unknown as DetectedTable;
    const chosen: ReadChoice[] = [];
    const { rerender } = render(<ReadChoices table={table} issues={[]} choice={NO_READ_CHOICE} lang="en" onChoose={(c) => chosen.push(c)} canReadAs />);
    expect(screen.getByText("Read the file as")).toBeTruthy();
    expect((screen.getByRole("radio", { name: "windows-1252" }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole("radio", { name: "windows-1251" }));
    expect(chosen).toEqual([{ ...NO_READ_CHOICE, encodings: ["windows-1252", "windows-1251"], encoding: "windows-1251" }]);
    // Read in the encoding chosen, the note names no other: the choice stays, the one picked checked.
    const forced = { ...table, notes: [{ code: "encodingUsed", text: "windows-1251" }] } as DetectedTable;
    rerender(<ReadChoices table={forced} issues={[]} choice={chosen[0]} lang="en" onChoose={() => undefined} canReadAs />);
    expect((screen.getByRole("radio", { name: "windows-1251" }) as HTMLInputElement).checked).toBe(true);
    rerender(<ReadChoices table={table} issues={[]} choice={NO_READ_CHOICE} lang="en" onChoose={() => undefined} />);
    expect(screen.queryByText("Read the file as")).toBeNull();
  });
});
