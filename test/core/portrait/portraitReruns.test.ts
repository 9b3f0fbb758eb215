import fc from "fast-check";
import { buildPortraitPlan, readPlan, readTargets, targetKey } from "../../../src/core";
import { portraitDataset, type TestSale } from "../../support/portraitDataset";
import { applyPlan, memoryWorkbook, setCell, sheetSnapshot, workbookSnapshot, type MemoryWorkbook } from "../../support/portraitMemoryWorkbook";

const SEGMENTS = ["Retail", "Horeca", "Office"];
const STAGES = ["presentation", "offer", "contract", "payment", "closed", "refused"];
const USER = [["Client", "Amount"], ["k1", 5]];

const saleArb = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 4 }), fc.constantFrom("Tea", "Milk", "Juice", "Cocoa"), fc.integer({ min: -10, max: 50 }));
const runArb = fc.record({
  sales: fc.array(saleArb, { minLength: 1, maxLength: 25 }),
  marks: fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 })), { maxLength: 6 }),
  stages: fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom(...STAGES)), { maxLength: 3 }),
  suggest: fc.boolean(),
});

function plan(wb: MemoryWorkbook, sales: readonly TestSale[], suggest: boolean) {
  const clients = Array.from({ length: 6 }, (_, i) => ({ key: `k${i}`, segment: i === 5 ? null : SEGMENTS[i % 3] }));
  const { dataset, classification } = portraitDataset({ clients, sales });
  const r = buildPortraitPlan({ workbook: workbookSnapshot(wb, "Sales"), dataset, classification, lang: "en", suggest });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}

describe("portrait re-runs", () => {
  it("never lose a mark or a typed stage, never touch the user's sheet, and settle on one plan", () => {
    fc.assert(
      fc.property(fc.array(runArb, { minLength: 1, maxLength: 3 }), (runs) => {
        const wb = memoryWorkbook({ Sales: USER });
        let marks = new Set<string>();
        const stages = new Map<string, string>();
        for (const step of runs) {
          const sales = step.sales.map(([c, m, p, a]) => [`k${c}`, `2024-0${m}`, p, a] as const);
          const r = plan(wb, sales, step.suggest);
          const own = new Set(Object.values(r.model.sheets));
          for (const op of r.value.ops) expect(own.has("sheet" in op ? op.sheet : "range" in op ? op.range.sheet : op.anchor.sheet)).toBe(true);
          applyPlan(wb, r.value);
          expect(sheetSnapshot(wb, "Sales").values).toEqual(USER);

          const targets = readTargets(sheetSnapshot(wb, r.model.sheets.portrait));
          for (const m of marks) expect(targets.marks.has(m)).toBe(true);
          const rows = readPlan(sheetSnapshot(wb, r.model.sheets.plan));
          for (const [key, stage] of stages) expect(rows.find((x) => `${x.clientKey}/${x.product}` === key)?.stage).toBe(stage);
          expect(plan(wb, sales, step.suggest).value).toEqual(r.value);

          marks = new Set(targets.marks);
          for (const [row, col] of step.marks) {
            if (row > targets.segments.length || col > targets.products.length) continue;
            setCell(wb, r.model.sheets.portrait, row, col, "x");
            marks.add(targetKey(targets.segments[row - 1], targets.products[col - 1]));
          }
          for (const [row, stage] of step.stages) {
            const typed = rows[row - 1];
            if (!typed) continue;
            setCell(wb, r.model.sheets.plan, row, 7, stage);
            stages.set(`${typed.clientKey}/${typed.product}`, stage);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
