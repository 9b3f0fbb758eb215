import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { openWorkbookReader, snapshotFromReader } from "../../../src/xlsx/read";
import { tempDir } from "../../fixtures/cliFiles";
import { hasSoffice } from "../../support/libreOffice";

const PYTHON = "/usr/bin/python3";
const hasOpenpyxl = spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;

/** A sales workbook as openpyxl writes it: a date column, a comment, a bar chart, and a table with or without a style. */
const OPENPYXL_SCRIPT = String.raw`
import sys, datetime
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet.table import Table, TableStyleInfo
out, styled = sys.argv[1], sys.argv[2] == "styled"
wb = Workbook()
ws = wb.active
ws.title = "Sales"
ws.append(["Client", "Date", "Product", "Amount"])
rows = [("Acme", datetime.date(2024, 1, 15), "Milk", 120.5), ("Beta & Co", datetime.date(2024, 2, 3), "Bread", 80), ("Gamma", datetime.date(2024, 3, 30), "Milk", 42)]
for row in rows:
    ws.append(row)
for r in range(2, 5):
    ws.cell(r, 2).number_format = "dd.mm.yyyy"
ws["A2"].comment = Comment("Key client", "Manager")
ws["F10"].comment = Comment("A comment on an empty cell", "Manager")
table = Table(displayName="SalesTable", ref="A1:D4")
if styled:
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
ws.add_table(table)
chart = BarChart()
chart.add_data(Reference(ws, min_col=4, min_row=1, max_row=4), titles_from_data=True)
ws.add_chart(chart, "H2")
wb.create_sheet("Hidden notes").sheet_state = "hidden"
wb.save(out)
`;

function openpyxlWorkbook(dir: string, styled: boolean): string {
  const script = path.join(dir, "make.py");
  writeFileSync(script, OPENPYXL_SCRIPT);
  const file = path.join(dir, styled ? "styled.xlsx" : "plain.xlsx");
  execFileSync(PYTHON, [script, file, styled ? "styled" : "plain"], { stdio: "pipe" });
  return file;
}

function salesOf(file: string) {
  const snapshot = snapshotFromReader(openWorkbookReader(readFileSync(file)));
  expect(snapshot?.sheetNames).toEqual(["Sales", "Hidden notes"]);
  return snapshot?.active;
}

const EXPECTED = [
  ["Client", "Date", "Product", "Amount"],
  ["Acme", 45306, "Milk", 120.5],
  ["Beta & Co", 45325, "Bread", 80],
  ["Gamma", 45381, "Milk", 42],
];

(hasOpenpyxl ? describe : describe.skip)(
  "workbooks written by openpyxl (skipped without /usr/bin/python3 and openpyxl)",
  () => {
    it.each([true, false])("read with comments, a chart and a table (styled: %s)", (styled) => {
      const sheet = salesOf(openpyxlWorkbook(tempDir(), styled));
      expect(sheet?.values).toEqual(EXPECTED);
      expect(sheet?.formats?.[1][1]).toBe("dd.mm.yyyy");
    });
  },
);

(hasOpenpyxl && hasSoffice ? describe : describe.skip)(
  "workbooks saved by LibreOffice (skipped without soffice or openpyxl)",
  () => {
    it("read after LibreOffice saves the openpyxl workbook with its unstyled table again", () => {
      const dir = tempDir();
      const source = openpyxlWorkbook(dir, false);
      const outdir = path.join(dir, "lo");
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=${pathToFileURL(path.join(dir, "lo-profile")).href}`,
          "--headless",
          "--convert-to",
          "xlsx",
          "--outdir",
          outdir,
          source,
        ],
        { stdio: "pipe", timeout: 120_000 },
      );
      const sheet = salesOf(path.join(outdir, "plain.xlsx"));
      expect(sheet?.values).toEqual(EXPECTED);
    }, 150_000);
  },
);

if (!hasOpenpyxl) console.warn("openpyxl fixtures skipped: /usr/bin/python3 with openpyxl is not installed");
if (!hasSoffice) console.warn("LibreOffice fixtures skipped: soffice is not on the PATH");
