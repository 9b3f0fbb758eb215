import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/runCli";
import { writeAtomically } from "../../src/cli/writeOutput";
import { russianWideWorkbook, tempDir } from "../fixtures/cliFiles";
import { hasSoffice, sheetsInCalc } from "../support/libreOffice";

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
