import fc from "fast-check";
import { escapeXml } from "../../../src/xlsx/patch/xmlText";

/** The escaping spelled out, step by step. */
const reference = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

describe("escapeXml", () => {
  it("escapes markup, drops what XML forbids, and hands back a text with nothing to escape as it is", () => {
    expect(escapeXml('a & <b> "c" \u0001\uffff\tЁ')).toBe("a &amp; &lt;b&gt; &quot;c&quot; \tЁ");
    const plain = "Product 4, Manager 0 — ёлка";
    expect(escapeXml(plain)).toBe(plain);
    const chars = fc.constantFrom("a", "Ё", "&", "<", ">", '"', "'", "\u0000", "\u0008", "\t", "\n", "\r", "\u000b", "\u001f", "\ufffe", "\uffff", " ");
    fc.assert(fc.property(fc.array(chars, { maxLength: 12 }).map((c) => c.join("")), (text) => expect(escapeXml(text)).toBe(reference(text))), { numRuns: 2000 });
  });
});
