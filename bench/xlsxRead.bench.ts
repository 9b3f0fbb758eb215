import { readFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { openZip } from "../src/xlsx/package";
import { openWorkbookReader, snapshotFromReader } from "../src/xlsx/read";
import { bestOf, interleaved, timeCommand, timeNode, type BenchFigure } from "./benchTypes";
import { whitespaceBomb } from "../test/support/hostileWorkbook";
import { writePortraitCsv } from "./portrait.bench";
import { MILLION_ROWS, salesRows } from "./salesFile";

const RUNS = 3;
/** Rounds of the command lines compared (see `interleaved`). */
const ROUNDS = 7;
const SALES_PER_CLIENT = 5;
const SHEET_PART = "xl/worksheets/sheet1.xml";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
/** The compiled command line. */
const CLI = path.resolve(__dirname, "..", "bin", "segmenta.js");
/** A bare count of the `<c ` elements of the XML on standard input. */
const COUNT_CELLS =
  'let n=0,tail="";process.stdin.setEncoding("latin1");process.stdin.on("data",d=>{const t=tail+d;for(let i=t.indexOf("<c ");i>=0;i=t.indexOf("<c ",i+3))n++;tail=t.slice(-2)}).on("end",()=>console.log(n))';
/** The child process that reads a file once, for its peak memory (`node --import tsx`). */
const READ_ONCE = path.join(__dirname, "xlsxReadOnce.ts");

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}

function columnName(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * An .xlsx as Excel writes one: text in the shared strings, numbers as numbers, ISO dates as
 * serials in a date format (style 1, built-in format 14). `rows` are the text fields of each line.
 */
export function writeXlsx(
  file: string,
  header: readonly string[],
  rows: Iterable<readonly string[]>,
  dateColumn: number,
): number {
  const strings = new Map<string, number>();
  const shared = (text: string): number => {
    let index = strings.get(text);
    if (index === undefined) strings.set(text, (index = strings.size));
    return index;
  };
  const parts: string[] = [];
  const cell = (ref: string, value: string, col: number): string => {
    if (col === dateColumn)
      return `<c r="${ref}" s="1"><v>${Date.parse(`${value}T00:00:00Z`) / MS_PER_DAY + UNIX_EPOCH_SERIAL}</v></c>`;
    if (value !== "" && Number.isFinite(Number(value))) return `<c r="${ref}"><v>${value}</v></c>`;
    return value === "" ? "" : `<c r="${ref}" t="s"><v>${shared(value)}</v></c>`;
  };
  const letters = header.map((_, c) => columnName(c));
  parts.push(
    `<row r="1">${header.map((h, c) => `<c r="${letters[c]}1" t="s"><v>${shared(h)}</v></c>`).join("")}</row>`,
  );
  let r = 1;
  for (const row of rows) {
    r++;
    parts.push(`<row r="${r}">${row.map((v, c) => cell(`${letters[c]}${r}`, v, c)).join("")}</row>`);
  }
  const sst = [...strings.keys()].map((s) => `<si><t>${escapeXml(s)}</t></si>`).join("");
  const rels = (items: string) =>
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
  const zip = zipSync(
    {
      "[Content_Types].xml": strToU8(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`,
      ),
      "_rels/.rels": strToU8(
        rels(`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>`),
      ),
      "xl/workbook.xml": strToU8(
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Sales" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        rels(
          `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>`,
        ),
      ),
      "xl/styles.xml": strToU8(
        `<styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
      ),
      "xl/sharedStrings.xml": strToU8(
        `<sst xmlns="${MAIN}" count="${strings.size}" uniqueCount="${strings.size}">${sst}</sst>`,
      ),
      [SHEET_PART]: strToU8(
        `<worksheet xmlns="${MAIN}"><sheetData>${parts.join("")}</sheetData></worksheet>`,
      ),
    },
    { level: 6 },
  );
  writeFileSync(file, zip);
  return r - 1;
}

/** The floor: inflate the sheet part in pieces and count its `<c` elements, nothing else. */
function floor(bytes: Uint8Array): number {
  const zip = openZip(bytes);
  const decoder = new TextDecoder();
  let cells = 0;
  zip.stream(SHEET_PART, (chunk) => {
    const text = decoder.decode(chunk, { stream: true });
    for (let at = text.indexOf("<c "); at >= 0; at = text.indexOf("<c ", at + 3)) cells++;
  });
  return cells;
}

function readSnapshot(bytes: Uint8Array): number {
  return snapshotFromReader(openWorkbookReader(bytes))?.active.values.length ?? 0;
}

/** A refused bomb's figures: wall time and peak memory of the fresh process that refused it. */
function bombFigures(what: string, child: ReturnType<typeof readInChild>): BenchFigure[] {
  return [
    {
      name: `${what}: refused in a fresh process, wall`,
      value: child.wallSeconds,
      unit: "s",
      goal: { text: "under 2 s", met: child.wallSeconds < 2 },
    },
    {
      name: `${what}: peak memory`,
      value: child.maxRssMiB,
      unit: "MiB",
      goal: { text: "under 300 MiB", met: !(child.maxRssMiB >= 300) },
    },
  ];
}

/** Peak memory and wall time of a fresh process that reads `file` once. */
function readInChild(file: string) {
  return timeCommand(
    1,
    process.execPath,
    ["--import", "tsx", READ_ONCE, file],
    path.resolve(__dirname, ".."),
  );
}

/**
 * Reading .xlsx files with the streaming reader (`src/xlsx/read`): 250,000 sales of 50,000 clients
 * × 30 products (the portrait bench's data, as Excel would save it). First the command line's summary
 * of it against the summary of the same sales as CSV, and against `unzip -p` of the sheet piped into a
 * bare count of its cells (the rows of issue 22's table); then the reader alone against the floor
 * "inflate the sheet part and count its `<c>` elements", both in this process, best of 3; then, each in a fresh
 * process, peak memory of that read, of a 1,000,000-row workbook, of a sheet whose only far
 * cell is XFD1048576, and of a 3 MB decompression bomb (3 GiB of whitespace between rows) refused.
 */
export async function run(): Promise<readonly BenchFigure[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "segmenta-xlsx-read-"));
  try {
    const csv = path.join(dir, "sales.csv");
    await writePortraitCsv(csv, SALES_PER_CLIENT);
    const lines = readFileSync(csv, "utf8").trimEnd().split("\n");
    const portraitXlsx = path.join(dir, "sales.xlsx");
    const sales = writeXlsx(
      portraitXlsx,
      lines[0].split(","),
      (function* () {
        for (let i = 1; i < lines.length; i++) yield lines[i].split(",");
      })(),
      1,
    );
    const bytes = readFileSync(portraitXlsx);
    // The command line a manager runs, on the same sales as .xlsx and as CSV, and the floor of the
    // lossless issue: `unzip -p` of the sheet piped into a bare count of its cells. CPU seconds
    // (children included): wall time is stretched when others share the machine.
    // Interleaved rounds, the ratios the medians of each round's (see `interleaved`).
    const summaries = interleaved(ROUNDS, {
      csv: () => timeNode(1, [CLI, csv, "--quiet"]),
      xlsx: () => timeNode(1, [CLI, portraitXlsx, "--quiet"]),
      unzip: () =>
        timeCommand(1, "/bin/sh", [
          "-c",
          `unzip -p '${portraitXlsx}' ${SHEET_PART} | '${process.execPath}' -e '${COUNT_CELLS}'`,
        ]),
    });
    const { csv: csvSummary, xlsx: xlsxSummary, unzip: unzipCount } = summaries.best;
    const floorTime = await bestOf(RUNS, () => floor(bytes));
    const readTime = await bestOf(RUNS, () => readSnapshot(bytes));
    const portraitChild = readInChild(portraitXlsx);

    const millionXlsx = path.join(dir, "million.xlsx");
    writeXlsx(millionXlsx, ["Client", "Date", "Amount"], salesRows(MILLION_ROWS), 1);
    const millionChild = readInChild(millionXlsx);

    const sparseXlsx = path.join(dir, "sparse.xlsx");
    writeXlsx(sparseXlsx, ["Client", "Jan", "Feb"], [["Acme", "5", "6"]], -1);
    const sparse = unzipWith(readFileSync(sparseXlsx), SHEET_PART, (xml) =>
      xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'),
    );
    writeFileSync(sparseXlsx, sparse);
    const sparseChild = readInChild(sparseXlsx);

    const bombXlsx = path.join(dir, "bomb.xlsx");
    writeFileSync(bombXlsx, whitespaceBomb(3072));
    const bombChild = readInChild(bombXlsx);
    writeFileSync(bombXlsx, whitespaceBomb(3072, 1000));
    const lyingBombChild = readInChild(bombXlsx);

    const size = `${(sales / 1000).toFixed(0)}k sales`;
    const ratio = readTime.cpuMs / floorTime.cpuMs;
    const bySummary = summaries.ratio("xlsx", "csv");
    const byUnzip = summaries.ratio("xlsx", "unzip");
    return [
      {
        name: `${size}: segmenta sales.csv --quiet, CPU (wall)`,
        value: csvSummary.cpuSeconds,
        unit: `s (${csvSummary.wallSeconds.toFixed(2)} s)`,
      },
      {
        name: `${size}: segmenta sales.xlsx --quiet, CPU (wall)`,
        value: xlsxSummary.cpuSeconds,
        unit: `s (${xlsxSummary.wallSeconds.toFixed(2)} s)`,
      },
      {
        name: `${size}: unzip -p | count <c, CPU (wall)`,
        value: unzipCount.cpuSeconds,
        unit: `s (${unzipCount.wallSeconds.toFixed(2)} s)`,
      },
      {
        name: `${size}: summary from the .xlsx ÷ from the CSV, CPU, median of ${ROUNDS} rounds`,
        value: bySummary,
        unit: "×",
        goal: { text: "≤ 1.5×", met: bySummary <= 1.5 },
      },
      {
        name: `${size}: .xlsx summary ÷ unzip -p | count <c, CPU, median of ${ROUNDS} rounds`,
        value: byUnzip,
        unit: "×",
        goal: { text: "≤ 4×", met: byUnzip <= 4 },
      },
      {
        name: `${size} .xlsx: floor (inflate the sheet, count <c>), CPU`,
        value: floorTime.cpuMs / 1000,
        unit: "s",
      },
      { name: `${size} .xlsx: streaming read to the snapshot, CPU`, value: readTime.cpuMs / 1000, unit: "s" },
      {
        name: `${size} .xlsx: read ÷ floor`,
        value: ratio,
        unit: "×",
        goal: { text: "at most 4×", met: ratio <= 4 },
      },
      {
        name: `${size} .xlsx: read in a fresh process, peak memory`,
        value: portraitChild.maxRssMiB,
        unit: "MiB",
        goal: { text: "under 512 MiB", met: !(portraitChild.maxRssMiB >= 512) },
      },
      {
        name: "1,000,000-row .xlsx: read in a fresh process, peak memory",
        value: millionChild.maxRssMiB,
        unit: "MiB",
        goal: { text: "under 1 GiB", met: !(millionChild.maxRssMiB >= 1024) },
      },
      {
        name: "1,000,000-row .xlsx: read in a fresh process, wall",
        value: millionChild.wallSeconds,
        unit: "s",
      },
      {
        name: "header + XFD1048576 .xlsx: read in a fresh process, wall",
        value: sparseChild.wallSeconds,
        unit: "s",
        goal: { text: "under 2 s", met: sparseChild.wallSeconds < 2 },
      },
      {
        name: "header + XFD1048576 .xlsx: peak memory",
        value: sparseChild.maxRssMiB,
        unit: "MiB",
        goal: { text: "under 300 MiB", met: !(sparseChild.maxRssMiB >= 300) },
      },
      ...bombFigures("3 MB bomb inflating to 3 GiB", bombChild),
      ...bombFigures("the same bomb, its zip header saying 1,000 bytes", lyingBombChild),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The zip with one text part rewritten. */
function unzipWith(bytes: Uint8Array, part: string, change: (xml: string) => string): Uint8Array {
  const zip = openZip(bytes);
  const files: Record<string, Uint8Array> = {};
  for (const name of zip.names) files[name] = zip.bytes(name);
  files[part] = strToU8(change(new TextDecoder().decode(files[part])));
  return zipSync(files);
}
