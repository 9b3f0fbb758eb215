import { rowSpans, splitSheetBytes } from "../../../src/xlsx/patch/sheetBytes";

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe("a worksheet part split around its rows, as bytes", () => {
  it("decodes only what lies around the rows, and finds each row and its number in the bytes", () => {
    const part = bytes(
      '<x:worksheet xmlns:x="main"><x:sheetData><x:row r="2" spans="1:2"><x:c r="A2"><x:v>1</x:v></x:c></x:row><x:row/>' +
        '<x:row r="7"><x:c r="A7" t="inlineStr"><x:is><x:t>Ёлка &amp; row</x:t></x:is></x:c></x:row></x:sheetData><x:sheetProtection sheet="1"/></x:worksheet>',
    );
    const split = splitSheetBytes(part)!;
    expect(split.prefix).toBe("x:");
    expect(split.head).toBe('<x:worksheet xmlns:x="main"><x:sheetData>');
    expect(split.tail).toBe('</x:sheetData><x:sheetProtection sheet="1"/></x:worksheet>');
    const rows = [...rowSpans(split)];
    expect(rows.map((r) => r.row)).toEqual([1, 2, 6]);
    expect(text(part.subarray(rows[2].start, rows[2].end))).toBe('<x:row r="7"><x:c r="A7" t="inlineStr"><x:is><x:t>Ёлка &amp; row</x:t></x:is></x:c></x:row>');
    expect(text(part.subarray(rows[1].start, rows[1].end))).toBe("<x:row/>");
  });

  it("reads an empty sheetData, self-closing or not, and refuses a part without one", () => {
    const empty = splitSheetBytes(bytes('<worksheet><sheetFormatPr/><sheetData/><pageMargins/></worksheet>'))!;
    expect([empty.head, empty.tail, empty.rowsEnd - empty.rowsStart]).toEqual(["<worksheet><sheetFormatPr/><sheetData>", "</sheetData><pageMargins/></worksheet>", 0]);
    expect([...rowSpans(empty)]).toEqual([]);
    expect(splitSheetBytes(bytes("<worksheet><sheetDataX/></worksheet>"))).toBeNull();
  });
});
