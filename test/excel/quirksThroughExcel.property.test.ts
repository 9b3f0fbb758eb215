/**
 * The same untidy sheets as the core's property test, through the fake Excel: the stray cell sits
 * far out (up to XFD1048576), so the read must find the table without loading the empty space, and
 * what Segmenta writes back (classes beside odd client names, the matrix sheet) must leave a second
 * run with the same clients and amounts.
 */
import fc from "fast-check";
import { analyseWorkbook, DEFAULT_SETTINGS, type WorkbookSnapshot } from "../../src/core";
import { readSnapshot } from "../../src/excel/readSnapshot";
import { writePlan } from "../../src/excel/writePlan";
import { expectClassifiedOrRefused, quirkyRows, quirkySheet, type QuirkySheet } from "../support/quirkySheet";
import { FakeExcel, type FakeCell, fakeSheet } from "./fakes/fakeExcel";
import { workbookState } from "./fakes/workbookState";

const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;

/** The sheet as Excel holds it: no formula lacks a result there, so those cells are left blank. */
function excelOf(q: QuirkySheet): { book: FakeExcel; sheet: QuirkySheet } {
  const sheet = {
    ...q,
    amounts: q.amounts.map((line) =>
      line.map((a) => (a.kind === "noResult" ? { kind: "blank" as const } : a)),
    ),
  };
  const rows = quirkyRows(sheet);
  const fake = fakeSheet("Sales", rows as (FakeCell | null)[][]);
  if (sheet.stray) {
    const row = Math.min(LAST_ROW, rows.length - 1 + sheet.stray.rowsBelow * 52);
    const col = Math.min(LAST_COL, sheet.stray.col * 8);
    fake.cells.set(`${row},${col}`, sheet.stray.value as FakeCell);
  }
  return { book: new FakeExcel([fake]), sheet };
}

const analyse = (snap: WorkbookSnapshot) => analyseWorkbook(snap, { settings: DEFAULT_SETTINGS, lang: "en" });

describe("real-workbook quirks through Excel (property)", () => {
  it("classifies every client, or refuses naming a cell or rows and writes nothing; a second run reads the same", async () => {
    await fc.assert(
      fc.asyncProperty(quirkySheet, async (q) => {
        const { book, sheet } = excelOf(q);
        const before = workbookState(book);
        const first = analyse(await readSnapshot(book.context, { dataSheet: "Sales" }));
        // The table and a block of rows or columns beside it, never the sheet up to its farthest cell.
        expect(book.cellsLoaded).toBeLessThan(1_000_000);
        if (expectClassifiedOrRefused(sheet, first) === "refused") {
          expect(workbookState(book)).toEqual(before);
          return;
        }
        expect(await writePlan(book.context, first.plan!)).toEqual({ ok: true });
        const second = analyse(await readSnapshot(book.context, { dataSheet: "Sales" }));
        expectClassifiedOrRefused(sheet, second);
        const classes = (a: typeof first) =>
          a.classification!.clients.map((c) => [c.name, c.abc, c.xyz, c.status]);
        expect(classes(second)).toEqual(classes(first));
      }),
      { numRuns: 30 },
    );
  });
});
