import { openWorkbookReader, snapshotFromReader } from "../../../src/xlsx/read";
import { handMadeWorkbook, type HandMadeParts } from "./handMade";

function active(parts: HandMadeParts) {
  const snapshot = snapshotFromReader(openWorkbookReader(handMadeWorkbook(parts)));
  if (!snapshot) throw new Error("no snapshot");
  return snapshot.active;
}

const DATE_STYLES =
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>' +
  '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14"/><xf numFmtId="165"/></cellXfs>';

describe("reading a sheet's cells", () => {
  it("joins rich text runs of a shared string and leaves out phonetic runs", () => {
    const sheet = active({
      sharedStrings: [
        "<t>Client</t>",
        '<r><rPr><b/></rPr><t xml:space="preserve">Ac</t></r><r><t>me &amp; Co</t></r><rPh sb="0" eb="1"><t>エー</t></rPh>',
        "<t>R&#233;sum&#xE9;_x000D_</t>",
      ],
      sheetData:
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>',
    });
    expect(sheet.values).toEqual([["Client", "Acme & Co", "Résumé\r"]]);
  });

  it("reads inline strings, formula text results, booleans and errors", () => {
    const sheet = active({
      sheetData:
        '<row r="2"><c r="B2" t="inlineStr"><is><r><t>In</t></r><r><t>line</t></r></is></c>' +
        '<c r="C2" t="str"><f>UPPER("x")</f><v>X</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c>' +
        '<c r="F2"><v>-1.5E+3</v></c></row>',
    });
    expect(sheet).toMatchObject({ top: 1, left: 1 });
    expect(sheet.values).toEqual([["Inline", "X", true, { error: "#N/A" }, -1500]]);
  });

  it("hands a formula with no stored result over as an error that carries the formula", () => {
    const sheet = active({
      sheetData:
        '<row r="1"><c r="A1"><f>SUM(B1:C1)</f></c><c r="B1"><v>1</v></c><c r="C1" t="str"><f>A1&amp;"x"</f></c></row>',
    });
    expect(sheet.values).toEqual([
      [{ error: "#VALUE!", formula: "SUM(B1:C1)" }, 1, { error: "#VALUE!", formula: 'A1&"x"' }],
    ]);
    const empty = active({
      sharedStrings: ["<t>x</t>"],
      sheetData: '<row r="1"><c r="A1" t="s"><f>B1</f><v></v></c><c r="B1"><v>2</v></c></row>',
    });
    expect(empty.values).toEqual([[{ error: "#VALUE!", formula: "B1" }, 2]]);
  });

  it("turns numbers in a date format into serial days, and gives each cell its number format", () => {
    const sheet = active({
      styles: DATE_STYLES,
      sheetData:
        '<row r="1"><c r="A1" s="1"><v>45306.75</v></c><c r="B1" s="2"><v>45307</v></c><c r="C1" s="0"><v>45306.75</v></c></row>',
    });
    expect(sheet.values).toEqual([[45306, 45307, 45306.75]]);
    expect(sheet.formats).toEqual([["dd/mm/yyyy;@", "mm-dd-yy", ""]]);
  });

  it("moves dates of a 1904 workbook into the 1900 date system, and leaves plain numbers alone", () => {
    const sheet = active({
      date1904: true,
      styles: DATE_STYLES,
      sheetData: '<row r="1"><c r="A1" s="1"><v>43844</v></c><c r="B1"><v>43844</v></c></row>',
    });
    // 43,844 days after 1 January 1904 is 15 January 2024, serial 45,306 in the 1900 system.
    expect(sheet.values).toEqual([[45306, 43844]]);
  });

  it("reads cells without references, rows without numbers and a prefixed namespace", () => {
    const sheet = active({
      prefix: "x:",
      sheetData:
        "<x:row><x:c t=\"inlineStr\"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c r='C2'><x:v>3</x:v></x:c></x:row>",
    });
    expect(sheet.values).toEqual([
      ["a", 2, null],
      [null, null, 3],
    ]);
  });

  it('reads strict OOXML with absolute part paths and ISO dates (t="d"), as Numbers and converters write', () => {
    const sheet = active({
      strict: true,
      styles: DATE_STYLES,
      sharedStrings: ["<t>Client</t>"],
      sheetData:
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="d" s="1"><v>2024-01-15T18:30:00</v></c></row>',
    });
    expect(sheet.values).toEqual([["Client", 45306]]);
  });
});
