import { constants, deflateRawSync } from "node:zlib";
import { strToU8, unzipSync } from "fflate";
import { writeZip, type ZipFile } from "../../src/xlsx/patch/zipWriter";
import { handMadeWorkbook } from "../xlsx/read/handMade";

/**
 * Workbooks made to attack a reader, built in milliseconds without ever holding what they inflate to.
 */

const MIB = 1024 * 1024;
const SHEET = "xl/worksheets/sheet1.xml";

/** Raw deflate of `text`, ending byte-aligned and not final, so that more blocks may follow it. */
function openBlocks(text: string | Uint8Array): Buffer {
  return deflateRawSync(typeof text === "string" ? Buffer.from(text) : text, {
    finishFlush: constants.Z_SYNC_FLUSH,
  });
}

/**
 * A raw deflate stream of `head`, then `mib` MiB of spaces, then `tail`: one MiB of spaces deflates to
 * about 1 KB whatever came before it (it starts with a literal, then copies at distance 1), so the block
 * is made once and repeated. Returns the stream and the size it inflates to.
 */
export function whitespaceDeflate(
  head: string,
  mib: number,
  tail: string,
): { raw: Uint8Array; size: number } {
  const spaces = openBlocks(Buffer.alloc(MIB, 0x20));
  const parts = [openBlocks(head), ...new Array<Buffer>(mib).fill(spaces), deflateRawSync(Buffer.from(tail))];
  return { raw: Buffer.concat(parts), size: Buffer.byteLength(head) + mib * MIB + Buffer.byteLength(tail) };
}

/** A small good workbook: a header row and two clients, one sheet "Data". */
export const GOOD_SHEET_DATA =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Client</t></is></c><c r="B1" t="inlineStr"><is><t>Jan 2024</t></is></c><c r="C1" t="inlineStr"><is><t>Feb 2024</t></is></c></row>' +
  '<row r="2"><c r="A2" t="inlineStr"><is><t>Acme</t></is></c><c r="B2"><v>5</v></c><c r="C2"><v>7</v></c></row>' +
  '<row r="3"><c r="A3" t="inlineStr"><is><t>Beta</t></is></c><c r="B3"><v>2</v></c><c r="C3"><v>9</v></c></row>';

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = "</sheetData></worksheet>";

/** The parts of a good workbook, with `replace` put in place of some (plain bytes, deflated on writing). */
export function workbookWith(
  replace: Readonly<Record<string, string | Uint8Array>> = {},
  sharedStrings?: readonly string[],
): ZipFile[] {
  const parts = unzipSync(
    handMadeWorkbook({
      sheetData: GOOD_SHEET_DATA,
      sharedStrings,
      styles: '<cellXfs><xf numFmtId="0"/></cellXfs>',
    }),
  );
  const files: Record<string, Uint8Array> = parts;
  for (const [name, content] of Object.entries(replace))
    files[name] = typeof content === "string" ? strToU8(content) : content;
  return Object.entries(files).map(([name, data]) => ({ name, data }));
}

/**
 * A workbook whose sheet is the good table with `mib` MiB of whitespace between two rows (valid XML).
 * `declared` is the size its zip records say (the truth by default; a lie when smaller).
 */
export function whitespaceBomb(mib: number, declared?: number): Uint8Array {
  const [first, ...rest] = GOOD_SHEET_DATA.split("</row>");
  const { raw, size } = whitespaceDeflate(
    `${SHEET_HEAD}${first}</row>`,
    mib,
    `${rest.join("</row>")}${SHEET_TAIL}`,
  );
  const files = workbookWith().map((file): ZipFile =>
    file.name === SHEET ? { name: SHEET, raw, method: 8, crc32: 0, size: declared ?? size } : file,
  );
  return writeZip(files);
}

/** `count` nested entity levels of ten, the "billion laughs" for nine; used inside the part given. */
export function entityDeclarations(levels = 9): string {
  const decls = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= levels; i++) decls.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  decls.push('<!ENTITY ext SYSTEM "file:///etc/passwd">');
  return `<!DOCTYPE lolz [${decls.join("")}]>`;
}

/** The XML of a part with a DOCTYPE declaring entities, and a use of them, after the XML declaration. */
export function withEntities(xml: string, levels = 9): string {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, "");
  const root = body.indexOf(">");
  // The entities are used in the root's first text, where a reader expanding them would meet them.
  return `<?xml version="1.0"?>${entityDeclarations(levels)}${body.slice(0, root + 1)}&lol${levels};&ext;${body.slice(root + 1)}`;
}

export { SHEET };
