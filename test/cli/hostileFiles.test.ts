import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/runCli";
import { openZip } from "../../src/xlsx/package";
import { writeZip } from "../../src/xlsx/patch/zipWriter";
import { tempDir } from "../fixtures/cliFiles";
import {
  GOOD_SHEET_DATA,
  SHEET,
  whitespaceBomb,
  withEntities,
  workbookWith,
} from "../support/hostileWorkbook";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "segmenta.js");

/** Written into a child process: its wall time and peak memory when it exits, as JSON on `file`. */
const MEASURE = `const t0 = Date.now();
process.on("exit", () => require("fs").writeFileSync(process.env.SEGMENTA_MEASURE, JSON.stringify({
  seconds: (Date.now() - t0) / 1000, maxRssMiB: process.resourceUsage().maxRSS / 1024 })));`;

/** Runs the command users run in a fresh process; its own wall time and peak memory (not Jest's). */
function measured(args: string[], cwd: string) {
  const preload = path.join(cwd, "measure.js");
  const report = path.join(cwd, "measure.json");
  writeFileSync(preload, MEASURE);
  const { INIT_CWD: _npmCwd, ...env } = process.env;
  const result = spawnSync(process.execPath, ["--require", preload, BIN, ...args], {
    cwd,
    env: { ...env, LANG: "en_US.UTF-8", SEGMENTA_MEASURE: report },
    encoding: "utf8",
    timeout: 120_000,
  });
  const figures = JSON.parse(readFileSync(report, "utf8")) as { seconds: number; maxRssMiB: number };
  return { status: result.status, stderr: result.stderr, ...figures };
}

async function refusal(bytes: Uint8Array, language = "en") {
  const dir = tempDir();
  writeFileSync(path.join(dir, "sales.xlsx"), bytes);
  const outcome = await runCli(["sales.xlsx", "--lang", language, "--out", "out.xlsx"], {
    cwd: dir,
    env: {},
  });
  expect(outcome.exitCode).toBe(2);
  expect(outcome.stdout).toBe("");
  expect(readdirSync(dir)).toEqual(["sales.xlsx"]);
  return outcome.stderr.trim();
}

beforeAll(() => {
  // The bundle is rebuilt here when stale, so the measured run times the command alone.
  spawnSync(process.execPath, [BIN, "--help"], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
});

describe("a decompression bomb on the command line", () => {
  it("3 MB inflating to 3 GiB: refused within seconds and a few hundred MiB, exit 2, nothing written", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "bomb.xlsx"), whitespaceBomb(3072));
    const run = measured(["bomb.xlsx", "--out", "out.xlsx"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      'bomb.xlsx is not a workbook a spreadsheet program saved: the sheet "Data" (xl/worksheets/sheet1.xml) would unpack to far more than any spreadsheet writes, or is built as none writes. It was not read',
    );
    expect(existsSync(path.join(dir, "out.xlsx"))).toBe(false);
    expect(run.seconds).toBeLessThan(5);
    expect(run.maxRssMiB).toBeLessThan(300);
  });

  it("the same with a zip header that lies (1,000 bytes): stopped as soon as more comes out", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "bomb.xlsx"), whitespaceBomb(3072, 1000));
    const run = measured(["bomb.xlsx"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("(xl/worksheets/sheet1.xml) would unpack to far more");
    expect(run.seconds).toBeLessThan(5);
    expect(run.maxRssMiB).toBeLessThan(300);
  });

  it("is refused in the user's language", async () => {
    expect(await refusal(whitespaceBomb(200), "ru")).toMatch(
      /^sales\.xlsx — не книга, сохранённая программой электронных таблиц: лист «Data» \(xl\/worksheets\/sheet1\.xml\)/,
    );
  });
});

describe("other hostile workbooks on the command line", () => {
  it("entity declarations: refused naming the file and the part", async () => {
    const xml = withEntities(
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Client</t></si></sst>`,
    );
    expect(
      await refusal(writeZip(workbookWith({ "xl/sharedStrings.xml": xml }, ["<t>Client</t>"])), "es"),
    ).toBe(
      "sales.xlsx no es un libro guardado por un programa de hojas de cálculo: la tabla de textos que comparten las celdas (xl/sharedStrings.xml) declara entidades XML, que ninguno escribe. No se ha leído",
    );
  });

  it("a shared-text index far past the table's end: refused naming the cell", async () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${GOOD_SHEET_DATA}<row r="4"><c r="A4" t="s"><v>4000000000</v></c></row></sheetData></worksheet>`;
    expect(await refusal(writeZip(workbookWith({ [SHEET]: sheet }, ["<t>Acme</t>"])))).toBe(
      'sales.xlsx: the sheet "Data" could not be read: cell A4 points at a shared text the file does not hold; the file is damaged. Open it in Excel, save it again, and run again',
    );
  });

  it("a sheet of a million empty <row/> elements: the right answer, in seconds", async () => {
    const dir = tempDir();
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${GOOD_SHEET_DATA}${"<row/>".repeat(1_000_000)}</sheetData></worksheet>`;
    writeFileSync(path.join(dir, "sales.xlsx"), writeZip(workbookWith({ [SHEET]: sheet })));
    const started = Date.now();
    const outcome = await runCli(["sales.xlsx", "--json"], { cwd: dir, env: {} });
    expect(outcome.exitCode).toBe(0);
    const json = JSON.parse(outcome.stdout) as { clients: { name: string; turnover: number }[] };
    expect(json.clients.map((c) => [c.name, c.turnover])).toEqual([
      ["Acme", 12],
      ["Beta", 11],
    ]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("an entry named ../../x is carried over by --out untouched, and never written as a file", async () => {
    const dir = tempDir();
    const outside = path.resolve(dir, "../../x");
    const existedBefore = existsSync(outside);
    const input = writeZip([
      ...workbookWith(),
      { name: "../../x", data: new TextEncoder().encode("outside") },
    ]);
    writeFileSync(path.join(dir, "sales.xlsx"), input);
    const outcome = await runCli(["sales.xlsx", "--out", "out.xlsx"], { cwd: dir, env: {} });
    expect(outcome.stderr).toBe("");
    expect(outcome.exitCode).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["out.xlsx", "sales.xlsx"]);
    expect(existsSync(outside)).toBe(existedBefore);
    const before = openZip(input);
    const after = openZip(readFileSync(path.join(dir, "out.xlsx")));
    expect(after.names).toContain("../../x");
    expect(Buffer.from(after.rawBytes("../../x"))).toEqual(Buffer.from(before.rawBytes("../../x")));
    expect(after.entry("../../x")).toMatchObject({ crc32: before.entry("../../x")?.crc32, size: 7 });
  });
});
