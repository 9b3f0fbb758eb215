/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Grid } from "../../../src/core";
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
});
