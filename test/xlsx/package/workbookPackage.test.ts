import { strToU8, zipSync } from "fflate";
import { newWorkbook, workbookBytes } from "../../support/exceljs/exceljsWorkbook";
import { PackageError, openWorkbookPackage, resolveTarget } from "../../../src/xlsx/package";

async function twoSheetBook(): Promise<Uint8Array> {
  const wb = newWorkbook();
  wb.addWorksheet("Sales").getCell("A1").value = "Client";
  const hidden = wb.addWorksheet("It's hidden");
  hidden.state = "hidden";
  hidden.getCell("B2").value = 5;
  wb.definedNames.add("'It''s hidden'!$B$2", "Segmenta_Results");
  return workbookBytes(wb);
}

function problemOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof PackageError ? error.problem : `other: ${String(error)}`;
  }
  return undefined;
}

describe("openWorkbookPackage", () => {
  it("lists sheets with their parts, state, names scoped to a sheet and the date system", async () => {
    const pkg = openWorkbookPackage(await twoSheetBook());
    expect(pkg.sheets.map((s) => [s.name, s.state, s.kind])).toEqual([
      ["Sales", "visible", "worksheet"],
      ["It's hidden", "hidden", "worksheet"],
    ]);
    const path = pkg.sheet("it's HIDDEN")?.path;
    expect(path).toMatch(/^xl\/worksheets\/sheet\d\.xml$/);
    expect(pkg.zip.names).toContain(path);
    expect(pkg.workbook.date1904).toBe(false);
    expect(pkg.workbook.definedNames).toEqual([
      { name: "Segmenta_Results", text: "'It''s hidden'!$B$2", localSheetId: 1 },
    ]);
    expect(pkg.relatedPath("styles")).toBe("xl/styles.xml");
  });

  it("keeps each part's stored bytes and inflates them on demand, whole or in pieces", async () => {
    const pkg = openWorkbookPackage(await twoSheetBook());
    const path = pkg.sheet("Sales")?.path ?? "";
    const whole = pkg.zip.bytes(path);
    const pieces: Uint8Array[] = [];
    pkg.zip.stream(path, (chunk) => pieces.push(chunk.slice()));
    expect(Buffer.concat(pieces)).toEqual(Buffer.from(whole));
    expect(new TextDecoder().decode(whole)).toContain("<sheetData>");
    expect(pkg.zip.rawBytes(path).length).toBe(pkg.zip.entry(path)?.compressedSize);
  });

  it("says a zip without a workbook is not a workbook, and bytes that are no zip are not a zip", () => {
    expect(problemOf(() => openWorkbookPackage(zipSync({ "notes.txt": strToU8("hello") })))).toBe(
      "notWorkbook",
    );
    expect(problemOf(() => openWorkbookPackage(strToU8("Client;Sales\nA;1\n")))).toBe("notZip");
    expect(problemOf(() => openWorkbookPackage(new Uint8Array(0)))).toBe("notZip");
  });

  it("names the part that cannot be read", async () => {
    const bytes = await twoSheetBook();
    const broken = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/workbook.xml": strToU8("<workbook><sheets><sheet name='A' sheetId='1'"),
    });
    expect(problemOf(() => openWorkbookPackage(broken))).toBe("unreadablePart");
    const truncated = bytes.slice(0, bytes.length - 30);
    expect(problemOf(() => openWorkbookPackage(truncated))).toBe("notZip");
  });

  it("resolves relationship targets against the part's folder", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../drawings/drawing1.xml")).toBe(
      "xl/drawings/drawing1.xml",
    );
    expect(resolveTarget("xl/workbook.xml", "/xl/styles.xml")).toBe("xl/styles.xml");
  });
});
