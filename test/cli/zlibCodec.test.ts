import fc from "fast-check";
import { zlibCodec } from "../../src/cli/zlibCodec";
import { fflateCodec, useZipCodec, type ZipCodec } from "../../src/xlsx/package/codec";
import { inflatePart, openZip } from "../../src/xlsx/package";
import { newWorkbookFile } from "../../src/xlsx/patch";
import { analyseWorkbook, DEFAULT_SETTINGS } from "../../src/core";
import { readCsv } from "../../src/csv/parseCsv";

/** Everything a streaming deflater makes of `pieces`, joined. */
function deflatePieces(codec: ZipCodec, pieces: readonly Uint8Array[]): Uint8Array {
  const out: Uint8Array[] = [];
  const deflater = codec.deflater((chunk) => out.push(chunk));
  pieces.forEach((piece, i) => deflater.push(piece, i === pieces.length - 1));
  if (pieces.length === 0) deflater.push(new Uint8Array(0), true);
  return Buffer.concat(out);
}

/** Everything an inflater hands out for `raw`, joined. */
function inflated(codec: ZipCodec, raw: Uint8Array, size: number): Uint8Array {
  const out: Uint8Array[] = [];
  codec.inflater(raw, (chunk) => out.push(chunk), size);
  return Buffer.concat(out);
}

const text = (n: number, seed: string) => new TextEncoder().encode(Array.from({ length: n }, (_, i) => `<c r="A${i}"><v>${seed}${i % 97}</v></c>`).join(""));

describe("Node's zlib behind the zip codec", () => {
  it("reads each piece before push returns, so the caller may write its next bytes into the same buffer", () => {
    for (const codec of [zlibCodec, fflateCodec]) {
      const pieces = [text(300, "a"), text(40_000, "b"), text(200, "c")];
      const whole = Buffer.concat(pieces);
      const buffer = new Uint8Array(Math.max(...pieces.map((p) => p.length)));
      const out: Uint8Array[] = [];
      const deflater = codec.deflater((chunk) => out.push(chunk));
      pieces.forEach((piece, i) => {
        buffer.set(piece);
        deflater.push(buffer.subarray(0, piece.length), i === pieces.length - 1);
        buffer.fill(0x3f);
      });
      expect(Buffer.from(inflated(fflateCodec, Buffer.concat(out), whole.length)).equals(whole)).toBe(true);
    }
  });

  it("deflates in blocks into one stream that fflate and zlib inflate to the same text", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60_000 }), { maxLength: 6 }), (sizes) => {
        const pieces = sizes.map((n, i) => text(n, String(i)));
        const whole = Buffer.concat(pieces);
        const raw = deflatePieces(zlibCodec, pieces);
        expect(Buffer.from(inflated(fflateCodec, raw, whole.length)).equals(whole)).toBe(true);
        expect(Buffer.from(inflated(zlibCodec, raw, whole.length)).equals(whole)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it("inflates what fflate deflated, in slices, and never past the declared size (the guard wraps it too)", () => {
    const whole = text(80_000, "x");
    const raw = deflatePieces(fflateCodec, [whole]);
    const slices: number[] = [];
    zlibCodec.inflater(raw, (chunk) => slices.push(chunk.length), whole.length);
    expect(slices.reduce((a, b) => a + b, 0)).toBe(whole.length);
    expect(Math.max(...slices)).toBeLessThanOrEqual(1 << 20);
    expect(Buffer.from(inflated(zlibCodec, raw, whole.length)).equals(whole)).toBe(true);
    // Through the package's guard, a part that inflates past what the zip declares is refused as implausible.
    const entry = { name: "xl/worksheets/sheet1.xml", size: 1000, compressedSize: raw.length };
    expect(() => inflatePart(entry, raw, () => undefined, zlibCodec.inflater)).toThrow(expect.objectContaining({ problem: "implausiblePart" }));
  });

  it("checksums as fflate's table does, continuing a CRC across pieces", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), fc.uint8Array({ maxLength: 5000 }), (a, b) => {
        expect(zlibCodec.crc32(b, zlibCodec.crc32(a, 0))).toBe(fflateCodec.crc32(b, fflateCodec.crc32(a, 0)));
      }),
    );
    // An empty piece of encoded text (no buffer behind it) continues the CRC unchanged.
    const previous = zlibCodec.crc32(new TextEncoder().encode("<a>"), 0);
    expect(zlibCodec.crc32(new TextEncoder().encode(""), previous)).toBe(previous);
  });

  it("makes the same workbook parts as fflate: the writer does not know which one runs", () => {
    const lines = ["Client,Date,Amount,Product"];
    for (let i = 0; i < 3000; i++) lines.push(`C${i % 400},2024-${String((i % 12) + 1).padStart(2, "0")}-15,${10 + (i % 97)},P${i % 7}`);
    const csv = lines.join("\n");
    const read = readCsv(csv, "sales");
    if (!read.ok) throw new Error("sample unreadable");
    const snapshot = { active: read.sheet, sheetNames: [read.sheet.name], owned: [] };
    const plan = analyseWorkbook(snapshot, { settings: DEFAULT_SETTINGS, lang: "en", plan: true }).plan!;
    const partsWith = (codec: ZipCodec) => {
      useZipCodec(codec);
      try {
        const zip = openZip(newWorkbookFile(read.sheet, plan).bytes);
        return Object.fromEntries(zip.names.map((name) => [name, Buffer.from(zip.bytes(name)).toString("utf8")]));
      } finally {
        useZipCodec(fflateCodec);
      }
    };
    expect(partsWith(zlibCodec)).toEqual(partsWith(fflateCodec));
  });
});
