/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeHost, PRODUCT_SALES, sheetOf, WIDE_SALES, WIDE_WITH_WORD } from "../support/fakeHost";
import { renderApp } from "../support/renderApp";
import { stubResizeObserver } from "../support/resizeObserver";

beforeAll(stubResizeObserver);

describe("App", () => {
  it("shows the table found, its layout and its columns", async () => {
    renderApp(fakeHost(sheetOf("Sales", WIDE_SALES)));
    expect(await screen.findByText("Sales!A1:G5")).toBeTruthy();
    expect(screen.getByText("one column per period")).toBeTruthy();
    expect(screen.getByRole("combobox", { name: /^A · Client/ })).toBeTruthy();
    expect(screen.getByText(/4 period columns \(D–G\)/)).toBeTruthy();
  });

  it("takes the table from the sheet the user picks, with that sheet's own columns", async () => {
    const user = userEvent.setup();
    const host = fakeHost(sheetOf("Clients", WIDE_SALES), { moreSheets: [sheetOf("Sales", PRODUCT_SALES)] });
    renderApp(host);
    await screen.findByText("Clients!A1:G5");
    const picker = screen.getByRole("combobox", { name: /^Sheet/ });
    expect(picker.textContent).toBe("Clients");
    await user.click(picker);
    await user.click(screen.getByRole("option", { name: "Sales" }));
    expect(await screen.findByText(/^Sales!A1:E/)).toBeTruthy();
    expect(host.usedSheets).toEqual(["Sales"]);
    expect(screen.getByRole("combobox", { name: /^D · Product/ })).toBeTruthy();
  });

  it("shows no sheet picker in a workbook of one sheet", async () => {
    renderApp(fakeHost(sheetOf("Sales", WIDE_SALES)));
    await screen.findByText("Sales!A1:G5");
    expect(screen.queryByRole("combobox", { name: /^Sheet/ })).toBeNull();
  });

  it("changes a column's role from its dropdown", async () => {
    const user = userEvent.setup();
    renderApp(fakeHost(sheetOf("Sales", WIDE_SALES)));
    const manager = await screen.findByRole("combobox", { name: /^C · Manager/ });
    await user.click(manager);
    await user.click(screen.getByRole("option", { name: "Segment" }));
    await waitFor(() =>
      expect(screen.getByRole("combobox", { name: /^C · Manager/ }).textContent).toContain("Segment"),
    );
    expect(screen.getAllByText("Your choice").length).toBe(1);
  });

  it("lists input errors with a button that selects the cell", async () => {
    const user = userEvent.setup();
    const host = fakeHost(sheetOf("Sales", WIDE_WITH_WORD));
    renderApp(host);
    expect(await screen.findByText(/1 input error/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Select Sales!E3" }));
    expect(host.selected).toEqual([{ sheet: "Sales", row: 2, col: 4, rows: 1, cols: 1 }]);
  });

  it("checks the thresholds as the user types", async () => {
    const user = userEvent.setup();
    renderApp(fakeHost(sheetOf("Sales", WIDE_SALES)));
    await user.click(screen.getByRole("tab", { name: "Settings" }));
    const a = await screen.findByRole("textbox", { name: "A ends at" });
    await user.clear(a);
    await user.type(a, "90");
    expect(await screen.findByText(/must be below/i)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "80 / 95" }));
    expect((screen.getByRole("textbox", { name: "A ends at" }) as HTMLInputElement).value).toBe("80");
    expect(screen.queryByText(/must be below/i)).toBeNull();
  });

  it("runs and sums the result up per class, with the ABC×XYZ table", async () => {
    const user = userEvent.setup();
    const host = fakeHost(sheetOf("Sales", WIDE_SALES));
    renderApp(host);
    await screen.findByText("Sales!A1:G5");
    await user.click(screen.getByRole("tab", { name: "Run" }));
    await user.click(await screen.findByRole("button", { name: "Run" }));
    expect(await screen.findByText("4 clients", { exact: false })).toBeTruthy();
    expect(host.written.length).toBe(1);
    const table = screen.getByRole("table", { name: "Clients in ABC × XYZ" });
    const rowA = within(table).getByRole("row", { name: /^A / });
    expect(
      within(rowA)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["1", "0", "0", "0"]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { name: /^Result/ })));
    await user.click(screen.getByRole("button", { name: "Go to the results" }));
    expect(host.selected[0]?.sheet).toBe("Sales");
  });

  it("shows the run's progress while Excel writes, where Cancel is off and the write finishes whole", async () => {
    const user = userEvent.setup();
    const host = fakeHost(sheetOf("Sales", WIDE_SALES), { holdWrite: true });
    renderApp(host);
    await screen.findByText("Sales!A1:G5");
    await user.click(screen.getByRole("tab", { name: "Run" }));
    await user.click(await screen.findByRole("button", { name: "Run" }));
    const bar = await screen.findByRole("progressbar", { name: "Writing the results…" });
    expect(Number(bar.getAttribute("aria-valuenow"))).toBeGreaterThanOrEqual(0.5);
    expect(screen.getByRole("button", { name: "Run" }).hasAttribute("disabled")).toBe(true);
    const cancel = screen.getByRole("button", { name: "Cancel" });
    expect(cancel.getAttribute("aria-disabled")).toBe("true");
    await user.click(cancel);
    act(() => host.release());
    expect(await screen.findByRole("button", { name: "Run again" })).toBeTruthy();
    expect(screen.queryByText("The run was cancelled.")).toBeNull();
    expect(host.written).toHaveLength(1);
  });

  it("writes nothing and names the cells in the way", async () => {
    const user = userEvent.setup();
    const host = fakeHost(sheetOf("Sales", WIDE_SALES), {
      blocks: [{ code: "blocked", sheet: "Sales", cells: ["H2", "H3"], count: 2 }],
    });
    renderApp(host);
    await screen.findByText("Sales!A1:G5");
    await user.click(screen.getByRole("tab", { name: "Run" }));
    await user.click(await screen.findByRole("button", { name: "Run" }));
    expect(
      await screen.findByText(/2 cells of yours on Sales are where Segmenta would write \(H2, H3\)/),
    ).toBeTruthy();
    expect(host.written).toEqual([]);
  });

  it("takes the manager from the Team step to the column roles, on the column without a role", async () => {
    const user = userEvent.setup();
    // "Contact" is no header Segmenta knows: the column has no role and no client has a manager.
    const sheet = WIDE_SALES.map((row, r) => (r === 0 ? row.map((v, c) => (c === 2 ? "Contact" : v)) : row));
    renderApp(fakeHost(sheetOf("Sales", sheet)));
    await screen.findByText("Sales!A1:G5");
    await user.click(screen.getByRole("tab", { name: "Run" }));
    await user.click(await screen.findByRole("button", { name: "Run" }));
    await screen.findByText("4 clients", { exact: false });
    await user.click(screen.getByRole("tab", { name: "Team" }));
    await user.click(await screen.findByRole("button", { name: "Manager column" }));
    expect(screen.getByRole("tab", { name: "Data" }).getAttribute("aria-selected")).toBe("true");
    const contact = screen.getByRole("combobox", { name: /^C · Contact/ });
    await waitFor(() => expect(document.activeElement).toBe(contact));
    // Only once: coming back to the Data step later leaves the focus alone.
    await user.click(screen.getByRole("tab", { name: "Settings" }));
    await user.click(screen.getByRole("tab", { name: "Data" }));
    expect(document.activeElement).not.toBe(screen.getByRole("combobox", { name: /^C · Contact/ }));
  });

  it("says in the Team step, as in Run, why its button is off while a setting is invalid", async () => {
    const user = userEvent.setup();
    renderApp(fakeHost(sheetOf("Sales", WIDE_SALES)));
    await screen.findByText("Sales!A1:G5");
    await user.click(screen.getByRole("tab", { name: "Settings" }));
    const a = await screen.findByRole("textbox", { name: "A ends at" });
    await user.clear(a);
    await user.type(a, "90");
    await user.click(screen.getByRole("tab", { name: "Team" }));
    expect(await screen.findByText(/Some settings need fixing/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Write team sheets" }).hasAttribute("disabled")).toBe(true);
  });

  it("speaks Russian when the user switches the language", async () => {
    const user = userEvent.setup();
    renderApp(fakeHost(sheetOf("Sales", WIDE_SALES)));
    await screen.findByText("Sales!A1:G5");
    await user.click(screen.getByRole("combobox", { name: "Language" }));
    await user.click(screen.getByRole("option", { name: "Русский" }));
    expect(await screen.findByRole("tab", { name: "Настройки" })).toBeTruthy();
    expect(screen.getByText("столбец на каждый период")).toBeTruthy();
  });
});
