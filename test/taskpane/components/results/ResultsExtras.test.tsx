/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { analyseWorkbook, DEFAULT_SETTINGS, type CellValue, type Language } from "../../../../src/core";
import { ResultsExtras } from "../../../../src/taskpane/components/results/ResultsExtras";
import { memoryWorkbook, snapshotOf } from "../../../support/memoryWorkbook";
import { renderInPane } from "../../support/renderInPane";
import { stubResizeObserver } from "../../support/resizeObserver";

beforeAll(stubResizeObserver);

const table: CellValue[][] = [
  ["Client", "Manager", "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "SCI"],
  ["Acme Trading", "Ann", 500, 500, 500, 500, 500, 500, 0.95],
  ["Bolt Foods", "Bob", 300, 0, 300, 0, 300, 0, 0.65],
  ["Core Café", null, 100, 100, 100, 100, 100, 100, null],
  ["Acme Kitchen", "Ann", 0, 0, 0, 0, 0, 50, 0.85],
];

function renderExtras(lang: Language) {
  const analysis = analyseWorkbook(snapshotOf(memoryWorkbook({ Sales: { values: table } }), "Sales"), {
    settings: DEFAULT_SETTINGS,
    lang,
  });
  renderInPane(<ResultsExtras classification={analysis.classification!} />, lang);
}

describe("the result's client search", () => {
  it("shows the classes, status, SCI, manager and reason of each client whose name holds what was typed", async () => {
    const user = userEvent.setup();
    renderExtras("en");
    await user.type(screen.getByRole("searchbox", { name: "Find a client" }), "bolt");
    const card = screen.getByRole("listitem", { name: "Bolt Foods" });
    const text = card.textContent ?? "";
    expect(text).toContain("ClassesB · Z");
    expect(text).toContain("Statuspermanent");
    expect(text).toContain("SCI65%, at risk");
    expect(text).toContain("ManagerBob");
    expect(text).toContain("Why: B: clients larger than this one already hold 65.9% of turnover (A ends at 50%); Z: CV 100% over 6 months");
  });

  it("lists every match, the largest first, says who has no manager, and says when nothing matches", async () => {
    const user = userEvent.setup();
    renderExtras("en");
    const box = screen.getByRole("searchbox", { name: "Find a client" });
    await user.type(box, "ACME");
    expect(within(screen.getByRole("list")).getAllByRole("listitem").map((li) => li.getAttribute("aria-label"))).toEqual([
      "Acme Trading",
      "Acme Kitchen",
    ]);
    await user.clear(box);
    await user.type(box, "core cafe");
    expect(screen.getByRole("listitem", { name: "Core Café" }).textContent).toContain("Manager(no manager)");
    await user.clear(box);
    await user.type(box, "zeta");
    expect(screen.getByText("No client's name contains “zeta”.")).toBeTruthy();
  });

  it("speaks Russian, with the pane's word for the manager", async () => {
    const user = userEvent.setup();
    renderExtras("ru");
    await user.type(screen.getByRole("searchbox", { name: "Найти клиента" }), "bolt");
    expect(screen.getByRole("listitem", { name: "Bolt Foods" }).textContent).toContain("МенеджерBob");
  });
});

describe("the result's legend", () => {
  it("explains A/B/C, X/Y/Z, the statuses and the SCI bands with this run's limits", async () => {
    const user = userEvent.setup();
    renderExtras("en");
    await user.click(screen.getByRole("button", { name: "What the letters mean" }));
    const text = document.querySelector('dl[aria-label="What the letters mean"]')?.textContent ?? "";
    expect(text).toContain("Athe largest clients: those before them hold less than 50% of turnover");
    expect(text).toContain("Bthe next ones, up to 80%");
    expect(text).toContain("Xbuys like clockwork: CV up to 10%");
    expect(text).toContain("lostnothing in the last 3 months");
    expect(text).toContain("securefrom 90%: loyal");
    expect(text).toContain("at riskbelow 70%: already buying elsewhere");
  });
});

describe("the Pareto picture", () => {
  it("draws the curve with the 50/80 lines and says how many clients reach each", () => {
    renderExtras("es");
    const picture = screen.getByRole("img", { name: /^Pareto/ });
    expect(picture.getAttribute("aria-label")?.replace(/\u00a0/g, " ")).toContain("El 25 % de los clientes aporta el 50 % de la facturación; el 50 %, el 80 %.");
    expect(picture.querySelector("polyline")?.getAttribute("points")?.split(" ")).toHaveLength(5);
  });
});
