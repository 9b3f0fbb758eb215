/**
 * The command line on exports as managers' tools save them: a Latin-1 CSV, a line with one field
 * too many, a blank line under the header, two tables on a sheet, a hidden sheet and a cover page in
 * front of the data, a workbook with no table, a password-protected workbook, `--out` into a folder
 * that is not there, contradicting options, ambiguous dates, and `--help` in the user's language.
 */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { runCli } from "../../src/cli/runCli";
import { tempDir } from "../fixtures/cliFiles";

const run = (argv: string[], env: Record<string, string> = {}) => runCli(argv, { cwd: process.cwd(), env });

const LATIN = [
  ["Client", "Date", "Amount"],
  ["Société Générale", "2024-01-05", "120"],
  ["Müller GmbH", "2024-02-05", "80"],
  ["Ibáñez y Muñoz", "2024-03-05", "40"],
  ["Crédit Agricole", "2024-03-09", "30"],
];
const csv = (rows: readonly (readonly string[])[], delimiter = ",") => rows.map((r) => r.join(delimiter)).join("\r\n") + "\r\n";

interface Json {
  clients: { client: string }[];
  detected: { encoding: string | null; sheet: string; assumed: string[] };
}

describe("the command line on real exports", () => {
  it("reads a Windows-1252 CSV with its accented names and names the encoding in the summary and --json", async () => {
    const file = path.join(tempDir(), "latin.csv");
    writeFileSync(file, iconv.encode(csv(LATIN, ";"), "win1252"));
    for (const LANG of ["ru_RU.UTF-8", "en_US.UTF-8"]) {
      const json = JSON.parse((await run([file, "--json"], { LANG })).stdout) as Json;
      expect(json.clients.map((c) => c.client)).toEqual(LATIN.slice(1).map((r) => r[0]));
      expect(json.detected.encoding).toBe("windows-1252");
    }
    const summary = await run([file, "--lang", "en"]);
    expect(summary.stdout).toContain("The file is read as windows-1252.");
    const forced = JSON.parse((await run([file, "--json", "--encoding", "windows-1251"])).stdout) as Json;
    expect(forced.clients[0].client).toBe("Sociйtй Gйnйrale");
    expect(forced.detected.encoding).toBe("windows-1251");
  });

  it("refuses an encoding it does not know, in the user's language", async () => {
    const outcome = await run(["x.csv", "--encoding", "klingon"], { LANG: "es_ES.UTF-8" });
    expect(outcome).toMatchObject({ exitCode: 2, stdout: "" });
    expect(outcome.stderr).toContain('"klingon" no es una codificación conocida');
  });

  it("refuses a line with one field too many, naming the line, and writes nothing", async () => {
    const dir = tempDir();
    const file = path.join(dir, "comma.csv");
    writeFileSync(file, "Client,Date,Amount\nAlpha,2024-01-11,100\nBeta,2024-01-12,100,50\n");
    const outcome = await run([file, "--out", path.join(dir, "out.xlsx"), "--lang", "en"]);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain("line 3 has a value in field 4");
    expect(existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });

  it("reads past a blank line under the CSV header", async () => {
    const file = path.join(tempDir(), "blank.csv");
    writeFileSync(file, "Client,Date,Amount\n\nAlpha,2023-12-05,100\nBeta,2024-01-05,50\n");
    const json = JSON.parse((await run([file, "--json"])).stdout) as Json;
    expect(json.clients.map((c) => c.client)).toEqual(["Alpha", "Beta"]);
  });

  it("refuses two tables naming both ranges and how to pick one; --range reads the one asked for", async () => {
    const file = path.join(tempDir(), "two.csv");
    writeFileSync(file, "Sales 2023\nClient,Date,Amount\nAlpha,2023-12-05,100\n\nPurchases 2024\nSupplier,Manager,Amount\nBeta,Ivanov,50\n");
    const outcome = await run([file, "--lang", "en"]);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain("A2:C3 and A5:C7");
    expect(outcome.stderr).toContain("--range A2:C3 or --range A5:C7");
    const picked = await run([file, "--range", "A2:C3", "--lang", "en"]);
    expect(picked.exitCode).toBe(0);
    expect(picked.stdout).toContain("Only the range A2:C3 is read.");
    expect((await run([file, "--range", "A2-C3"])).exitCode).toBe(2);
  });

  it("refuses --from after --as-of, saying why", async () => {
    const file = path.join(tempDir(), "s.csv");
    writeFileSync(file, csv(LATIN));
    const outcome = await run([file, "--as-of", "2024-02-29", "--from", "2024-03-01", "--lang", "en"]);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain("cannot start (2024-03-01) after its last period (2024-02-29)");
  });

  it("says that the --out folder does not exist instead of a system error", async () => {
    const file = path.join(tempDir(), "s.csv");
    writeFileSync(file, csv(LATIN));
    const outcome = await run([file, "--out", path.join(path.dirname(file), "missing", "r.xlsx"), "--lang", "en"]);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toMatch(/the folder .*missing does not exist/);
    expect(outcome.stderr).not.toContain("ENOENT");
  });

  it("recognises a workbook saved with a password to open it", async () => {
    const file = path.join(tempDir(), "locked.xlsx");
    // An encrypted workbook is a compound file holding an `EncryptedPackage` stream (MS-OFFCRYPTO).
    const bytes = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
    Buffer.from("EncryptionInfo", "utf16le").copy(bytes, 1024);
    Buffer.from("EncryptedPackage", "utf16le").copy(bytes, 1152);
    writeFileSync(file, bytes);
    const outcome = await run([file, "--lang", "en"]);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain("locked.xlsx is protected with a password to open it");
    expect(outcome.stderr).toContain("remove the password");
  });

  it("reads the first visible sheet with a table, past a hidden sheet and a cover page, and names it", async () => {
    const dir = tempDir();
    const file = path.join(dir, "book.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Cover").getCell("A1").value = "Sales report 2024";
    const old = wb.addWorksheet("Old");
    old.state = "hidden";
    old.addRows([["Client", "Date", "Amount"], ["Stale", new Date(Date.UTC(2020, 0, 5)), 999]]);
    wb.addWorksheet("Data").addRows([["Client", "Date", "Amount"], ["Alpha", new Date(Date.UTC(2024, 0, 5)), 100]]);
    await wb.xlsx.writeFile(file);
    const json = JSON.parse((await run([file, "--json", "--lang", "en"])).stdout) as Json;
    expect(json.detected.sheet).toBe("Data");
    expect(json.clients.map((c) => c.client)).toEqual(["Alpha"]);
    expect(json.detected.assumed).toContain('Sheet "Data" is read: the first visible sheet with a table (hidden sheets passed over: Old).');
  });

  it("lists the sheets and suggests --sheet when no sheet holds a table", async () => {
    const file = path.join(tempDir(), "notes.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Cover").getCell("A1").value = "Sales report 2024";
    wb.addWorksheet("Notes").getCell("B2").value = "see the CRM";
    await wb.xlsx.writeFile(file);
    const outcome = await run([file, "--lang", "en"]);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain("no sheet holds a table of clients (sheets: Cover, Notes)");
    expect(outcome.stderr).toContain('--sheet "Cover"');
  });

  it("says which day order it assumed for dates that could be either, from the system's locale; --date-order chooses", async () => {
    const file = path.join(tempDir(), "dates.csv");
    writeFileSync(file, "Client,Date,Amount\nAlpha,01/02/2024,10\nBeta,03/04/2024,20\n");
    const us = await run([file, "--lang", "en"], { LANG: "en_US.UTF-8" });
    expect(us.stdout).toContain("read as month/day/year");
    const ru = await run([file, "--lang", "en"], { LANG: "ru_RU.UTF-8" });
    expect(ru.stdout).toContain("read as day/month/year");
    const chosen = await run([file, "--date-order", "mdy", "--lang", "en"], { LANG: "ru_RU.UTF-8" });
    expect(chosen.stdout).not.toContain("could be read either way");
    expect((await run([file, "--date-order", "ymd"], { LANG: "en_US.UTF-8" })).exitCode).toBe(2);
  });

  it("gives --help and its usage errors in the user's language", async () => {
    const ru = await run(["--help"], { LANG: "ru_RU.UTF-8" });
    expect(ru.exitCode).toBe(0);
    expect(ru.stdout).toContain("Использование:");
    expect(ru.stdout).toContain("Параметры:");
    expect(ru.stdout).toContain("первый видимый лист с таблицей");
    expect(ru.stdout).not.toMatch(/Usage:|Options:|display help/);
    const es = await run(["--help", "--lang", "es"]);
    expect(es.stdout).toContain("Opciones:");
    expect(es.stdout).toContain("--date-order");
    const unknown = await run(["--frobnicate"], { LANG: "es_ES.UTF-8" });
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).not.toMatch(/error: unknown option/);
  });

  it("leaves nothing behind in the folder of a refused run", async () => {
    const dir = tempDir();
    const file = path.join(dir, "comma.csv");
    writeFileSync(file, "Client,Date,Amount\nBeta,2024-01-12,100,50\nAlpha,2024-01-11,100\n");
    await run([file, "--out", path.join(dir, "r.xlsx")]);
    expect(readdirSync(dir)).toEqual(["comma.csv"]);
  });
});
