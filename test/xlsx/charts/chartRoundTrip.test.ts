import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { RangeRef } from "../../../src/core/cells";
import type { WriteOp } from "../../../src/core/plan/types";
import { openZip } from "../../../src/xlsx/package/zip";
import { tempDir } from "../../fixtures/cliFiles";
import { hasSoffice } from "../../support/libreOffice";
import { chartWorkbook } from "./chartWorkbook";
import { all, one, parseTree, seriesFacts, val } from "./chartXml";
import { SERIES_COLOURS, chartPicturesInCalc, convertInCalc } from "./calc";

const PYTHON = "/usr/bin/python3";
const hasOpenpyxl = spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;

const SHEET = "Матрица ABC-XYZ";
const at = (row: number, col: number, rows: number, cols: number): RangeRef => ({
  sheet: SHEET,
  row,
  col,
  rows,
  cols,
});
const OPS: WriteOp[] = [
  {
    kind: "values",
    range: at(0, 0, 6, 3),
    values: [
      ["Парето", null, null],
      ["Клиент", "Оборот", "Накопленная доля"],
      ["ООО «Ромашка»", 500, 0.5],
      ["Bolt & Co", 300, 0.8],
      ["Crane", 150, 0.95],
      ["Прочие (4)", 50, 1],
    ],
  },
  {
    kind: "chart",
    name: "Segmenta_Pareto",
    chart: "pareto",
    title: "Парето",
    source: at(1, 0, 5, 3),
    anchor: at(0, 4, 20, 8),
  },
  {
    kind: "values",
    range: at(10, 0, 4, 3),
    values: [
      ["Класс", "T − w", "T"],
      ["A", 800, 900],
      ["B", 150, 120],
      ["C", 50, 30],
    ],
  },
  {
    kind: "chart",
    name: "Segmenta_Classes",
    chart: "columns",
    title: "Оборот по классам",
    source: at(10, 0, 4, 3),
    anchor: at(21, 4, 15, 8),
  },
  {
    kind: "values",
    range: at(16, 0, 3, 4),
    values: [
      ["Конец периода", "A", "B", "C"],
      ["янв. 2024", 0.5, 0.3, 0.2],
      ["февр. 2024", 0.6, 0.25, 0.15],
    ],
  },
  {
    kind: "chart",
    name: "Segmenta_History",
    chart: "stacked",
    title: "Доля оборота по классам ABC",
    source: at(16, 0, 3, 4),
    anchor: at(37, 4, 15, 8),
  },
];

/** Writes the workbook into a new folder; returns the folder and the file. */
function written(): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, "charts.xlsx");
  writeFileSync(file, chartWorkbook(SHEET, OPS));
  return { dir, file };
}

(hasSoffice ? describe : describe.skip)("the chart parts in LibreOffice (skipped without soffice)", () => {
  it("survive a round trip through Calc: both charts, their kinds, series formulas and the percent axis", () => {
    const { dir, file } = written();
    const outdir = convertInCalc(file, dir, "xlsx");
    const zip = openZip(readFileSync(path.join(outdir, "charts.xlsx")));
    const charts = zip.names
      .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
      .map((n) => parseTree(zip.bytes(n), n));
    expect(charts).toHaveLength(3);
    const pareto = charts.find((c) => all(c, "lineChart").length === 1);
    const grouping = (c: (typeof charts)[number]) => val(one(c, "barChart"), "grouping");
    const classes = charts.find((c) => all(c, "lineChart").length === 0 && grouping(c) === "clustered");
    const stacked = charts.find((c) => grouping(c) === "stacked");
    expect(stacked && all(one(stacked, "barChart"), "ser").map((s) => seriesFacts(s).valRef)).toEqual([
      `'${SHEET}'!$B$18:$B$19`,
      `'${SHEET}'!$C$18:$C$19`,
      `'${SHEET}'!$D$18:$D$19`,
    ]);
    if (!pareto || !classes) throw new Error("Calc lost the Pareto line or the columns chart");
    const quoted = `'${SHEET}'`;
    expect(all(one(pareto, "barChart"), "ser").map((s) => seriesFacts(s).valRef)).toEqual([
      `${quoted}!$B$3:$B$6`,
    ]);
    expect(seriesFacts(one(one(pareto, "lineChart"), "ser")).valRef).toBe(`${quoted}!$C$3:$C$6`);
    expect(seriesFacts(one(one(pareto, "lineChart"), "ser")).catRef).toBe(`${quoted}!$A$3:$A$6`);
    const percentAxis = all(pareto, "valAx").find((a) => one(a, "numFmt").attrs.formatCode === "0%");
    expect(percentAxis && [val(percentAxis, "max"), val(percentAxis, "axPos")]).toEqual(["1", "r"]);
    expect(all(one(classes, "barChart"), "ser").map((s) => seriesFacts(s).name)).toEqual(["T − w", "T"]);
    expect(
      all(one(classes, "title"), "t")
        .map((t) => t.text)
        .join(""),
    ).toBe("Оборот по классам");
    const drawing = zip.names.find((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
    const frames = all(parseTree(zip.bytes(drawing ?? ""), "drawing"), "twoCellAnchor").map((a) =>
      Number(one(one(a, "from"), "row").text),
    );
    expect(frames.sort((a, b) => a - b)).toEqual([0, 21, 37]);
  });

  it("render: Calc draws each chart as a picture when it saves the sheet as HTML", () => {
    const { dir, file } = written();
    const pictures = chartPicturesInCalc(file, dir);
    expect(pictures).toHaveLength(3);
    // Each picture shows the first series' blue columns and the second series' orange line or columns, not an empty frame.
    for (const counts of pictures)
      for (const colour of SERIES_COLOURS) expect(counts[colour]).toBeGreaterThan(300);
  });
});

const OPENPYXL_CHARTS = String.raw`
import json, sys
from openpyxl import load_workbook
ws = load_workbook(sys.argv[1]).worksheets[0]
print(json.dumps([{
    "kinds": [type(c).__name__ for c in ch._charts],
    "values": [s.val.numRef.f for c in ch._charts for s in c.series],
    "from": [ch.anchor._from.row, ch.anchor._from.col],
} for ch in ws._charts]))
`;

(hasOpenpyxl ? describe : describe.skip)(
  "the chart parts in openpyxl (skipped without /usr/bin/python3 and openpyxl)",
  () => {
    it("loads the workbook with both charts, the Pareto one a bar chart combined with a line", () => {
      const { file } = written();
      const out = execFileSync(PYTHON, ["-c", OPENPYXL_CHARTS, file], { encoding: "utf8" });
      const quoted = `'${SHEET}'`;
      expect(JSON.parse(out)).toEqual([
        {
          kinds: ["BarChart", "LineChart"],
          values: [`${quoted}!$B$3:$B$6`, `${quoted}!$C$3:$C$6`],
          from: [0, 4],
        },
        { kinds: ["BarChart"], values: [`${quoted}!$B$12:$B$14`, `${quoted}!$C$12:$C$14`], from: [21, 4] },
        {
          kinds: ["BarChart"],
          values: [`${quoted}!$B$18:$B$19`, `${quoted}!$C$18:$C$19`, `${quoted}!$D$18:$D$19`],
          from: [37, 4],
        },
      ]);
    });
  },
);

if (!hasSoffice) console.warn("LibreOffice chart checks skipped: soffice is not on the PATH");
if (!hasOpenpyxl)
  console.warn("openpyxl chart checks skipped: /usr/bin/python3 with openpyxl is not installed");
