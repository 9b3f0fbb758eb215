import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../../src/cli/runCli";
import { openZip } from "../../../src/xlsx/package";
import { tempDir } from "../../fixtures/cliFiles";
import { workbookFacts, type WorkbookFacts } from "../../support/workbookFacts";

/** Six months of sales: Retail clients buying Milk and Bread, Horeca clients Coffee (and some Milk). */
function salesCsv(): string {
  const lines = ["Client,Date,Amount,Segment,Product,Manager"];
  for (let m = 1; m <= 6; m++) {
    for (let i = 1; i <= 8; i++) {
      lines.push(`R0${i},2024-0${m}-15,${100 + i * 10 + m},Retail,Milk,${i % 2 ? "Ann" : "Bob"}`);
      if (i <= 4) lines.push(`R0${i},2024-0${m}-16,${50 + i},Retail,Bread,${i % 2 ? "Ann" : "Bob"}`);
    }
    for (let i = 1; i <= 5; i++) {
      lines.push(`H0${i},2024-0${m}-15,${300 + i * 20 * m},Horeca,Coffee,Cid`);
      if (i <= 2 && m > 2) lines.push(`H0${i},2024-0${m}-20,80,Horeca,Milk,Cid`);
    }
  }
  return lines.join("\n");
}

/** The CSV saved as a workbook of one sheet named as the CSV file is, every cell as the CSV holds it. */
const CSV_TO_XLSX = [
  "import csv, sys",
  "from openpyxl import Workbook",
  "wb = Workbook()",
  "ws = wb.active",
  "ws.title = sys.argv[3]",
  "for i, row in enumerate(csv.reader(open(sys.argv[1], encoding='utf-8'))):",
  "    ws.append([float(v) if i > 0 and j == 2 else v for j, v in enumerate(row)])",
  "wb.save(sys.argv[2])",
].join("\n");

async function run(dir: string, argv: readonly string[]): Promise<void> {
  const outcome = await runCli(argv, { cwd: dir, env: {} });
  if (outcome.exitCode !== 0) throw new Error(`exit ${outcome.exitCode}: ${outcome.stderr}`);
}

/**
 * The facts of Segmenta's sheets (all but the data sheet) and the names, read the same way (these
 * rules were made when ExcelJS wrote the CSV's workbook, and still hold for any reader): an
 * empty text is a blank cell (as Excel makes it; ExcelJS keeps ""), a width of 9 is 9 (ExcelJS is
 * given 9.0001 to write it at all), and a fill of a conditional format is solid either way (Excel
 * writes it without a pattern type, ExcelJS with one). A dropdown's error alert is left aside: the
 * patcher turns it on as Excel does for a list the add-in sets, ExcelJS leaves it out.
 */
function comparable(facts: WorkbookFacts) {
  const sheets = facts.sheets.map((sheet) => ({
    ...sheet,
    widths: sheet.widths.map((w) => (w === null ? w : Math.round(w * 1000) / 1000)),
  }));
  return JSON.parse(
    JSON.stringify(sheets, (key, value: unknown) =>
      value === ""
        ? null
        : (key === "pattern" && value === "solid") || key === "showErrorMessage"
          ? undefined
          : value,
    ),
  ) as unknown;
}

describe.each([
  ["classes only", ["--lang", "en"]],
  ["with the portrait, in Russian", ["--portrait", "--suggest", "--lang", "ru"]],
])("the one writer's new workbook (from the CSV) and patched workbook (from the .xlsx) agree: %s", (_label, options) => {
  const dir = tempDir();

  beforeAll(async () => {
    writeFileSync(path.join(dir, "sales.csv"), salesCsv());
    execFileSync("/usr/bin/python3", [
      "-c",
      CSV_TO_XLSX,
      path.join(dir, "sales.csv"),
      path.join(dir, "sales.xlsx"),
      "sales",
    ]);
    // The CSV's workbook is made new from a minimal package; the same sales saved as a workbook are
    // patched: the one writer's two ways must give the same sheets.
    await run(dir, ["sales.csv", ...options, "--out", "made.xlsx"]);
    await run(dir, ["sales.xlsx", ...options, "--out", "patched.xlsx"]);
  }, 120_000);

  it("on every cell, format, conditional format, dropdown and name of Segmenta's sheets", async () => {
    const made = await workbookFacts(new Uint8Array(readFileSync(path.join(dir, "made.xlsx"))));
    const patched = await workbookFacts(new Uint8Array(readFileSync(path.join(dir, "patched.xlsx"))));
    expect(patched.sheets.map((s) => s.name)).toEqual(made.sheets.map((s) => s.name));
    expect(patched.sheets.length).toBeGreaterThan(1);
    expect(comparable({ ...patched, sheets: patched.sheets.slice(1) })).toEqual(
      comparable({ ...made, sheets: made.sheets.slice(1) }),
    );
    expect(patched.names).toEqual(made.names);
  });

  it("on the columns Segmenta writes beside the table", async () => {
    const made = (await workbookFacts(new Uint8Array(readFileSync(path.join(dir, "made.xlsx")))))
      .sheets[0];
    const patched = (await workbookFacts(new Uint8Array(readFileSync(path.join(dir, "patched.xlsx")))))
      .sheets[0];
    // Columns G onwards: the user's table is A:F.
    const beside = (cells: Record<string, unknown[]>) =>
      Object.fromEntries(Object.entries(cells).filter(([address]) => !/^[A-F]\d/.test(address)));
    expect(Object.keys(beside(patched.cells))).toEqual(Object.keys(beside(made.cells)));
    const [mine, theirs] = [patched, made].map((sheet) =>
      comparable({ sheets: [{ ...sheet, cells: beside(sheet.cells) }], names: [], activeTab: null }),
    ) as [
      { cells: unknown; conditionalFormats: unknown }[],
      { cells: unknown; conditionalFormats: unknown }[],
    ];
    expect(mine[0].cells).toEqual(theirs[0].cells);
    expect(mine[0].conditionalFormats).toEqual(theirs[0].conditionalFormats);
  });

  (options.includes("--portrait") ? it : it.skip)(
    "makes the sheet the plan selects the active tab, the only one selected",
    () => {
      const zip = openZip(new Uint8Array(readFileSync(path.join(dir, "patched.xlsx"))));
      const sheets = zip.names.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
      const selected = sheets.filter((n) => /tabSelected="1"/.test(new TextDecoder().decode(zip.bytes(n))));
      expect(selected).toHaveLength(1);
      const workbook = new TextDecoder().decode(zip.bytes("xl/workbook.xml"));
      const tab = Number(/activeTab="(\d+)"/.exec(workbook)?.[1]);
      const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
      const rels = new TextDecoder().decode(zip.bytes("xl/_rels/workbook.xml.rels"));
      const ids = [...workbook.matchAll(/<sheet [^>]*r:id="([^"]+)"/g)].map((m) => m[1]);
      const target = new RegExp(
        `Id="${ids[tab]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${ids[tab]}"`,
      ).exec(rels);
      expect(selected[0].endsWith((target?.[1] ?? target?.[2] ?? "").replace(/^\/?(xl\/)?/, ""))).toBe(true);
      expect(names[tab]).not.toBe("sales");
    },
  );
});
