import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Papa from "papaparse";
import { runCli } from "../../src/cli/runCli";
import { writeAtomically } from "../../src/cli/writeOutput";
import { russianWideWorkbook, tempDir } from "../fixtures/cliFiles";

const soffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;

describe("writeAtomically", () => {
  it("leaves only the finished file in the folder", async () => {
    const dir = tempDir();
    await writeAtomically(path.join(dir, "out.csv"), "a,b\n");
    expect(readdirSync(dir)).toEqual(["out.csv"]);
    expect(readFileSync(path.join(dir, "out.csv"), "utf8")).toBe("a,b\n");
  });

  it("leaves nothing behind when the folder does not exist", async () => {
    const dir = tempDir();
    await expect(writeAtomically(path.join(dir, "no", "out.csv"), "x")).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("the .xlsx the command line writes, opened in LibreOffice Calc", () => {
  if (!soffice) {
    it.skip("needs soffice (LibreOffice Calc) on the PATH: not installed here", () => undefined);
    return;
  }

  it("shows the result columns beside the table", async () => {
    const dir = tempDir();
    await russianWideWorkbook(path.join(dir, "in.xlsx"));
    expect((await runCli(["in.xlsx", "--out", "out.xlsx", "--lang", "ru"], { cwd: dir, env: {} })).exitCode).toBe(0);
    const profile = pathToFileURL(path.join(dir, "lo-profile")).href;
    execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", path.join(dir, "csv"), path.join(dir, "out.xlsx")], {
      stdio: "pipe",
      timeout: 120_000,
    });
    const csv = path.join(dir, "csv", "out.csv");
    expect(existsSync(csv)).toBe(true);
    const lines = Papa.parse<string[]>(readFileSync(csv, "utf8"), { delimiter: "," }).data;
    const header = lines[3];
    expect(header.slice(0, 3)).toEqual(["Клиент", "Сегмент", "Менеджер"]);
    expect(header).toEqual(expect.arrayContaining(["ABC", "XYZ"]));
    const abc = header.indexOf("ABC");
    expect(lines[4][abc]).toBe("A");
    expect(lines[4][0]).toBe("ООО «Ромашка»");
  }, 180_000);
});
