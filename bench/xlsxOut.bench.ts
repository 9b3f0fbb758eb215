import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { timeNode, type BenchFigure } from "./benchTypes";
import { writePortraitCsv } from "./portrait.bench";

const CLI = path.resolve(__dirname, "..", "bin", "segmenta.js");
const RUNS = 3;
const SALES_PER_CLIENT = 5;

/**
 * `--out` .xlsx from a large CSV: the compiled command line with `--portrait --suggest` on 250,000
 * sales of 50,000 clients × 30 products (the portrait bench's file), with and without `--out`. The
 * workbook holds the data sheet, the client sheet, the matrix and five portrait sheets (one of
 * 50,000 × 39 cells, a development plan of about 100,000 rows), streamed to the file. Wall time,
 * best of 3; peak memory, the largest of 3. Then, once, a re-run on that workbook with `--out`: an
 * .xlsx input, which ExcelJS loads, updates and writes in memory.
 */
export async function run(): Promise<readonly BenchFigure[]> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:cli first`);
  const dir = mkdtempSync(path.join(os.tmpdir(), "segmenta-xlsx-out-"));
  try {
    const csv = path.join(dir, "sales.csv");
    const xlsx = path.join(dir, "sales.xlsx");
    const rows = await writePortraitCsv(csv, SALES_PER_CLIENT);
    const without = timeNode(RUNS, [CLI, csv, "--portrait", "--suggest", "--quiet"]);
    const withOut = timeNode(RUNS, [CLI, csv, "--portrait", "--suggest", "--quiet", "--out", xlsx, "--overwrite"]);
    const rerun = timeNode(1, [CLI, xlsx, "--portrait", "--quiet", "--out", path.join(dir, "again.xlsx")]);
    const size = `${(rows / 1000).toFixed(0)}k sales`;
    return [
      { name: `${size}: --portrait --suggest --out .xlsx, wall`, value: withOut.wallSeconds, unit: "s" },
      { name: `${size}: the same without --out, wall`, value: without.wallSeconds, unit: "s" },
      { name: `${size}: writing the .xlsx (difference), wall`, value: withOut.wallSeconds - without.wallSeconds, unit: "s" },
      {
        name: `${size}: --out .xlsx, peak memory (NaN: no /usr/bin/time)`,
        value: withOut.maxRssMiB,
        unit: "MiB",
        goal: { text: "< 1 GiB", met: withOut.maxRssMiB < 1024 },
      },
      { name: `${size}: without --out, peak memory`, value: without.maxRssMiB, unit: "MiB" },
      { name: `${size}: the .xlsx file`, value: statSync(xlsx).size / 1024 ** 2, unit: "MiB" },
      { name: `${size}: a re-run on that .xlsx with --out (in memory), wall`, value: rerun.wallSeconds, unit: "s" },
      { name: `${size}: the re-run's peak memory`, value: rerun.maxRssMiB, unit: "MiB" },
      { name: "load average (1 min) at the end", value: os.loadavg()[0], unit: "" },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void run();
