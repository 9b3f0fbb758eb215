import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/runCli";
import { OutputExistsError, writeAtomically } from "../../src/cli/writeOutput";
import { russianWideWorkbook, tempDir } from "../fixtures/cliFiles";
import { hasSoffice, sheetsInCalc } from "../support/libreOffice";

describe("writeAtomically", () => {
  it("leaves only the finished file in the folder", async () => {
    const dir = tempDir();
    await writeAtomically(path.join(dir, "out.csv"), "a,b\n", false);
    expect(readdirSync(dir)).toEqual(["out.csv"]);
    expect(readFileSync(path.join(dir, "out.csv"), "utf8")).toBe("a,b\n");
  });

  it("leaves nothing behind when the folder does not exist", async () => {
    const dir = tempDir();
    await expect(writeAtomically(path.join(dir, "no", "out.csv"), "x", false)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("writeAtomically and a file that appears meanwhile", () => {
  it("never replaces a file that appeared after the run started, and leaves no temporary file", async () => {
    const dir = tempDir();
    const file = path.join(dir, "out.csv");
    // Another run finished first: its file is there when this one puts its own in place.
    writeFileSync(file, "theirs\n");
    await expect(writeAtomically(file, "mine\n", false)).rejects.toBeInstanceOf(OutputExistsError);
    expect(readFileSync(file, "utf8")).toBe("theirs\n");
    expect(readdirSync(dir)).toEqual(["out.csv"]);
  });

  it("replaces it when asked to", async () => {
    const dir = tempDir();
    const file = path.join(dir, "out.csv");
    writeFileSync(file, "theirs\n");
    await writeAtomically(file, "mine\n", true);
    expect(readFileSync(file, "utf8")).toBe("mine\n");
    expect(readdirSync(dir)).toEqual(["out.csv"]);
  });

  it("of two runs started together to one --out, exactly one writes it and the other says the file exists", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), "Client,Date,Amount\nAcme,2024-01-05,10\nBeta,2024-02-05,20\n");
    const both = await Promise.all([1, 2].map(() => runCli(["sales.csv", "--out", "out.xlsx"], { cwd: dir, env: {} })));
    expect(both.map((o) => o.exitCode).sort()).toEqual([0, 2]);
    expect(both.find((o) => o.exitCode === 2)?.stderr).toContain("out.xlsx already exists");
    expect(readdirSync(dir).sort()).toEqual(["out.xlsx", "sales.csv"]);
  });
});

describe("the .xlsx the command line writes, opened in LibreOffice Calc", () => {
  if (!hasSoffice) {
    it.skip("needs soffice (LibreOffice Calc) on the PATH: not installed here", () => undefined);
    return;
  }

  it("shows the result columns beside the table", async () => {
    const dir = tempDir();
    await russianWideWorkbook(path.join(dir, "in.xlsx"));
    expect((await runCli(["in.xlsx", "--out", "out.xlsx", "--lang", "ru"], { cwd: dir, env: {} })).exitCode).toBe(0);
    const lines = sheetsInCalc(path.join(dir, "out.xlsx"), dir)("Продажи");
    const header = lines[3];
    expect(header.slice(0, 3)).toEqual(["Клиент", "Сегмент", "Менеджер"]);
    expect(header).toEqual(expect.arrayContaining(["ABC", "XYZ"]));
    const abc = header.indexOf("ABC");
    expect(lines[4][abc]).toBe("A");
    expect(lines[4][0]).toBe("ООО «Ромашка»");
  }, 180_000);
});
