import fc from "fast-check";
import { ByteSink, StringSink, styleAttribute, writeCell } from "../../../src/xlsx/patch/cellWriter";
import { SharedStrings } from "../../../src/xlsx/patch/sharedStrings";

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The shared strings part as text, each piece read before the next is asked for. */
function part(strings: SharedStrings): string {
  let text = "";
  for (const piece of strings.pieces()) text += decode(piece);
  return text;
}

/** One cell written both ways: as text and as bytes, which must say the same. */
function both(value: unknown, strings: SharedStrings | null = null, col = 2): string {
  const text = new StringSink();
  writeCell(text, col, '17"', styleAttribute(3), value as never, strings);
  const bytes = new ByteSink(4);
  writeCell(bytes, col, '17"', styleAttribute(3), value as never, strings);
  expect(decode(bytes.take())).toBe(text.out);
  return text.out;
}

describe("one cell's XML, as text and as bytes", () => {
  it("writes every kind of value as the sheet stores it", () => {
    expect(both(12.5)).toBe('<c r="C17" s="3"><v>12.5</v></c>');
    expect(both(true)).toBe('<c r="C17" s="3" t="b"><v>1</v></c>');
    expect(both("")).toBe('<c r="C17" s="3"/>');
    expect(both(null)).toBe('<c r="C17" s="3"/>');
    expect(both("Ёлка & <b>")).toBe('<c r="C17" s="3" t="inlineStr"><is><t xml:space="preserve">Ёлка &amp; &lt;b&gt;</t></is></c>');
    expect(both({ formula: 'A1&"<"' })).toBe('<c r="C17" s="3"><f>A1&amp;&quot;&lt;&quot;</f></c>');
    expect(() => both(Number.NaN)).toThrow(RangeError);
    expect(() => both(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it("writes every number exactly as String does: amounts with cents, whole numbers, and any other double", () => {
    const cents = fc.integer({ min: -1e13, max: 1e14 }).map((c) => c / 100);
    const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.oneof(cents, fc.integer(), anyDouble, fc.constantFrom(0, -0, 0.01, 0.1, 0.05, 999999999999.99, 1e12, 1e12 + 0.01, 2 ** 53)), (n) => {
        expect(both(n)).toBe(`<c r="C17" s="3"><v>${String(n)}</v></c>`);
      }),
      { numRuns: 3000 },
    );
  });

  it("writes the shared strings part piece by piece, spaces kept where Excel would lose them", () => {
    const strings = new SharedStrings();
    const texts = Array.from({ length: 90_000 }, (_, i) => (i % 1000 === 0 ? ` Ёлка & <${i}>\n` : `Client ${i}`));
    texts.forEach((t) => strings.index(t));
    const xml = part(strings);
    expect(xml.length).toBeGreaterThan(2 << 20);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="90000" uniqueCount="90000"><si><t xml:space="preserve"> Ёлка &amp; &lt;0&gt;\n</t></si><si><t>Client 1</t></si>')).toBe(true);
    expect(xml.endsWith("<si><t>Client 89999</t></si></sst>")).toBe(true);
    expect(xml.match(/<si>/g)).toHaveLength(90_000);
  });

  it("gives a text its shared index whether or not the column's last text was the same", () => {
    const strings = new SharedStrings();
    const plain = new SharedStrings();
    const texts = ["a", "a", "b", "a", "b", "b", "c", "a", "a", "d", "d"];
    const cols = [0, 0, 0, 1, 1, 1, 0, 0, 1, 2, 3];
    const indexes = texts.map((t, i) => strings.index(t, cols[i]));
    expect(indexes).toEqual(texts.map((t) => plain.index(t)));
    expect(part(strings)).toBe(part(plain));
    expect(part(strings)).toContain('count="11" uniqueCount="4"><si><t>a</t></si><si><t>b</t></si><si><t>c</t></si><si><t>d</t></si></sst>');
    expect(both("b", strings)).toBe('<c r="C17" s="3" t="s"><v>1</v></c>');
  });
});
