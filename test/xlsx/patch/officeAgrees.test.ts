import type ExcelJS from "exceljs";
import { buildMatrixPlan, buildResultsPlan, type CellValue } from "../../../src/core";
import { en } from "../../../src/core/locale";
import { applyPlan } from "../../../src/excel/applyPlan";
import { readSnapshot } from "../../../src/excel/readSnapshot";
import { loadWorkbook, newWorkbook, workbookBytes } from "../../support/exceljs/exceljsWorkbook";
import { patchWorkbook } from "../../../src/xlsx/patch";
import { FakeExcel, fakeSheet } from "../../excel/fakes/fakeExcel";
import { classificationOf, clientResults, wideDataset, wideGrid } from "../../support/planFixtures";

/** Cells of every sheet of the fake Excel as `sheet!row,col → value`. */
function fakeCells(book: FakeExcel): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const s of book.sheets) for (const [k, v] of s.cells) out.set(`${s.name}!${k}`, v);
  return out;
}

/** Cells of every sheet of a workbook file as the fake holds them: formulas with their `=`, blanks left out. */
function fileCells(wb: ExcelJS.Workbook): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const ws of wb.worksheets) {
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const v = cell.value as CellValue | { formula: string } | null;
        if (v === null || v === "") return;
        out.set(
          `${ws.name}!${r - 1},${c - 1}`,
          typeof v === "object" && v !== null && "formula" in v ? `=${v.formula}` : v,
        );
      }),
    );
  }
  return out;
}

describe("the patching writer and the Office.js applier", () => {
  it.each([
    ["at A1", 0, 0],
    ["lower and to the right", 3, 2],
  ])(
    "leave the same cells for the same plans, on the first run and the next: table %s",
    async (_label, top, left) => {
      const clients = clientResults(
        [500, 300, 120, 60, 20, 0, -5].map((metric) => ({ metric })),
        top + 1,
      );
      const grid = wideGrid(clients);
      const book = new FakeExcel([fakeSheet("Sales", grid, top, left)]);
      const wb = newWorkbook();
      const ws = wb.addWorksheet("Sales");
      grid.forEach((line, r) =>
        line.forEach((value, c) => (ws.getCell(top + r + 1, left + c + 1).value = value)),
      );
      let bytes = await workbookBytes(wb);
      const dataset = wideDataset("Sales", top, left, clients);
      const classification = classificationOf(clients);
      for (let run = 0; run < 2; run++) {
        for (const build of [buildResultsPlan, buildMatrixPlan]) {
          const plan = build({
            workbook: await readSnapshot(book.context),
            dataset,
            classification,
            locale: en,
          });
          if (!plan.ok) throw new Error("no plan");
          await applyPlan(book.context, plan.value);
          bytes = patchWorkbook(bytes, plan.value).bytes;
          const expected = fakeCells(book);
          expect(expected.size).toBeGreaterThan(grid.length * grid[0].length);
          expect(fileCells(await loadWorkbook(bytes))).toEqual(expected);
        }
      }
    },
  );
});
