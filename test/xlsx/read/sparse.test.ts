import { readFileSync } from "node:fs";
import path from "node:path";
import { analyseWorkbook, cellAddress, DEFAULT_SETTINGS } from "../../../src/core";
import type { ZipArchive } from "../../../src/xlsx/package";
import {
  COLUMN_GAP,
  openWorkbookReader,
  parseStyles,
  readSheetCells,
  sheetFromCells,
  snapshotFromReader,
  type SparseCells,
} from "../../../src/xlsx/read";
import { handMadeWorkbook } from "./handMade";

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const num = (ref: string, value: number) => `<c r="${ref}"><v>${value}</v></c>`;

function activeOf(sheetData: string) {
  const snapshot = snapshotFromReader(openWorkbookReader(handMadeWorkbook({ sheetData })));
  if (!snapshot) throw new Error("no snapshot");
  return snapshot.active;
}

describe("the grid covers the table, not the space up to the farthest cell", () => {
  it("keeps a header row and leaves out a stray cell at XFD1048576", () => {
    const sheet = activeOf(
      `<row r="1">${inline("A1", "Client")}${inline("B1", "Jan")}</row><row r="1048576">${num("XFD1048576", 1)}</row>`,
    );
    expect(sheet).toMatchObject({ top: 0, left: 0, values: [["Client", "Jan"]] });
  });

  it("keeps every row down to a far cell in the table's columns, blank rows costing no cells", () => {
    const sheet = activeOf(
      `<row r="1">${inline("A1", "Client")}${inline("B1", "Jan")}</row><row r="2">${inline("A2", "Acme")}${num("B2", 5)}</row>` +
        `<row r="1048576">${inline("A1048576", "Late client")}${num("B1048576", 7)}</row>`,
    );
    expect(sheet.values.length).toBe(1_048_576);
    expect(sheet.values[1_048_575]).toEqual(["Late client", 7]);
    expect(sheet.values[500_000]).toEqual([null, null]);
    expect(sheet.values[500_000]).toBe(sheet.values[600_000]);
  });

  it("keeps a client row whole when a note sits far to its right", () => {
    const far = COLUMN_GAP + 3;
    const farRef = (row: number) => cellAddress(row - 1, far);
    const sheet = activeOf(
      `<row r="1">${inline("A1", "Client")}${inline("B1", "Jan")}</row>` +
        `<row r="2">${inline("A2", "Acme")}${num("B2", 5)}${inline(farRef(2), "note")}</row>`,
    );
    expect(sheet.values).toEqual([
      ["Client", "Jan"],
      ["Acme", 5],
    ]);
  });

  it("keeps columns a few blank columns apart in one table", () => {
    const sheet = activeOf(
      `<row r="1">${inline("A1", "Client")}${inline("F1", "Jan")}</row><row r="2">${inline("A2", "Acme")}${num("F2", 5)}</row>`,
    );
    expect(sheet.values[1]).toEqual(["Acme", null, null, null, null, 5]);
  });

  it("takes the bigger block when a sheet holds two far apart", () => {
    const sheet = activeOf(
      `<row r="1">${inline("A1", "Title")}${inline("AZ1", "Client")}${inline("BA1", "Jan")}</row>` +
        `<row r="2">${inline("AZ2", "Acme")}${num("BA2", 5)}</row><row r="3">${inline("AZ3", "Beta")}${num("BA3", 6)}</row>`,
    );
    expect(sheet).toMatchObject({ top: 0, left: 51 });
    expect(sheet.values.map((row) => row[0])).toEqual(["Client", "Acme", "Beta"]);
  });

  it("analyses the bundled sample with a stray cell at XFD1048576 the same as without it", () => {
    const bytes = readFileSync(path.join(__dirname, "../../../assets/sample-en.xlsx"));
    const plain = snapshotFromReader(openWorkbookReader(bytes));
    if (!plain) throw new Error("no snapshot");
    const sheetData = plain.active.values
      .map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cellXml(r, c, v)).join("")}</row>`)
      .join("");
    const stray = `${sheetData}<row r="1048576">${num("XFD1048576", 1)}</row>`;
    const withStray = snapshotFromReader(openWorkbookReader(handMadeWorkbook({ sheetData: stray })));
    if (!withStray) throw new Error("no snapshot");
    const run = (values: typeof plain.active.values) =>
      analyseWorkbook(
        { ...plain, active: { ...plain.active, name: "Data", top: 0, left: 0, values, formats: undefined } },
        {
          settings: DEFAULT_SETTINGS,
          lang: "en",
        },
      ).classification?.clients.length;
    expect(withStray.active.values).toEqual(plain.active.values);
    expect(run(withStray.active.values)).toBeGreaterThan(0);
  });
});

function cellXml(r: number, c: number, value: unknown): string {
  const ref = cellAddress(r, c);
  if (typeof value === "number") return num(ref, value);
  if (typeof value === "string") return inline(ref, value.replace(/&/g, "&amp;").replace(/</g, "&lt;"));
  return "";
}

describe("cells scattered across a whole sheet", () => {
  it("give rows that end at their own last cell, never a row filled to XFD", () => {
    // One cell every COLUMN_GAP columns keeps the whole width in one block.
    const rows: string[] = [];
    for (let r = 0; r < 2000; r++) {
      const col = (r * COLUMN_GAP) % 16_384;
      rows.push(
        `<row r="${r + 1}">${inline(cellAddress(r, 0), `Client ${r}`)}${num(cellAddress(r, col || 1), r)}</row>`,
      );
    }
    const sheet = activeOf(rows.join(""));
    expect(sheet.values.length).toBe(2000);
    const widest = Math.max(...sheet.values.map((row) => row.length));
    expect(widest).toBeGreaterThan(1024);
    expect(sheet.values[3]).toEqual(["Client 3", ...new Array<null>(3 * COLUMN_GAP - 1).fill(null), 3]);
    expect(sheet.values.reduce((sum, row) => sum + row.length, 0)).toBeLessThan(2000 * 16_384 * 0.6);
  });
});

describe("cells outside the table are never made into values", () => {
  it("asks for the values of the table's block only, and for no number of another block", () => {
    // The table in A:C, a block of numbers far to the right (beyond COLUMN_GAP), read as the reader reads them.
    const rows = Array.from({ length: 5 }, (_, r) => r);
    const far = COLUMN_GAP + 10;
    const text = new TextEncoder().encode(
      `<worksheet><sheetData>${rows
        .map(
          (r) =>
            `<row r="${r + 1}">${[0, 1, 2].map((c) => `<c r="${cellAddress(r, c)}"><v>${r * 10 + c}</v></c>`).join("")}${[0, 1].map((c) => `<c r="${cellAddress(r, far + c)}"><v>${r + c + 0.5}</v></c>`).join("")}</row>`,
        )
        .join("")}</sheetData></worksheet>`,
    );
    const zip = {
      names: ["s.xml"],
      entry: () => ({ size: text.length }),
      stream: (_: string, onChunk: (chunk: Uint8Array) => void) => onChunk(text),
    } as unknown as ZipArchive;
    const styles = parseStyles(null, "");
    const cells = readSheetCells(zip, "s.xml", { sharedStrings: [], styles, date1904: false });
    const asked = new Set<number>();
    const counted: SparseCells = {
      ...cells,
      kinds: cells.kinds,
      value: (i) => (asked.add(cells.cols[i]), cells.value(i)),
    };
    const sheet = sheetFromCells("Data", counted, styles);
    expect(sheet.values).toEqual(rows.map((r) => [r * 10, r * 10 + 1, r * 10 + 2]));
    expect([...asked].sort((a, b) => a - b)).toEqual([0, 1, 2]);
  });
});
