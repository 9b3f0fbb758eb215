/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PORTRAIT_MARKERS, type WritePlan } from "../../../src/core";
import { fakeHost, PRODUCT_SALES, sheetOf, UNNAMED_PRODUCT_SALES, WIDE_SALES } from "../support/fakeHost";
import { renderApp } from "../support/renderApp";

/** The sheets a plan creates or rewrites, in order. */
const sheetsOf = (plan: WritePlan | undefined) => (plan?.ops ?? []).flatMap((op) => (op.kind === "sheet" ? [op.sheet] : []));

/** The values a plan writes to `sheet`, flattened. */
const writtenOn = (plan: WritePlan | undefined, sheet: string) =>
  (plan?.ops ?? []).flatMap((op) => (op.kind === "values" && op.range.sheet === sheet ? op.values.flat() : []));

async function openPortrait(host: ReturnType<typeof fakeHost>) {
  const user = userEvent.setup();
  renderApp(host);
  await screen.findByText(/^Sales!A1:E/);
  await user.click(screen.getByRole("tab", { name: "Portrait" }));
  // The step's code loads when it is first opened.
  await waitFor(() => expect(screen.queryByTestId("step-loading")).toBeNull());
  return user;
}

describe("the Portrait step", () => {
  it("shows the segment and product columns Segmenta found", async () => {
    await openPortrait(fakeHost(sheetOf("Sales", PRODUCT_SALES)));
    expect(screen.getByRole("combobox", { name: /Segment column/ }).textContent).toBe("C · Segment");
    expect(screen.getByRole("combobox", { name: /Product column/ }).textContent).toBe("D · Product");
  });

  it("creates the portrait sheets with suggested targets, then shows the top gaps and the least developed clients", async () => {
    const host = fakeHost(sheetOf("Sales", PRODUCT_SALES));
    const user = await openPortrait(host);
    await user.click(screen.getByRole("switch", { name: "Suggest targets" }));
    await user.click(screen.getByRole("button", { name: "Create portrait sheets" }));

    expect(await screen.findByRole("table", { name: "Top gaps per segment" })).toBeTruthy();
    expect(host.written).toHaveLength(1);
    expect(sheetsOf(host.written[0])).toEqual(
      expect.arrayContaining(["Ideal portrait", "Actual", "Client products", "Development plan", "Portrait check"]),
    );
    // Suggested: what at least half of a segment's active clients buy (Retail: milk, bread; Horeca: coffee, tea).
    expect(screen.getByText(/2 segments × 4 products, 4 targets/)).toBeTruthy();

    const gaps = screen.getByRole("table", { name: "Top gaps per segment" });
    const rows = within(gaps)
      .getAllByRole("row")
      .slice(1)
      .map((row) => row.textContent);
    // Horeca: one of two buys tea; Retail: two of three buy bread.
    expect(rows).toEqual(["Horeca", "Tea50%1", "Retail", "Bread66.7%1"]);

    // Beta and Echo buy one of their segment's two targets; the others buy both.
    const lowest = screen.getByRole("table", { name: "Least developed clients" });
    const cells = within(lowest)
      .getAllByRole("row")
      .slice(1, 3)
      .map((row) => [within(row).getByRole("rowheader").textContent, ...within(row).getAllByRole("cell").map((c) => c.textContent)]);
    expect(cells).toEqual([
      ["BetaRetail", "50%1 of 2", "Bread"],
      ["EchoHoreca", "50%1 of 2", "Tea"],
    ]);
  });

  it("leads to the target sheet and to the plan", async () => {
    const host = fakeHost(sheetOf("Sales", PRODUCT_SALES));
    const user = await openPortrait(host);
    await user.click(screen.getByRole("button", { name: "Create portrait sheets" }));
    await user.click(await screen.findByRole("button", { name: "Go to the target sheet" }));
    await user.click(screen.getByRole("button", { name: "Go to the plan" }));
    expect(host.selected.map((r) => r.sheet)).toEqual(["Ideal portrait", "Development plan"]);
  });

  it("says how to mark targets when none is marked yet", async () => {
    const host = fakeHost(sheetOf("Sales", PRODUCT_SALES));
    const user = await openPortrait(host);
    await user.click(screen.getByRole("button", { name: "Create portrait sheets" }));
    expect(await screen.findByText(/No target is marked yet.*“Ideal portrait”/)).toBeTruthy();
    expect(screen.queryByRole("table", { name: "Top gaps per segment" })).toBeNull();
  });

  it("offers suggestions and says Update no more once the target sheet exists", async () => {
    const host = fakeHost(sheetOf("Sales", PRODUCT_SALES));
    const user = await openPortrait(host);
    expect(screen.getByRole("switch", { name: "Suggest targets" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Create portrait sheets" }));
    await screen.findByRole("button", { name: "Go to the target sheet" });
    expect(screen.queryByRole("switch", { name: "Suggest targets" })).toBeNull();
    expect(screen.getByRole("button", { name: "Update portrait sheets" })).toBeTruthy();
    // A column role changed afterwards does not bring suggestions back: the sheet holds the user's marks now.
    await user.click(screen.getByRole("combobox", { name: /Segment column/ }));
    await user.click(screen.getByRole("option", { name: "B · Client" }));
    await waitFor(() => expect(screen.getByRole("combobox", { name: /Segment column/ }).textContent).toBe("B · Client"));
    expect(screen.queryByRole("switch", { name: "Suggest targets" })).toBeNull();
    expect(screen.getByRole("button", { name: "Update portrait sheets" })).toBeTruthy();
  });

  it("takes the product column the user picks, then writes the portrait", async () => {
    const host = fakeHost(sheetOf("Sales", UNNAMED_PRODUCT_SALES));
    const user = await openPortrait(host);
    expect(screen.getByText(/needs a product column/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Create portrait sheets" }).hasAttribute("disabled")).toBe(true);
    await user.click(screen.getByRole("combobox", { name: /Product column/ }));
    await user.click(screen.getByRole("option", { name: "D · Line" }));
    await waitFor(() => expect(screen.getByRole("combobox", { name: /Product column/ }).textContent).toBe("D · Line"));
    await user.click(screen.getByRole("button", { name: "Create portrait sheets" }));
    await screen.findByRole("button", { name: "Go to the target sheet" });
    expect(writtenOn(host.written[0], "Ideal portrait")).toEqual(expect.arrayContaining(["Bread", "Coffee", "Milk", "Tea"]));
    expect(host.saved.at(-1)?.overrides).toMatchObject({ product: "D" });
  });

  it("writes nothing and says why when the target sheet exists but was not read", async () => {
    const host = fakeHost(sheetOf("Sales", PRODUCT_SALES), {
      workbook: {
        sheetNames: ["Sales", "My targets"],
        owned: [{ name: PORTRAIT_MARKERS.portrait, range: { sheet: "My targets", row: 0, col: 0, rows: 3, cols: 3 } }],
      },
    });
    const user = await openPortrait(host);
    expect(screen.queryByRole("switch", { name: "Suggest targets" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Update portrait sheets" }));
    expect(await screen.findByText("No portrait was written")).toBeTruthy();
    expect(screen.getByText(/My targets/)).toBeTruthy();
    expect(host.written).toHaveLength(0);
  });

  it("lists what is in the way and writes nothing", async () => {
    const host = fakeHost(sheetOf("Sales", PRODUCT_SALES), { blocks: [{ code: "protected", sheet: "Actual" }] });
    const user = await openPortrait(host);
    await user.click(screen.getByRole("button", { name: "Create portrait sheets" }));
    expect(await screen.findByText("Nothing was written")).toBeTruthy();
    expect(screen.getByText("The sheet Actual is protected: unprotect it and run again.")).toBeTruthy();
    expect(host.written).toHaveLength(0);
  });

  it("takes the whole base as one segment when the table has no segment column", async () => {
    const withoutSegment = PRODUCT_SALES.map((row) => row.filter((_, c) => c !== 2));
    const host = fakeHost(sheetOf("Sales", withoutSegment));
    const user = userEvent.setup();
    renderApp(host);
    await screen.findByText(/^Sales!A1:D/);
    await user.click(screen.getByRole("tab", { name: "Portrait" }));
    expect(await screen.findByText("Without a segment column the whole base is one segment, “All clients”.")).toBeTruthy();
    await user.click(screen.getByRole("switch", { name: "Suggest targets" }));
    await user.click(screen.getByRole("button", { name: "Create portrait sheets" }));
    // Milk: 3 of 5 clients, Bread, Tea and Coffee: 2 of 5 each; only Milk is suggested.
    expect(await screen.findByText(/1 segment × 4 products, 1 target/)).toBeTruthy();
    const gaps = screen.getByRole("table", { name: "Top gaps per segment" });
    expect(within(gaps).getAllByRole("row").map((row) => row.textContent)).toEqual(
      expect.arrayContaining(["All clients", "Milk60%2"]),
    );
  });

  it("does not ask to turn on suggestions that were on when none could be made", async () => {
    const scattered = [["Date", "Client", "Product", "Amount"], ...["Milk", "Tea", "Coffee"].flatMap((p, i) =>
      [1, 2, 3].map((m) => [`2024-0${m}-15`, `Client ${i}`, p, 10]))];
    const host = fakeHost(sheetOf("Sales", scattered));
    const user = userEvent.setup();
    renderApp(host);
    await screen.findByText(/^Sales!A1:D/);
    await user.click(screen.getByRole("tab", { name: "Portrait" }));
    await user.click(await screen.findByRole("switch", { name: "Suggest targets" }));
    await user.click(screen.getByRole("button", { name: "Create portrait sheets" }));
    expect(await screen.findByText(/so none was suggested/)).toBeTruthy();
    expect(screen.queryByText(/turn on/)).toBeNull();
  });

  it("tells a table without products that the portrait needs one", async () => {
    await openPortraitWide();
    expect(screen.getByText(/needs a product column/)).toBeTruthy();
  });
});

async function openPortraitWide() {
  const user = userEvent.setup();
  renderApp(fakeHost(sheetOf("Sales", WIDE_SALES)));
  await screen.findByText("Sales!A1:G5");
  await user.click(screen.getByRole("tab", { name: "Portrait" }));
  await waitFor(() => expect(screen.queryByTestId("step-loading")).toBeNull());
}
