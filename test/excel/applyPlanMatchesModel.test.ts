import fc from "fast-check";
import type { CellValue } from "../../src/core";
import { buildMatrixPlan, buildResultsPlan } from "../../src/core";
import { en } from "../../src/core/locale";
import { applyPlan } from "../../src/excel/applyPlan";
import { readSnapshot } from "../../src/excel/readSnapshot";
import { applyToMemory, memoryWorkbook, snapshotOf } from "../support/memoryWorkbook";
import { classificationOf, clientResults, longDataset, wideDataset, wideGrid } from "../support/planFixtures";
import { type FakeCell, FakeExcel, fakeSheet } from "./fakes/fakeExcel";

/** Cells of every sheet as `sheet!row,col → value`, blanks left out. */
function fakeCells(book: FakeExcel): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const s of book.sheets) for (const [k, v] of s.cells) out.set(`${s.name}!${k}`, v as CellValue);
  return out;
}

function memoryCells(cells: ReadonlyMap<string, CellValue>): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const [k, v] of cells) {
    const [sheet, r, c] = k.split("\u0000");
    out.set(`${sheet}!${r},${c}`, v);
  }
  return out;
}

describe("applyPlan against the plan's model", () => {
  it("leaves the same cells as the in-memory applier, run after run, wherever the table sits", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(6),
        fc.nat(6),
        fc.array(fc.integer({ min: -5, max: 500 }), { maxLength: 10 }),
        fc.array(fc.tuple(fc.nat(15), fc.nat(25)), { maxLength: 8 }),
        fc.boolean(),
        async (top, left, metrics, clutter, wide) => {
          const clients = clientResults(metrics.map((metric) => ({ metric })), top + 1);
          const grid: (FakeCell | null)[][] = wideGrid(clients);
          let memory = memoryWorkbook({ Sales: { values: grid, top, left } });
          const sheet = fakeSheet("Sales", grid, top, left);
          const cells = new Map(memory.cells);
          for (const [r, c] of clutter) {
            if (r >= top && r <= top + clients.length && c >= left && c <= left + 3) continue;
            sheet.cells.set(`${r},${c}`, "user");
            cells.set(`Sales\u0000${r}\u0000${c}`, "user");
          }
          memory = { ...memory, cells };
          const book = new FakeExcel([sheet]);
          const dataset = wide ? wideDataset("Sales", top, left, clients) : longDataset("Sales", clients);
          const classification = classificationOf(clients);
          for (let run = 0; run < 2; run++) {
            for (const build of [buildResultsPlan, buildMatrixPlan]) {
              const fromFake = build({ workbook: await readSnapshot(book.context), dataset, classification, locale: en });
              const fromMemory = build({ workbook: snapshotOf(memory, "Sales"), dataset, classification, locale: en });
              if (!fromFake.ok || !fromMemory.ok) throw new Error("no plan");
              expect(fromFake.value).toEqual(fromMemory.value);
              await applyPlan(book.context, fromFake.value);
              memory = applyToMemory(memory, fromMemory.value);
              expect(fakeCells(book)).toEqual(memoryCells(memory.cells));
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
