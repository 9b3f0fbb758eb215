import { writeFileSync } from "node:fs";
import path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { runCli } from "../../../src/cli/runCli";
import { tempDir } from "../../fixtures/cliFiles";
import { handMadeWorkbook } from "./handMade";

const GOOD = handMadeWorkbook({
  sharedStrings: ["<t>Client</t>", "<t>Jan</t>"],
  sheetData:
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Acme</t></is></c><c r="B2"><v>5</v></c></row>',
});

/** The workbook with one part replaced (or removed when `content` is null). */
function withPart(name: string, content: string | null): Uint8Array {
  const parts = unzipSync(GOOD);
  if (content === null) delete parts[name];
  else parts[name] = strToU8(content);
  return zipSync(parts);
}

async function refusal(bytes: Uint8Array, language = "en", name = "sales.xlsx") {
  const dir = tempDir();
  writeFileSync(path.join(dir, name), bytes);
  const outcome = await runCli([name, "--lang", language], { cwd: dir, env: {} });
  expect(outcome.exitCode).toBe(2);
  expect(outcome.stdout).toBe("");
  expect(outcome.stderr).not.toMatch(/Error|undefined|null|\bat /);
  return outcome.stderr.trim();
}

describe("a workbook file that cannot be read is refused in the user's words, naming the file", () => {
  it("a text file named .xlsx is not an Excel workbook", async () => {
    expect(await refusal(strToU8("Client;Jan\nAcme;5\n"))).toBe(
      "sales.xlsx is not an Excel workbook: it is not an .xlsx file, or it was cut short while being copied",
    );
  });

  it("a zip that holds no workbook is not an Excel workbook", async () => {
    expect(await refusal(zipSync({ "notes.txt": strToU8("hello") }), "ru")).toBe(
      "sales.xlsx — не книга Excel: это zip-архив, но книги в нём нет",
    );
  });

  it("a damaged sheet is named by its sheet name", async () => {
    expect(
      await refusal(
        withPart("xl/worksheets/sheet1.xml", '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>9</v></c>'),
      ),
    ).toBe(
      'sales.xlsx: the sheet "Data" could not be read; the file is damaged. Open it in Excel, save it again, and run again',
    );
  });

  it("a missing sheet part and damaged shared texts say what is missing or damaged", async () => {
    expect(await refusal(withPart("xl/worksheets/sheet1.xml", null), "es")).toBe(
      "sales.xlsx: falta la hoja «Data» en el libro; el archivo está incompleto. Ábralo en Excel, guárdelo de nuevo y vuelva a ejecutar",
    );
    expect(await refusal(withPart("xl/sharedStrings.xml", "<sst><si><t>Client</t></si><si><t>Jan"))).toBe(
      "sales.xlsx: the table of texts the cells share could not be read; the file is damaged. Open it in Excel, save it again, and run again",
    );
  });

  it("a workbook part that is not XML names the list of sheets", async () => {
    expect(
      await refusal(withPart("xl/workbook.xml", "<workbook><sheets><sheet name='A'"), "en", "book.xlsm"),
    ).toBe(
      "book.xlsm: the list of sheets could not be read; the file is damaged. Open it in Excel, save it again, and run again",
    );
  });
});

describe("a formula cell with no stored result (a file written by a script)", () => {
  it("stops the run with its cell named, never read as blank or 0", async () => {
    const rows = [
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Client</t></is></c><c r="B1" t="inlineStr"><is><t>Jan 2024</t></is></c><c r="C1" t="inlineStr"><is><t>Feb 2024</t></is></c></row>',
    ];
    for (let r = 2; r <= 11; r++) {
      const feb = r === 5 ? `<c r="C${r}"><f>B${r}*2</f></c>` : `<c r="C${r}"><v>${r * 7}</v></c>`;
      rows.push(
        `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Client ${r}</t></is></c><c r="B${r}"><v>${r * 10}</v></c>${feb}</row>`,
      );
    }
    const message = await refusal(handMadeWorkbook({ sheetData: rows.join("") }));
    expect(message).toMatch(/^sales\.xlsx: Data!C5: /);
  });
});
