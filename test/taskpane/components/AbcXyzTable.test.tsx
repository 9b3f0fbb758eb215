/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { analyseWorkbook, DEFAULT_SETTINGS, type Language } from "../../../src/core";
import { AbcXyzTable } from "../../../src/taskpane/components/AbcXyzTable";
import { memoryWorkbook, snapshotOf } from "../../support/memoryWorkbook";
import { renderInPane } from "../support/renderInPane";

const table = [
  ["Client", "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"],
  ["Acme", 300, 300, 300, 300, 300, 300],
  ["Bolt", 0, 0, 0, 0, 0, 50],
];

function matrixOf(lang: Language) {
  const snapshot = snapshotOf(memoryWorkbook({ Sales: { values: table } }), "Sales");
  return analyseWorkbook(snapshot, { settings: DEFAULT_SETTINGS, lang }).classification!.matrix;
}

describe("AbcXyzTable", () => {
  it.each([
    ["en", "AX: 1 client, 97.3% of turnover", "C, no XYZ: 1 client"],
    ["ru", "AX: 1 клиент", "C, без XYZ: 1 клиент"],
    ["es", "AX: 1 cliente", "C, sin XYZ: 1 cliente"],
  ] as const)("names each cell's classes apart in its tooltip (%s)", (lang, classed, unclassed) => {
    renderInPane(<AbcXyzTable matrix={matrixOf(lang)} />, lang);
    const table = screen.getByRole("table");
    const titles = within(table)
      .getAllByRole("cell")
      .map((cell) => cell.getAttribute("title") ?? "");
    expect(titles.some((title) => title.startsWith(classed))).toBe(true);
    expect(titles.some((title) => title.startsWith(unclassed))).toBe(true);
  });
});
