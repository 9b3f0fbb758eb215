import fc from "fast-check";
import { numberToTag, plainNumber as plainNumberOfBytes, stop } from "../../../src/xlsx/read/numbers";

/** The reader works on a part's bytes: the text given as its UTF-8 bytes. */
const plainNumber = (text: string, start: number, end: number): number =>
  plainNumberOfBytes(new TextEncoder().encode(text), start, end);

/** What the reader must give for a cell's text: the double `Number` gives, or NaN to let `Number` read it. */
function agrees(text: string): void {
  const fast = plainNumber(`<v>${text}</v>`, 3, 3 + text.length);
  if (!Number.isNaN(fast)) expect(Object.is(fast, Number(text))).toBe(true);
}

describe("numbers read straight from a sheet's bytes", () => {
  it("are the doubles Number gives, for every number a writer prints", () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => agrees(String(n))));
    fc.assert(fc.property(fc.integer(), (n) => agrees(String(n))));
  });

  it("are the doubles Number gives for any plain decimal of up to 15 digits, and left to Number beyond", () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.stringMatching(/^\d{1,12}$/), fc.option(fc.stringMatching(/^\d{0,12}$/)))
      .map(([minus, whole, part]) => `${minus ? "-" : ""}${whole}${part === null ? "" : `.${part}`}`);
    fc.assert(fc.property(decimal, agrees), { numRuns: 2000 });
    expect(plainNumber("0.1", 0, 3)).toBe(0.1);
    expect(plainNumber("-12.50", 0, 6)).toBe(-12.5);
    expect(plainNumber("1234567890123456", 0, 16)).toBeNaN();
    for (const other of ["1e5", " 3", "3 ", "", "-", ".", "1.2.3", "0x10", "Infinity"])
      expect(plainNumber(other, 0, other.length)).toBeNaN();
  });

  it("are read on the way to the next tag as they are read between known ends", () => {
    const value = fc.oneof(
      fc.stringMatching(/^-?\d{0,17}(\.\d{0,4})?$/),
      fc.string({ unit: fc.constantFrom(..."0123456789.-e+ x".split("")), maxLength: 20 }),
    );
    fc.assert(
      fc.property(value, fc.boolean(), (text, closed) => {
        const bytes = new TextEncoder().encode(`<v>${text}${closed ? "</v>" : ""}`);
        const number = numberToTag(bytes, 3, bytes.length);
        expect(stop[0]).toBe(3 + text.length);
        expect(Object.is(number, plainNumberOfBytes(bytes, 3, 3 + text.length))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
