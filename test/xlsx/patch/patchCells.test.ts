import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { NonFiniteValueError, type RangeRef, type WritePlan } from "../../../src/core";
import { openZip } from "../../../src/xlsx/package";
import { patchWorkbook } from "../../../src/xlsx/patch";
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
});
