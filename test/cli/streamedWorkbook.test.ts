import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CLIENTS_SHEET_MARKER, PORTRAIT_MARKERS, analyseWorkbook } from "../../src/core";
import type { WritePlan } from "../../src/core";
import { cliWords } from "../../src/cli/cliWords";
import { loadInput, type LoadedInput } from "../../src/cli/loadInput";
import { parseArgs } from "../../src/cli/parseArgs";
import { portraitOptions } from "../../src/cli/portraitOptions";
import { runCli } from "../../src/cli/runCli";
import { writeResultWorkbook } from "../../src/cli/writeOutput";
import { loadWorkbook, snapshotFromWorkbook } from "../support/exceljs/exceljsWorkbook";
import { openWorkbookPackage } from "../../src/xlsx/package";
import { tempDir } from "../fixtures/cliFiles";
import { hasSoffice, sheetsInCalc } from "../support/libreOffice";
import { inMemoryWorkbook, workbookFacts, type WorkbookFacts } from "../support/workbookFacts";

/** A wide table: one row per client, a column per month. */
const WIDE = [
  "Client,Segment,Manager,Jan 2024,Feb 2024,Mar 2024,Apr 2024,May 2024,Jun 2024",
  "Acme,Retail,Ann,100,120,90,110,100,130",
  'Beta,Horeca,"Bob, Jr.",50,0,40,0,60,0',
  "Gamma,Retail,Ann,,,,,30,40",
  "Delta,Online,Cid,0,0,0,0,0,0",
].join("\n");

/** A long table: one row per sale over six months, Retail clients buying Milk and Bread, Horeca Coffee. */
function longCsv(): string {
  const lines = ["Client,Date,Amount,Segment,Product,Manager"];
  for (let m = 1; m <= 6; m++) {
    const date = `2024-0${m}-15`;
    for (let i = 1; i <= 8; i++) {
      lines.push(`R0${i},${date},${100 + i * 10},Retail,Milk,${i % 2 ? "Ann" : "Bob"}`);
      if (i <= 4) lines.push(`R0${i},${date},${50 + i},Retail,Bread,${i % 2 ? "Ann" : "Bob"}`);
    }
    for (let i = 1; i <= 5; i++) {
      lines.push(`H0${i},${date},${300 + i * 20},Horeca,Coffee,Cid`);
      if (i <= 2 && m > 2) lines.push(`H0${i},${date},80,Horeca,Milk,Cid`);
    }
  }
  return lines.join("\n");
}

/** The input and the plan the command line makes for `argv`, step by step as `runCli` does. */
async function planOf(dir: string, argv: readonly string[]): Promise<{ input: LoadedInput; plan: WritePlan }> {
  const parsed = parseArgs(argv, {});
  if (!parsed.ok) throw new Error(parsed.stderr);
  const o = parsed.options;
  const loaded = await loadInput(path.join(dir, o.file), { sheet: o.sheet });
  if (!loaded.ok) throw new Error(loaded.problem.code);
  const portrait = portraitOptions(o, loaded.value.snapshot, o.file, cliWords(o.language));
  if (!portrait.ok) throw new Error(portrait.message);
  const analysis = analyseWorkbook(loaded.value.snapshot, {
    settings: o.settings,
    lang: o.language,
    overrides: o.overrides,
    plan: true,
    ...(portrait.value ? { portrait: portrait.value } : {}),
  });
  if (analysis.plan === null) throw new Error("no plan");
  return { input: loaded.value, plan: analysis.plan };
}

async function run(dir: string, argv: readonly string[]) {
  const outcome = await runCli(argv, { cwd: dir, env: {} });
  if (outcome.exitCode !== 0) throw new Error(`exit ${outcome.exitCode}: ${outcome.stderr}`);
  return outcome;
}

const bytesOf = (file: string) => new Uint8Array(readFileSync(file));

/**
 * The facts with empty text as a blank cell. The sheets a chart sits on are written by the patcher,
 * which leaves a blank cell where the plan has empty text (as Excel does); ExcelJS keeps "".
 */
function blankTexts(facts: WorkbookFacts): WorkbookFacts {
  return {
    ...facts,
    sheets: facts.sheets.map((sheet) => ({
      ...sheet,
      cells: Object.fromEntries(Object.entries(sheet.cells).map(([at, cell]) => [at, cell[0] === "" ? [null, ...cell.slice(1)] : cell])),
    })),
  };
}

/** Segmenta's ranges in name order (the patcher sets the names of the sheets it rewrites again, at the end). */
const byName = (owned: readonly { name: string }[] | undefined) => [...(owned ?? [])].sort((a, b) => a.name.localeCompare(b.name));

describe.each([
  ["a wide table", "wide.csv", WIDE, ["--lang", "en"]],
  ["a long table with the portrait, in Russian", "продажи.csv", longCsv(), ["--portrait", "--suggest", "--lang", "ru"]],
  ["a long table with the portrait", "sales.csv", longCsv(), ["--portrait", "--suggest", "--lang", "en"]],
])("--out .xlsx from a CSV file: %s", (_label, file, text, options) => {
  const dir = tempDir();
  const argv = [file, ...options];

  beforeAll(async () => {
    writeFileSync(path.join(dir, file), text);
    await run(dir, [...argv, "--out", "streamed.xlsx"]);
    const { input, plan } = await planOf(dir, argv);
    writeFileSync(path.join(dir, "memory.xlsx"), await inMemoryWorkbook(input.snapshot.active, plan));
  }, 60_000);

  it("is streamed into the workbook the in-memory writer makes for the same plan", async () => {
    const streamed = await workbookFacts(bytesOf(path.join(dir, "streamed.xlsx")));
    expect(streamed.sheets.length).toBeGreaterThan(1);
    expect(streamed.names.length).toBeGreaterThan(1);
    expect(blankTexts(streamed)).toEqual(blankTexts(await workbookFacts(bytesOf(path.join(dir, "memory.xlsx")))));
  });

  it("is found and updated in place by a run on it, as the in-memory file is", async () => {
    await run(dir, ["streamed.xlsx", ...options, "--out", "streamed-again.xlsx"]);
    await run(dir, ["memory.xlsx", ...options, "--out", "memory-again.xlsx"]);
    const once = await loadWorkbook(bytesOf(path.join(dir, "streamed.xlsx")));
    const again = await loadWorkbook(bytesOf(path.join(dir, "streamed-again.xlsx")));
    expect(again.worksheets.map((ws) => ws.name)).toEqual(once.worksheets.map((ws) => ws.name));
    expect(byName(snapshotFromWorkbook(again)?.owned)).toEqual(byName(snapshotFromWorkbook(once)?.owned));
    // The writer leaves a blank cell where the plan writes empty text (as Excel does), where ExcelJS
    // keeps an empty string.
    const blankText = (values: readonly (readonly unknown[])[] | undefined) => values?.map((line) => line.map((v) => (v === "" ? null : v)));
    for (const ws of once.worksheets) {
      expect(blankText(snapshotFromWorkbook(again, ws.name)?.active.values)).toEqual(blankText(snapshotFromWorkbook(once, ws.name)?.active.values));
    }
    const rerun = await workbookFacts(bytesOf(path.join(dir, "streamed-again.xlsx")));
    expect(blankTexts(rerun)).toEqual(blankTexts(await workbookFacts(bytesOf(path.join(dir, "memory-again.xlsx")))));
  }, 60_000);

  it("lists its sheets in docProps/app.xml, as Excel does, also after a re-run adds none", async () => {
    for (const file of ["streamed.xlsx", "streamed-again.xlsx"]) {
      const pkg = openWorkbookPackage(bytesOf(path.join(dir, file)));
      const app = new TextDecoder().decode(pkg.zip.bytes("docProps/app.xml"));
      const titles = [...app.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]).slice(1);
      expect(titles).toEqual(pkg.sheets.map((s) => s.name.replace(/&/g, "&amp;")));
    }
  });
});

describe("the streamed --out, when writing fails", () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, "sales.csv"), longCsv());

  it("leaves no file behind half-way through a sheet", async () => {
    const { input, plan } = await planOf(dir, ["sales.csv"]);
    // A value ExcelJS cannot take, on the last sheet: the data sheet is already written by then.
    const last = plan.ops.filter((op) => op.kind === "values").at(-1);
    if (last?.kind !== "values") throw new Error("no values op");
    const broken: WritePlan = { ...plan, ops: [...plan.ops, { ...last, values: [[{ formula: 42 as unknown as string }]] }] };
    await expect(writeResultWorkbook(path.join(dir, "out.xlsx"), input, broken, false)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(["sales.csv"]);
  });

  it("leaves nothing when the folder does not exist", async () => {
    const { input, plan } = await planOf(dir, ["sales.csv"]);
    await expect(writeResultWorkbook(path.join(dir, "no", "out.xlsx"), input, plan, false)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(["sales.csv"]);
  });
});

describe("the streamed .xlsx, opened in LibreOffice Calc", () => {
  if (!hasSoffice) {
    it.skip("needs soffice (LibreOffice Calc) on the PATH: not installed here", () => undefined);
    return;
  }

  it("shows the data sheet and Segmenta's client sheet as written", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), longCsv());
    await run(dir, ["sales.csv", "--portrait", "--suggest", "--lang", "en", "--out", "out.xlsx"]);
    const wb = await loadWorkbook(bytesOf(path.join(dir, "out.xlsx")));
    const owned = snapshotFromWorkbook(wb)?.owned ?? [];
    const clientSheet = owned.find((o) => o.name === CLIENTS_SHEET_MARKER)?.range.sheet;
    const planSheet = owned.find((o) => o.name === PORTRAIT_MARKERS.plan)?.range.sheet;
    const inCalc = sheetsInCalc(path.join(dir, "out.xlsx"), dir);
    const sheetCsv = (sheet: string | undefined) => inCalc(sheet ?? "(no such sheet)");
    const data = sheetCsv("sales");
    expect(data[0]).toEqual(["Client", "Date", "Amount", "Segment", "Product", "Manager"]);
    expect(data[1].slice(0, 3)).toEqual(["R01", "2024-01-15", "110"]);
    const clients = sheetCsv(clientSheet);
    expect(clients.slice(1).map((r) => r[0])).toEqual(expect.arrayContaining(["R01", "H05"]));
    expect(clients.find((r) => r[0] === "H05")?.[7]).toBe("A");
    expect(sheetCsv(planSheet).length).toBeGreaterThan(1);
  }, 180_000);
});
