/**
 * The sheet reader works on the inflated bytes, chunk by chunk, with a fast path for the plain cells
 * and row breaks and the tokenizer for anything else. Generated sheets, spelled the many ways writers
 * spell them (prefixes, missing references, `xml:space`, rich text, comments and CDATA inside a value,
 * line breaks between elements, Cyrillic and emoji, entities and `_xHHHH_` escapes), cut into chunks
 * at random places, must give the cells the sheet was made of: the same whatever the cuts.
 */
import fc from "fast-check";
import type { CellValue } from "../../../src/core";
import type { ZipArchive } from "../../../src/xlsx/package";
import { parseStyles, readSharedStrings, readSheetCells } from "../../../src/xlsx/read";

type Cell =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "shared" | "inline" | "str"; readonly value: string }
  | { readonly kind: "bool"; readonly value: boolean }
  | { readonly kind: "error"; readonly value: string }
  | { readonly kind: "formula"; readonly value: string };

interface Spelling {
  readonly prefix: boolean;
  readonly cellRefs: boolean;
  readonly rowRefs: boolean;
  readonly preserve: boolean;
  readonly richText: boolean;
  readonly commentInValue: boolean;
  readonly cdata: boolean;
  readonly breaks: boolean;
}

const letters = fc.constantFrom(...Array.from("aZ09 -&<>\"'_xЖжё€😀\t"), "_x000D_", "&amp;", "Клиент");
const text = fc.array(letters, { maxLength: 6 }).map((parts) => parts.join(""));
const cell: fc.Arbitrary<Cell | null> = fc.oneof(
  fc.constant(null),
  fc
    .double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })
    .map((value) => ({ kind: "number" as const, value })),
  fc.integer({ min: -99999, max: 99999 }).map((value) => ({ kind: "number" as const, value })),
  text.map((value) => ({ kind: "shared" as const, value })),
  text.map((value) => ({ kind: "inline" as const, value })),
  text.map((value) => ({ kind: "str" as const, value })),
  fc.boolean().map((value) => ({ kind: "bool" as const, value })),
  fc.constantFrom("#N/A", "#DIV/0!", "#VALUE!").map((value) => ({ kind: "error" as const, value })),
  fc.constantFrom("SUM(A1:A2)", 'A1&"x"').map((value) => ({ kind: "formula" as const, value })),
);
const spelling: fc.Arbitrary<Spelling> = fc.record({
  prefix: fc.boolean(),
  cellRefs: fc.boolean(),
  rowRefs: fc.boolean(),
  preserve: fc.boolean(),
  richText: fc.boolean(),
  commentInValue: fc.boolean(),
  cdata: fc.boolean(),
  breaks: fc.boolean(),
});

/** Text as XML holds it: `&`, `<`, `>` as entities, the tab as `_x0009_`, a literal `_x` escaped. */
const escaped = (value: string): string =>
  value
    .replace(/_x/g, "_x005F_x")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\t/g, "_x0009_");

function columnName(col: number): string {
  return col < 26
    ? String.fromCharCode(65 + col)
    : String.fromCharCode(64 + Math.floor(col / 26)) + String.fromCharCode(65 + (col % 26));
}

/** The sheet part, and the shared strings it points at. */
function sheetXml(
  rows: readonly (readonly (Cell | null)[])[],
  s: Spelling,
): { sheet: string; shared: string[] } {
  const p = s.prefix ? "x:" : "";
  const shared: string[] = [];
  const gap = s.breaks ? "\n  " : "";
  const textElement = (value: string): string => {
    const t = (piece: string) => `<${p}t${s.preserve ? ' xml:space="preserve"' : ""}>${piece}</${p}t>`;
    if (s.cdata && !value.includes("]]>") && value !== "")
      return `<${p}t><![CDATA[${value.replace(/_x/g, "_x005F_x")}]]></${p}t>`;
    const whole = escaped(value);
    if (!s.richText || whole.length < 2) return t(whole);
    // Two runs, cut neither inside an entity or an escape nor between the halves of an emoji.
    let half = Math.floor(whole.length / 2);
    for (const m of whole.matchAll(/&[^;]*;|_x[0-9A-F]{4}_/g))
      if (m.index < half && half < m.index + m[0].length) half = m.index + m[0].length;
    if (/[\udc00-\udfff]/.test(whole.charAt(half))) half++;
    return `<${p}r>${t(whole.slice(0, half))}</${p}r><${p}r>${t(whole.slice(half))}</${p}r>`;
  };
  const v = (raw: string): string =>
    s.commentInValue && raw.length > 1
      ? `<${p}v>${raw.slice(0, 1)}<!-- cut -->${raw.slice(1)}</${p}v>`
      : `<${p}v>${raw}</${p}v>`;
  const body = rows.map((row, r) => {
    const cells = row.map((c, col) => {
      const ref = s.cellRefs ? ` r="${columnName(col)}${r + 1}"` : "";
      if (c === null) return `<${p}c${ref}/>`;
      switch (c.kind) {
        case "number":
          return `<${p}c${ref}>${v(String(c.value))}</${p}c>`;
        case "shared":
          shared.push(c.value);
          return `<${p}c${ref} t="s">${v(String(shared.length - 1))}</${p}c>`;
        case "inline":
          return `<${p}c${ref} t="inlineStr"><${p}is>${textElement(c.value)}</${p}is></${p}c>`;
        case "str":
          return `<${p}c${ref} t="str"><${p}f>UPPER("x")</${p}f><${p}v>${escaped(c.value)}</${p}v></${p}c>`;
        case "bool":
          return `<${p}c${ref} t="b">${v(c.value ? "1" : "0")}</${p}c>`;
        case "error":
          return `<${p}c${ref} t="e"><${p}v>${c.value}</${p}v></${p}c>`;
        case "formula":
          return `<${p}c${ref}><${p}f>${escaped(c.value)}</${p}f></${p}c>`;
      }
    });
    return `<${p}row${s.rowRefs ? ` r="${r + 1}"` : ""}>${gap}${cells.join(gap)}</${p}row>`;
  });
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet xmlns${s.prefix ? ":x" : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><!-- a comment --><${p}sheetData>${body.join(gap)}</${p}sheetData></${p}worksheet>`;
  return { sheet, shared };
}

/** A zip archive of one part whose content is handed out in the given pieces. */
function archive(parts: Readonly<Record<string, Uint8Array>>, cuts: readonly number[]): ZipArchive {
  return {
    names: Object.keys(parts),
    entry: (name) =>
      parts[name] ? ({ name, size: parts[name].length } as ReturnType<ZipArchive["entry"]>) : undefined,
    rawBytes: () => new Uint8Array(0),
    bytes: (name) => parts[name],
    stream(name, onChunk) {
      const bytes = parts[name];
      const points = [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b);
      let from = 0;
      for (const at of [...points, bytes.length]) {
        if (at <= from) continue;
        // A fresh copy each time, and the piece handed out is then spoiled, as a reused buffer would be.
        const piece = bytes.slice(from, at);
        onChunk(piece);
        piece.fill(0);
        from = at;
      }
    },
  };
}

const expected = (c: Cell): CellValue =>
  c.kind === "number"
    ? c.value + 0 // -0 is written "0"
    : c.kind === "error"
      ? { error: c.value }
      : c.kind === "formula"
        ? { error: "#VALUE!", formula: c.value }
        : c.value;

/** The sheet read back through `readSheetCells` from its pieces, against the cells it was made of. */
function expectReadBack(
  sheetRows: readonly (readonly (Cell | null)[])[],
  s: Spelling,
  at: readonly number[],
): void {
  const { sheet, shared } = sheetXml(sheetRows, s);
  const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${shared
    .map((t, i) =>
      i % 2 === 0
        ? `<si><t xml:space="preserve">${escaped(t)}</t></si>`
        : `<si><r><t>${escaped(t)}</t></r></si>`,
    )
    .join("")}</sst>`;
  const zip = archive(
    { "sheet.xml": new TextEncoder().encode(sheet), "sst.xml": new TextEncoder().encode(sst) },
    at,
  );
  const sharedStrings = readSharedStrings(zip, "sst.xml");
  expect(sharedStrings).toEqual(shared);
  const cells = readSheetCells(zip, "sheet.xml", {
    sharedStrings,
    styles: parseStyles(null, ""),
    date1904: false,
  });
  const want: [number, number, CellValue][] = [];
  sheetRows.forEach((row, r) => row.forEach((c, col) => c !== null && want.push([r, col, expected(c)])));
  const got = Array.from({ length: cells.count }, (_, i) => [cells.rows[i], cells.cols[i], cells.value(i)]);
  expect(got).toEqual(want);
}

const sheetRows = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });
const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 });

describe("the sheet reader on bytes (property)", () => {
  it("gives the cells a sheet was made of, however it is spelled and wherever its chunks are cut", () => {
    fc.assert(fc.property(sheetRows, spelling, cuts, expectReadBack), { numRuns: 300 });
  });

  it("does so for chunks of hundreds of kilobytes, as an inflater hands them out", () => {
    // The rows repeated to some 400 KB, cut in a few places: pieces longer than the tokenizer's bridge.
    const long = sheetRows.map((rows) => Array.from({ length: 3000 }, (_, i) => rows[i % rows.length]));
    const fewCuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 });
    fc.assert(fc.property(long, spelling, fewCuts, expectReadBack), { numRuns: 15 });
  });

  it("keeps every cell of a part denser in cells than the room first made for them", () => {
    // 5,000 cells of 14 bytes: more than the one cell per 24 bytes the reader makes room for at first.
    const sheet = `<worksheet><sheetData><row>${"<c><v>7</v></c>".repeat(5000)}</row></sheetData></worksheet>`;
    const zip = archive({ "sheet.xml": new TextEncoder().encode(sheet) }, []);
    const cells = readSheetCells(zip, "sheet.xml", {
      sharedStrings: [],
      styles: parseStyles(null, ""),
      date1904: false,
    });
    expect(cells.count).toBe(5000);
    expect([
      cells.cols[4999],
      cells.value(4999),
      Array.from({ length: 5000 }, (_, i) => cells.value(i)).every((v) => v === 7),
    ]).toEqual([4999, 7, true]);
  });
});
