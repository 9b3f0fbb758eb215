/**
 * Real workbooks are untidy: blank rows inside the table, a stray cell far away, formulas with and
 * without a stored result, amounts typed as text, a totals row, a title. Whatever mix of these a
 * sheet holds, a run either classifies every client the table holds — with every amount counted —
 * or stops with issues that each name a cell or rows, and plans nothing to write.
 */
import fc from "fast-check";
import { analyseWorkbook, cellAddress, DEFAULT_SETTINGS } from "../../../src/core";
import {
  expectClassifiedOrRefused,
  MONTHS,
  periodHeaders,
  quirkySheet,
  quirkySnapshot,
  withNoResult,
} from "../../support/quirkySheet";

describe("real-workbook quirks (property)", () => {
  it("every client is classified with every amount counted, or the run stops naming a cell or rows and plans nothing", () => {
    fc.assert(
      fc.property(quirkySheet, (s) => {
        expectClassifiedOrRefused(
          s,
          analyseWorkbook(quirkySnapshot(s), { settings: DEFAULT_SETTINGS, lang: "en" }),
        );
      }),
      { numRuns: 150 },
    );
  });

  it("a formula without a stored result always stops the run, naming its cell", () => {
    fc.assert(
      fc.property(quirkySheet, fc.nat(), fc.nat(), (s, i, m) => {
        const who = i % s.names.length;
        const month = m % MONTHS.length;
        const sheet = { ...s, secondHeader: null, amounts: withNoResult(s.amounts, who, month) };
        const snap = quirkySnapshot(sheet);
        const row = snap.active.values.findIndex((line) => line[0] === s.names[who]);
        const analysis = analyseWorkbook(snap, { settings: DEFAULT_SETTINGS, lang: "en" });
        expect(analysis.read?.ok).toBe(false);
        expect(analysis.plan).toBeNull();
        const cells = analysis.read!.ok ? [] : analysis.read!.issues.map((x) => ("cell" in x ? x.cell : ""));
        expect(cells).toContain(`Sales!${cellAddress(row, 1 + periodHeaders(sheet).indexOf(MONTHS[month]))}`);
      }),
      { numRuns: 60 },
    );
  });
});
