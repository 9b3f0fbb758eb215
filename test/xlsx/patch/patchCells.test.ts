import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { NonFiniteValueError, type RangeRef, type WritePlan } from "../../../src/core";
import { openZip } from "../../../src/xlsx/package";
import { applyPlanToWorkbook, loadWorkbook, newWorkbook, workbookBytes } from "../../support/exceljs/exceljsWorkbook";
import { patchWorkbook } from "../../../src/xlsx/patch";
import { workbookFacts, type WorkbookFacts } from "../../support/workbookFacts";
import { tempDir } from "../../fixtures/cliFiles";

const range = (sheet: string, row: number, col: number, rows: number, cols: number): RangeRef => ({
  sheet,
  row,
  col,
  rows,
  cols,
});

function fixture(): Uint8Array {
  const file = path.join(tempDir(), "book.xlsx");
  execFileSync("/usr/bin/python3", [path.join(__dirname, "makeFixture.py"), file, "xlsx"]);
  return new Uint8Array(readFileSync(file));
}

const sheetText = (bytes: Uint8Array, part: string) => new TextDecoder().decode(openZip(bytes).bytes(part));

describe("patchWorkbook on cells", () => {
  const input = fixture();

  it("stops with NonFiniteValueError naming the cell before writing anything when the plan holds NaN or Infinity", () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      const plan: WritePlan = {
        owned: [],
        ops: [{ kind: "values", range: range("Sales", 1, 11, 1, 2), values: [[1, bad]] }],
      };
      expect(() => patchWorkbook(input, plan)).toThrow(NonFiniteValueError);
      expect(() => patchWorkbook(input, plan)).toThrow(/M2/);
    }
  });

  it("writes text that looks like a number as text, numbers as numbers, formulas in English without a result", () => {
    const plan: WritePlan = {
      owned: [],
      ops: [
        {
          kind: "values",
          range: range("Sales", 1, 11, 1, 4),
          values: [["007", 7, "1e3", { formula: "=SUM(D2:I2)" }]],
        },
      ],
    };
    const xml = sheetText(patchWorkbook(input, plan).bytes, "xl/worksheets/sheet1.xml");
    expect(xml).toContain('<c r="L2" t="inlineStr"><is><t xml:space="preserve">007</t></is></c>');
    expect(xml).toContain('<c r="M2"><v>7</v></c>');
    expect(xml).toContain('<c r="N2" t="inlineStr"><is><t xml:space="preserve">1e3</t></is></c>');
    expect(xml).toContain('<c r="O2"><f>SUM(D2:I2)</f></c>');
  });

  it("keeps every cell of a row it writes into, in column order, and the row's own attributes", () => {
    const before = sheetText(input, "xl/worksheets/sheet1.xml");
    const plan: WritePlan = {
      owned: [],
      ops: [{ kind: "values", range: range("Sales", 2, 1, 1, 1), values: [["Online"]] }],
    };
    const after = sheetText(patchWorkbook(input, plan).bytes, "xl/worksheets/sheet1.xml");
    const row = (xml: string) => /<row r="3"[^>]*>.*?<\/row>/.exec(xml)?.[0] ?? "";
    expect(
      row(after).replace('<c r="B3" t="inlineStr"><is><t xml:space="preserve">Online</t></is></c>', "B3"),
    ).toBe(
      row(before)
        .replace(/<c r="B3"[^>]*>.*?<\/c>/, "B3")
        .replace(/\sspans="[^"]*"/, ""),
    );
    // Every other row is the same text as before.
    const others = (xml: string) => xml.replace(/<row r="3"[^>]*>.*?<\/row>/, "");
    expect(others(after)).toBe(others(before));
  });

  it("writes data bars with their Excel 2010 extension and colour scales as the ExcelJS writer does, and a re-run clearing them leaves none", async () => {
    const bars: WritePlan = {
      owned: [],
      ops: [
        { kind: "sheet", sheet: "Bars", marker: "Segmenta bars", clear: true },
        { kind: "values", range: range("Bars", 0, 0, 3, 1), values: [[1], [-2], [3]] },
        {
          kind: "conditionalFormat",
          range: range("Bars", 0, 0, 3, 1),
          rule: { kind: "dataBar", color: "#638EC6" },
        },
        {
          kind: "conditionalFormat",
          range: range("Sales", 1, 3, 6, 1),
          rule: { kind: "dataBar", color: "#63BE7B" },
        },
        {
          kind: "conditionalFormat",
          range: range("Sales", 1, 4, 6, 1),
          rule: { kind: "colorScale", min: "#F8696B", mid: "#FFEB84", max: "#63BE7B" },
        },
      ],
    };
    // ExcelJS cannot load the fixture (it fails on the chart's drawing), so both start from one it wrote.
    const plain = newWorkbook();
    const sales = plain.addWorksheet("Sales");
    for (let r = 0; r < 7; r++) sales.addRow(["Client", "Segment", "Manager", r * 10 - 20, r, r * r]);
    const input = await workbookBytes(plain);
    const patched = patchWorkbook(input, bars).bytes;
    const viaExcelJs = await loadWorkbook(input);
    applyPlanToWorkbook(viaExcelJs, bars);
    const [mine, theirs] = await Promise.all([
      workbookFacts(patched),
      workbookFacts(await workbookBytes(viaExcelJs)),
    ]);
    for (const name of ["Sales", "Bars"]) {
      const formats = (facts: WorkbookFacts) => facts.sheets.find((s) => s.name === name)?.conditionalFormats;
      expect(formats(mine)).toEqual(formats(theirs));
    }
    expect(JSON.stringify(mine.sheets.map((s) => s.conditionalFormats))).toContain('"x14Id":true');
    for (const part of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
      const xml = sheetText(patched, part);
      // The sheet part is well-formed XML with the extension last.
      execFileSync("xmllint", ["--noout", "-"], { input: xml });
      expect(xml).toMatch(
        /<extLst><ext uri="\{78C0D931-6437-407d-A8EE-F0AAD7539E65\}"[^>]*><x14:conditionalFormattings>.*<\/extLst><\/worksheet>$/,
      );
    }
    // The same plan again: the same bytes (the rules' ids are made from the sheet and the rule).
    expect(Buffer.from(patchWorkbook(input, bars).bytes).equals(Buffer.from(patched))).toBe(true);
    // Emptying the sheet takes its bars along, in both lists.
    const cleared = patchWorkbook(patched, {
      owned: [],
      ops: [{ kind: "clear", range: range("Sales", 1, 3, 6, 2) }],
    }).bytes;
    expect(sheetText(cleared, "xl/worksheets/sheet1.xml")).not.toMatch(/dataBar|colorScale/);
  });
});
