import { unzipSync } from "fflate";
import { PackageError, openWorkbookPackage, openZip } from "../../../src/xlsx/package";
import { PART_LIMITS, allowedSize, inflatePart, type Inflater } from "../../../src/xlsx/package";
import { openWorkbookReader, snapshotFromReader } from "../../../src/xlsx/read";
import { MAX_PENDING } from "../../../src/xlsx/read/byteXml";
import { writeZip } from "../../../src/xlsx/patch/zipWriter";
import {
  GOOD_SHEET_DATA,
  SHEET,
  whitespaceBomb,
  whitespaceDeflate,
  withEntities,
  workbookWith,
} from "../../support/hostileWorkbook";

const GOOD_VALUES = [
  ["Client", "Jan 2024", "Feb 2024"],
  ["Acme", 5, 7],
  ["Beta", 2, 9],
];

/** The refusal reading `bytes` ends in (the whole read, as the command line and the page do it). */
function refusalOf(bytes: Uint8Array): PackageError | null {
  try {
    snapshotFromReader(openWorkbookReader(bytes));
  } catch (error) {
    if (error instanceof PackageError) return error;
    throw error;
  }
  return null;
}

function valuesOf(bytes: Uint8Array) {
  return snapshotFromReader(openWorkbookReader(bytes))?.active.values;
}

/** A sheet part of `head`, `mib` MiB of spaces and `tail`, its zip records telling the truth. */
function sheetWithSpaces(head: string, mib: number, tail: string): Uint8Array {
  const { raw, size } = whitespaceDeflate(head, mib, tail);
  return writeZip(
    workbookWith().map((f) => (f.name === SHEET ? { name: SHEET, raw, method: 8, crc32: 0, size } : f)),
  );
}

const HEAD = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const [ROW1, ROW2, ROW3] = GOOD_SHEET_DATA.split("</row>").map((row) => `${row}</row>`);

describe("a decompression bomb is refused before it is inflated, naming its part and sheet", () => {
  it("a sheet that says it inflates to 3 GiB from 3 MB: refused at once", () => {
    const started = Date.now();
    const error = refusalOf(whitespaceBomb(3072));
    expect(error).toMatchObject({ problem: "implausiblePart", part: SHEET, sheet: "Data" });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("the same bomb with a zip header that says 1,000 bytes: stopped once more than that comes out", () => {
    const error = refusalOf(whitespaceBomb(3072, 1000));
    expect(error).toMatchObject({ problem: "implausiblePart", part: SHEET, sheet: "Data" });
  });

  it("a local header that disagrees with the central directory is refused", () => {
    const bytes = whitespaceBomb(1);
    // The central directory's record of the sheet says 100 bytes; the local header keeps the truth.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const entry = openZip(bytes).entry(SHEET)!;
    const central = findCentralRecord(bytes, SHEET);
    view.setUint32(central + 24, 100, true);
    expect(openZip(bytes).entry(SHEET)?.size).toBe(100);
    expect(entry.size).toBeGreaterThan(1_000_000);
    expect(refusalOf(bytes)).toMatchObject({ problem: "implausiblePart", part: SHEET });
  });

  it("the limits: 100 times the compressed size above 64 MiB, never beyond 4 GiB", () => {
    expect(allowedSize(1000)).toBe(PART_LIMITS.graceSize);
    expect(allowedSize(10 * 1024 * 1024)).toBe(1000 * 1024 * 1024);
    expect(allowedSize(100 * 1024 * 1024)).toBe(0xffff_ffff);
  });

  it("a part read whole is held to its own limit, from what the zip says, before it is inflated", () => {
    const zip = openZip(writeZip(workbookWith()));
    const size = zip.entry("xl/styles.xml")!.size;
    expect(() => zip.bytes("xl/styles.xml", size - 1)).toThrow(
      expect.objectContaining({ problem: "implausiblePart", part: "xl/styles.xml" }),
    );
    expect(zip.bytes("xl/styles.xml", size)).toHaveLength(size);
    expect(PART_LIMITS.wholeSize).toBe(64 * 1024 * 1024);
  });

  it("wraps any inflater: one that gives more than declared is stopped at the first piece too many", () => {
    let pieces = 0;
    const endless: Inflater = (_raw, onChunk) => {
      for (;;) {
        pieces++;
        onChunk(new Uint8Array(1024 * 1024));
      }
    };
    const entry = { name: "xl/styles.xml", size: 3 * 1024 * 1024, compressedSize: 1000 };
    expect(() => inflatePart(entry, new Uint8Array(1000), () => undefined, endless)).toThrow(
      expect.objectContaining({ problem: "implausiblePart", part: "xl/styles.xml" }),
    );
    expect(pieces).toBe(4);
  });
});

describe("whitespace and long runs are never held in memory", () => {
  it("40 MiB of whitespace between rows (under the ratio's grace) gives the table, as without it", () => {
    const bytes = sheetWithSpaces(`${HEAD}${ROW1}`, 40, `${ROW2}${ROW3}</sheetData></worksheet>`);
    expect(valuesOf(bytes)).toEqual(GOOD_VALUES);
  });

  it("a tag or a value padded with whitespace past any cell's length is refused, not buffered", () => {
    const inTag = sheetWithSpaces(
      `${HEAD}${ROW1}<row r="2"`,
      40,
      `>${ROW2.slice(10)}${ROW3}</sheetData></worksheet>`,
    );
    expect(refusalOf(inTag)).toMatchObject({ problem: "implausiblePart", part: SHEET, sheet: "Data" });
    const inValue = sheetWithSpaces(
      `${HEAD}${ROW1}<row r="2"><c r="B2"><v>5`,
      40,
      `</v></c></row></sheetData></worksheet>`,
    );
    expect(refusalOf(inValue)).toMatchObject({ problem: "implausiblePart", part: SHEET });
  });

  it("a shared text longer than any cell holds is refused", () => {
    const long = `<t>${"x".repeat(MAX_PENDING / 2)}</t>`;
    const bytes = writeZip(workbookWith({}, [`<r>${long}</r><r>${long}</r><r>${long}</r>`, "<t>Jan</t>"]));
    expect(refusalOf(bytes)).toMatchObject({ problem: "implausiblePart", part: "xl/sharedStrings.xml" });
  });

  it("a million empty <row/> elements read in seconds, to the table", () => {
    const started = Date.now();
    const empty = "<row/>".repeat(1_000_000);
    const bytes = writeZip(
      workbookWith({ [SHEET]: `${HEAD}${GOOD_SHEET_DATA}${empty}</sheetData></worksheet>` }),
    );
    expect(valuesOf(bytes)).toEqual(GOOD_VALUES);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe("entity declarations are refused in every XML part the reader parses", () => {
  const parts = {
    "[Content_Types].xml": undefined,
    "_rels/.rels": undefined,
    "xl/workbook.xml": undefined,
    "xl/_rels/workbook.xml.rels": undefined,
    "xl/styles.xml": undefined,
    "xl/sharedStrings.xml": undefined,
    [SHEET]: "Data",
  };
  it.each(Object.entries(parts))("%s", (part, sheet) => {
    const original = unzipSync(writeZip(workbookWith({}, ["<t>Client</t>"])))[part];
    const xml = withEntities(new TextDecoder().decode(original));
    const error = refusalOf(writeZip(workbookWith({ [part]: xml }, ["<t>Client</t>"])));
    expect(error).toMatchObject({ problem: "declaresEntities", part, sheet });
  });

  it("one level of entity, without any nesting, is refused the same", () => {
    const xml = withEntities(`${HEAD}${GOOD_SHEET_DATA}</sheetData></worksheet>`, 1);
    expect(refusalOf(writeZip(workbookWith({ [SHEET]: xml })))).toMatchObject({
      problem: "declaresEntities",
    });
  });
});

describe("a shared-text index past the end of the table", () => {
  it("is refused naming the cell (never read as blank)", () => {
    const sheet = `${HEAD}${ROW1}<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>99999999999999</v></c></row></sheetData></worksheet>`;
    const error = refusalOf(writeZip(workbookWith({ [SHEET]: sheet }, ["<t>Acme</t>"])));
    expect(error).toMatchObject({ problem: "badSharedString", part: SHEET, sheet: "Data", cell: "B2" });
  });
});

describe("entry names that climb out of the folder", () => {
  it("are listed as names and never used: the workbook reads as without them", () => {
    const files = [...workbookWith(), { name: "../../x", data: new TextEncoder().encode("outside") }];
    const bytes = writeZip(files);
    expect(openWorkbookPackage(bytes).zip.names).toContain("../../x");
    expect(valuesOf(bytes)).toEqual(GOOD_VALUES);
  });
});

/** The offset of the central directory record of `name`. */
function findCentralRecord(bytes: Uint8Array, name: string): number {
  const encoded = new TextEncoder().encode(name);
  for (let at = bytes.length - 46; at >= 0; at--) {
    if (bytes[at] !== 0x50 || bytes[at + 1] !== 0x4b || bytes[at + 2] !== 1 || bytes[at + 3] !== 2) continue;
    const length = bytes[at + 28] | (bytes[at + 29] << 8);
    if (length === encoded.length && encoded.every((b, i) => bytes[at + 46 + i] === b)) return at;
  }
  throw new Error(`no central record for ${name}`);
}
