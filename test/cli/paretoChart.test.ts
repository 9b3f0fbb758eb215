import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/runCli";
import { openZip, type ZipArchive } from "../../src/xlsx/package/zip";
import { chartsInDrawing } from "../../src/xlsx/charts";
import { RU_CLIENTS, russianWideWorkbook, tempDir } from "../fixtures/cliFiles";
import { hasSoffice } from "../support/libreOffice";
import { all, one, parseTree, seriesFacts } from "../xlsx/charts/chartXml";
import { SERIES_COLOURS, chartPicturesInCalc } from "../xlsx/charts/calc";

const run = (argv: string[], cwd: string) => runCli(argv, { cwd, env: {} });
const utf8 = new TextDecoder();

/** The chart parts of a workbook with a share line (Segmenta's Pareto), and the drawing frames named like it. */
function paretoCharts(zip: ZipArchive) {
  const charts = zip.names
    .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
    .map((n) => parseTree(zip.bytes(n), n));
  const frames = zip.names
    .filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))
    .flatMap((n) => chartsInDrawing(utf8.decode(zip.bytes(n))))
    .filter((c) => c.name === "Segmenta_Pareto");
  return { charts: charts.filter((c) => all(c, "lineChart").length === 1), frames };
}

describe("the command line's --out workbook has the Pareto chart the add-in draws", () => {
  const dir = tempDir();
  // Clients by turnover, largest first: the Pareto section's rows.
  const byTurnover = RU_CLIENTS.map((c) => ({ name: c.name, total: c.amounts.reduce((a, b) => a + b, 0) }))
    .filter((c) => c.total > 0)
    .sort((a, b) => b.total - a.total);

  beforeAll(async () => {
    await russianWideWorkbook(path.join(dir, "in.xlsx"));
    expect((await run(["in.xlsx", "--out", "out.xlsx", "--lang", "ru"], dir)).exitCode).toBe(0);
  });

  it("as a native chart: columns of turnover and the cumulative share as a line, cached from the matrix sheet", () => {
    const { charts, frames } = paretoCharts(openZip(readFileSync(path.join(dir, "out.xlsx"))));
    expect(charts).toHaveLength(1);
    expect(frames).toHaveLength(1);
    const columns = seriesFacts(one(one(charts[0], "barChart"), "ser"));
    const share = seriesFacts(one(one(charts[0], "lineChart"), "ser"));
    const shown = byTurnover.slice(0, columns.categories.length);
    expect(columns.categories.map((c) => c.v)).toEqual(shown.map((c) => c.name));
    expect(columns.values.map((v) => Number(v.v))).toEqual(shown.map((c) => c.total));
    const sum = byTurnover.reduce((a, c) => a + c.total, 0);
    expect(Number(share.values[share.values.length - 1].v)).toBeCloseTo(
      shown.reduce((a, c) => a + c.total, 0) / sum,
      9,
    );
    // The caches carry the matrix sheet's money and percent formats rather than General.
    const formatCodes = ["barChart", "lineChart"].map((kind) => one(one(charts[0], kind), "formatCode").text);
    expect(formatCodes[0]).toMatch(/#,##0/);
    expect(formatCodes[1]).toMatch(/%$/);
    // Both series read the same rows of the same sheet as the categories.
    const sheetOf = (ref: string) => ref.slice(0, ref.lastIndexOf("!"));
    expect(new Set([columns.catRef, columns.valRef, share.valRef].map(sheetOf)).size).toBe(1);
  });

  it("replaced, not duplicated, when the command line runs again on its own output", async () => {
    expect((await run(["out.xlsx", "--out", "again.xlsx", "--lang", "ru"], dir)).exitCode).toBe(0);
    const { charts, frames } = paretoCharts(openZip(readFileSync(path.join(dir, "again.xlsx"))));
    expect([charts.length, frames.length]).toEqual([1, 1]);
  });

  (hasSoffice ? it : it.skip)(
    "drawn by LibreOffice with its columns and line, as every chart of the workbook",
    () => {
      const pictures = chartPicturesInCalc(path.join(dir, "out.xlsx"), dir);
      // One picture per chart of the workbook (the plan may draw others beside the Pareto), none an empty frame.
      const zip = openZip(readFileSync(path.join(dir, "out.xlsx")));
      expect(pictures).toHaveLength(zip.names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).length);
      for (const counts of pictures) expect(counts[SERIES_COLOURS[0]]).toBeGreaterThan(300);
      expect(pictures.some((counts) => counts[SERIES_COLOURS[1]] > 300)).toBe(true);
    },
  );
});

describe("the --out workbook made from a CSV file has the Pareto chart too", () => {
  it("is written with its sheets, once, and keeps its part name on every re-run", async () => {
    const dir = tempDir();
    const rows = RU_CLIENTS.flatMap((c) => c.amounts.map((a, m) => `${c.name.replace(/,/g, " ")},2024-${String(m + 1).padStart(2, "0")}-15,${a}`));
    writeFileSync(path.join(dir, "sales.csv"), `Client,Date,Amount\n${rows.join("\n")}\n`);
    expect((await run(["sales.csv", "--out", "out.xlsx"], dir)).exitCode).toBe(0);
    const first = paretoCharts(openZip(readFileSync(path.join(dir, "out.xlsx"))));
    expect(first.charts).toHaveLength(1);
    expect(first.frames).toHaveLength(1);
    expect((await run(["out.xlsx", "--out", "again.xlsx"], dir)).exitCode).toBe(0);
    const again = paretoCharts(openZip(readFileSync(path.join(dir, "again.xlsx"))));
    expect(again.charts).toHaveLength(1);
    expect(again.frames).toHaveLength(1);
    expect((await run(["again.xlsx", "--out", "third.xlsx"], dir)).exitCode).toBe(0);
    const third = paretoCharts(openZip(readFileSync(path.join(dir, "third.xlsx"))));
    // The same chart parts, not chart2, chart3… growing with each run.
    const chartParts = (file: string) => openZip(readFileSync(path.join(dir, file))).names.filter((n) => n.startsWith("xl/charts/")).sort();
    expect(chartParts("again.xlsx")).toEqual(chartParts("out.xlsx"));
    expect(chartParts("third.xlsx")).toEqual(chartParts("out.xlsx"));
    expect(third.charts).toEqual(first.charts);
  });
});
