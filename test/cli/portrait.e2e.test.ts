import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { FUNNEL_SHEET_MARKER, PLAN_COLUMNS, PORTRAIT_MARKERS, PORTRAIT_WORDS, TARGET_MARK, getLocale } from "../../src/core";
import { cliWords } from "../../src/cli/cliWords";
import { runCli } from "../../src/cli/runCli";
import { cellValueOf, loadWorkbook, newWorkbook, ownedRanges, serialOfDate, workbookBytes } from "../support/exceljs/exceljsWorkbook";
import { tempDir } from "../fixtures/cliFiles";
import { hasSoffice, sheetsInCalc } from "../support/libreOffice";

const words = PORTRAIT_WORDS.en;
const sheetNames = getLocale("en").sheets;
const col = (name: (typeof PLAN_COLUMNS)[number]) => PLAN_COLUMNS.indexOf(name) + 1;

type Sale = [client: string, month: number, amount: number, segment: string, product: string, manager: string];

/**
 * Six months of sales. Retail (R01–R08): all buy Milk, half buy Bread, two buy Tea. Horeca
 * (H01–H06): all buy Coffee, half buy Milk, one buys Tea. The suggestion (half or more of a
 * segment's active clients) is Milk and Bread for Retail, Coffee and Milk for Horeca.
 */
function sales(): Sale[] {
  const rows: Sale[] = [];
  for (let m = 1; m <= 6; m++) {
    for (let i = 1; i <= 8; i++) {
      const client = `R0${i}`;
      const manager = i % 2 ? "Ann" : "Bob";
      rows.push([client, m, 100 + i * 10, "Retail", "Milk", manager]);
      if (i <= 4) rows.push([client, m, 50 + i, "Retail", "Bread", manager]);
      if (i <= 2) rows.push([client, m, 30, "Retail", "Tea", manager]);
    }
    for (let i = 1; i <= 6; i++) {
      const client = `H0${i}`;
      rows.push([client, m, 300 + i * 20, "Horeca", "Coffee", "Cid"]);
      if (i <= 3) rows.push([client, m, 80, "Horeca", "Milk", "Cid"]);
      if (i === 1) rows.push([client, m, 40, "Horeca", "Tea", "Cid"]);
    }
  }
  return rows;
}

function salesSheet(wb: ExcelJS.Workbook, rows: readonly Sale[]): void {
  const ws = wb.getWorksheet("Sales") ?? wb.addWorksheet("Sales");
  const lines = [["Client", "Date", "Amount", "Segment", "Product", "Manager"], ...rows.map(([client, month, amount, segment, product, manager]) => [client, new Date(Date.UTC(2024, month - 1, 15)), amount, segment, product, manager])];
  for (let r = 0; r < Math.max(lines.length, ws.rowCount); r++) {
    for (let c = 0; c < 6; c++) ws.getCell(r + 1, c + 1).value = lines[r]?.[c] ?? null;
  }
  ws.getColumn(2).numFmt = "yyyy-mm-dd";
}

async function run(dir: string, args: readonly string[]) {
  const outcome = await runCli([...args, "--lang", "en"], { cwd: dir, env: {} });
  if (outcome.exitCode !== 0) throw new Error(`exit ${outcome.exitCode}: ${outcome.stderr}`);
  return outcome;
}

const open = async (file: string) => loadWorkbook(readFileSync(file));

/** The worksheet Segmenta marked with `marker`. */
function ownSheet(wb: ExcelJS.Workbook, marker: string): ExcelJS.Worksheet {
  const name = ownedRanges(wb).find((o) => o.name === marker)?.range.sheet;
  const ws = name === undefined ? undefined : wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet marked ${marker}`);
  return ws;
}

/** The target sheet as a map `segment|product` → mark, with its products and segments. */
function targets(ws: ExcelJS.Worksheet) {
  const products: string[] = [];
  for (let c = 2; ; c++) {
    const v = cellValueOf(ws.getCell(1, c).value);
    if (v === null || v === words.headers.note) break;
    products.push(String(v));
  }
  const segments: string[] = [];
  const marks = new Map<string, unknown>();
  for (let r = 2; ; r++) {
    const v = cellValueOf(ws.getCell(r, 1).value);
    if (v === null || v === words.headers.note) break;
    segments.push(String(v));
    products.forEach((p, i) => {
      const mark = cellValueOf(ws.getCell(r, i + 2).value);
      if (mark !== null) marks.set(`${String(v)}|${p}`, mark);
    });
  }
  return { products, segments, marks, noteRow: segments.length + 3 };
}

/** The plan sheet's rows by `client|product`. */
function planRows(ws: ExcelJS.Worksheet): Map<string, ExcelJS.Row> {
  const rows = new Map<string, ExcelJS.Row>();
  ws.eachRow((row, n) => {
    if (n > 1) rows.set(`${String(cellValueOf(row.getCell(col("key")).value))}|${String(cellValueOf(row.getCell(col("product")).value))}`, row);
  });
  return rows;
}

const at = (row: ExcelJS.Row | undefined, name: (typeof PLAN_COLUMNS)[number]) => (row ? cellValueOf(row.getCell(col(name)).value) : undefined);

describe("the portrait through the command line, edited by a user between two runs", () => {
  const dir = tempDir();
  const may = Date.UTC(2024, 4, 20);
  let summary = "";

  beforeAll(async () => {
    const wb = newWorkbook();
    salesSheet(wb, sales());
    writeFileSync(path.join(dir, "sales.xlsx"), await workbookBytes(wb));
    await run(dir, ["sales.xlsx", "--portrait", "--suggest", "--out", "a.xlsx"]);

    // The user edits a.xlsx in Excel.
    const a = await open(path.join(dir, "a.xlsx"));
    const target = ownSheet(a, PORTRAIT_MARKERS.portrait);
    const t = targets(target);
    const cell = (segment: string, product: string) => target.getCell(t.segments.indexOf(segment) + 2, t.products.indexOf(product) + 2);
    cell("Horeca", "Milk").value = null; // not a target after all
    cell("Retail", "Tea").value = "x"; // a target of their own
    const plan = planRows(ownSheet(a, PORTRAIT_MARKERS.plan));
    const set = (key: string, stage: string | null, date: Date | null, comment: string | null) => {
      const row = plan.get(key);
      if (!row) throw new Error(`no plan row ${key}: ${[...plan.keys()].join(", ")}`);
      if (stage !== null) row.getCell(col("stage")).value = stage;
      if (date !== null) row.getCell(col("date")).value = date;
      if (comment !== null) row.getCell(col("comment")).value = comment;
    };
    set("R05|Bread", words.stages.offer, new Date(may), "call in May");
    set("R06|Bread", words.stages.contract, null, "signed");
    set("R07|Bread", words.stages.refused, null, null);
    set("H04|Milk", null, null, "ask the chef");
    // The data changes: Tea is renamed, R05 starts buying Bread, Juice and an Online segment appear.
    const next = sales().map((s): Sale => (s[4] === "Tea" ? [s[0], s[1], s[2], s[3], "Green tea", s[5]] : s));
    next.push(["R05", 6, 60, "Retail", "Bread", "Ann"], ["R01", 6, 25, "Retail", "Juice", "Ann"]);
    for (let m = 1; m <= 6; m++) next.push(["O01", m, 90, "Online", "Milk", "Dee"], ["O02", m, 70, "Online", "Juice", "Dee"]);
    salesSheet(a, next);
    writeFileSync(path.join(dir, "edited.xlsx"), await workbookBytes(a));
    summary = (await run(dir, ["edited.xlsx", "--portrait", "--suggest", "--out", "b.xlsx"])).stdout;
  }, 60_000);

  it("keeps every mark the user typed, does not bring a removed suggestion back, and adds new products and segments", async () => {
    const b = await open(path.join(dir, "b.xlsx"));
    const t = targets(ownSheet(b, PORTRAIT_MARKERS.portrait));
    expect(t.marks.get("Retail|Tea")).toBe("x");
    expect(t.marks.get("Retail|Milk")).toBe(TARGET_MARK);
    expect(t.marks.get("Retail|Bread")).toBe(TARGET_MARK);
    expect(t.marks.get("Horeca|Coffee")).toBe(TARGET_MARK);
    expect(t.marks.has("Horeca|Milk")).toBe(false);
    expect(t.marks.has("Online|Milk")).toBe(false);
    expect(t.products).toEqual(expect.arrayContaining(["Bread", "Coffee", "Milk", "Tea", "Green tea", "Juice"]));
    expect(t.segments).toEqual(expect.arrayContaining(["Horeca", "Retail", "Online"]));
  });

  it("prints the top gaps per segment and the least developed clients", () => {
    const lines = summary.split("\n");
    const gaps = lines.indexOf(cliWords("en").portrait.gaps);
    expect(gaps).toBeGreaterThan(0);
    // Retail: five of eight clients now buy Bread; Tea, renamed away, is no longer a product to count.
    expect(lines.find((l) => l.trim().startsWith("Retail:"))).toMatch(/Bread 62(\.5)?\s?% \(3 do not buy it\)/);
    const lowest = lines.indexOf(cliWords("en").portrait.lowest);
    expect(lowest).toBeGreaterThan(gaps);
    expect(lines[lowest + 1]).toMatch(/^ {2}R0[678] \(Retail\): 1 of 2 /);
  });

  it("flags the renamed product as no longer in the data instead of dropping it", async () => {
    const ws = ownSheet(await open(path.join(dir, "b.xlsx")), PORTRAIT_MARKERS.portrait);
    const t = targets(ws);
    const flag = (product: string) => cellValueOf(ws.getCell(t.noteRow, t.products.indexOf(product) + 2).value);
    expect(flag("Tea")).toBe(words.notInData);
    expect(flag("Green tea")).toBeNull();
  });

  it("keeps the stages, dates and comments managers typed, and marks the closed gap done", async () => {
    const plan = planRows(ownSheet(await open(path.join(dir, "b.xlsx")), PORTRAIT_MARKERS.plan));
    const r05 = plan.get("R05|Bread");
    expect([at(r05, "stage"), at(r05, "date"), at(r05, "comment"), at(r05, "state")]).toEqual([words.stages.offer, serialOfDate(new Date(may)), "call in May", words.states.done]);
    expect([at(plan.get("R06|Bread"), "stage"), at(plan.get("R06|Bread"), "comment"), at(plan.get("R06|Bread"), "state")]).toEqual([words.stages.contract, "signed", words.states.open === "" ? null : words.states.open]);
    expect(at(plan.get("R07|Bread"), "stage")).toBe(words.stages.refused);
    expect([at(plan.get("H04|Milk"), "comment"), at(plan.get("H04|Milk"), "state")]).toEqual(["ask the chef", words.states.dropped]);
    // Untouched rows of the dropped target leave; the new Online clients have no targets yet.
    expect(plan.has("H05|Milk")).toBe(false);
    expect([...plan.keys()].some((k) => k.startsWith("O0"))).toBe(false);
  });

  it("prints the funnel: rows per stage with the share moving on, and the refusal by the stage it came at", () => {
    const lines = summary.split("\n");
    const funnel = lines.find((l) => l.startsWith("Funnel: "));
    // Five rows: two not offered, R05's offer (now done), R06's contract, R07 refused before any offer.
    // Reached: 5, then 2 past "not offered", 2 at an offer, 1 at a contract, none at payment.
    expect(funnel).toBe("Funnel: not offered 2 → 40% · presentation 0 → 100% · offer 1 → 50% · contract 1 → 0% · payment 0 · closed 0 · refused 1");
    expect(lines).toContain("  Refused at: not offered 1");
  });

  it("records the stage a row was refused at and counts it on the Funnel sheet", async () => {
    const b = await open(path.join(dir, "b.xlsx"));
    const plan = ownSheet(b, PORTRAIT_MARKERS.plan);
    const header = plan.getRow(1);
    let refusedAt = 0;
    header.eachCell((cell, c) => {
      if (cellValueOf(cell.value) === words.headers.refusedAt) refusedAt = c;
    });
    expect(refusedAt).toBe(PLAN_COLUMNS.length + 1);
    const r07 = planRows(plan).get("R07|Bread");
    expect(cellValueOf(r07!.getCell(refusedAt).value)).toBe(words.stages.notOffered);
    expect(cellValueOf(r07!.getCell(refusedAt + 1).value)).toBe(words.stages.refused);
    const funnel = ownSheet(b, FUNNEL_SHEET_MARKER);
    expect(cellValueOf(funnel.getCell(1, 1).value)).toBe("Funnel of the development plan");
    const column = funnel.getColumn(1).values.map((v) => cellValueOf(v as ExcelJS.CellValue));
    const row = column.indexOf(words.headers.refusedAt);
    expect([cellValueOf(funnel.getCell(row + 1, 1).value), cellValueOf(funnel.getCell(row + 1, 2).value)]).toEqual([words.stages.notOffered, 1]);
  });

  it("writes conditional formats that read the target sheet, so colours follow the user's marks", async () => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(dir, "b.xlsx")));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const sheetXml = async (name: string) => {
      const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbookXml)?.[1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
      return zip.file(`xl/${String(target).replace(/^\/?xl\//, "")}`)!.async("string");
    };
    const quoted = `'${sheetNames.portrait}'!`;
    for (const sheet of [sheetNames.actual, sheetNames.clientProducts]) {
      const xml = await sheetXml(sheet);
      const formatting = xml.match(/<conditionalFormatting[\s\S]*?<\/conditionalFormatting>/g) ?? [];
      expect(formatting.length).toBeGreaterThan(0);
      expect(formatting.some((f) => /<formula>[^<]*<\/formula>/.test(f) && f.replace(/&apos;/g, "'").includes(quoted))).toBe(true);
    }
  });

  (hasSoffice ? it : it.skip)(
    "opens in LibreOffice Calc, which reads the plan sheet as written",
    () => {
      const inCalc = sheetsInCalc(path.join(dir, "b.xlsx"), dir);
      const text = inCalc(sheetNames.plan).flat().join(" ");
      expect(text).toContain("call in May");
      expect(text).toContain("ask the chef");
      expect(inCalc(sheetNames.portrait).length).toBeGreaterThan(0);
    },
    180_000,
  );
});
