import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { timeNode, type BenchFigure, type ProcessFigures } from "./benchTypes";
import { writePortraitCsv } from "./portrait.bench";

const CLI = path.resolve(__dirname, "..", "bin", "segmenta.js");
const SALES_PER_CLIENT = 5;
const GIB = 1024;

/** The sales CSV saved as a manager's workbook: one sheet, dates as dates, amounts as numbers (openpyxl, write-only). */
const CSV_TO_XLSX = [
  "import csv, sys, datetime",
  "from openpyxl import Workbook",
  "wb = Workbook(write_only=True)",
  "ws = wb.create_sheet('Sales')",
  "rows = csv.reader(open(sys.argv[1], encoding='utf-8'))",
  "ws.append(next(rows))",
  "for c, d, a, s, p, m in rows: ws.append([c, datetime.date.fromisoformat(d), float(a), s, p, m])",
  "wb.save(sys.argv[2])",
].join("\n");

function ratio(name: string, value: number, floor: number, memory: readonly ProcessFigures[]): BenchFigure {
  const peak = Math.max(...memory.map((m) => m.maxRssMiB));
  return {
    name,
    value: value / floor,
    unit: "×",
    goal: { text: "≤ 2× and every run < 1 GiB", met: value / floor <= 2 && !(peak >= GIB) },
  };
}

/**
 * The patching writer on 250,000 sales of 50,000 clients (the portrait bench's file): `--out` from the
 * sales saved as an .xlsx against the same `--out` from the CSV export (the floor, measured in the same
 * run), and a re-run with `--out` on each of its own outputs, with and without `--portrait`, against the
 * first run from the CSV. Wall time of one run each; peak memory of each run.
 */
export async function run(): Promise<readonly BenchFigure[]> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:cli first`);
  const dir = mkdtempSync(path.join(os.tmpdir(), "segmenta-xlsx-patch-"));
  try {
    const csv = path.join(dir, "sales.csv");
    const xlsx = path.join(dir, "sales.xlsx");
    const rows = await writePortraitCsv(csv, SALES_PER_CLIENT);
    execFileSync("/usr/bin/python3", ["-c", CSV_TO_XLSX, csv, xlsx]);
    const out = (name: string) => ["--quiet", "--out", path.join(dir, name), "--overwrite"];
    const fromCsv = timeNode(1, [CLI, csv, ...out("csv.xlsx")]);
    const fromXlsx = timeNode(1, [CLI, xlsx, ...out("xlsx.xlsx")]);
    const rerun = timeNode(1, [CLI, path.join(dir, "xlsx.xlsx"), ...out("again.xlsx")]);
    const portraitFromCsv = timeNode(1, [CLI, csv, "--portrait", ...out("portrait.xlsx")]);
    const portraitRerun = timeNode(1, [
      CLI,
      path.join(dir, "portrait.xlsx"),
      "--portrait",
      ...out("portrait-again.xlsx"),
    ]);
    const size = `${(rows / 1000).toFixed(0)}k sales`;
    const mib = (file: string) => statSync(path.join(dir, file)).size / 1024 ** 2;
    return [
      { name: `${size}: --out from the CSV (floor), wall`, value: fromCsv.wallSeconds, unit: "s" },
      { name: `${size}: --out from the .xlsx (patched), wall`, value: fromXlsx.wallSeconds, unit: "s" },
      ratio(`${size}: --out from the .xlsx / from the CSV`, fromXlsx.wallSeconds, fromCsv.wallSeconds, [
        fromCsv,
        fromXlsx,
      ]),
      { name: `${size}: re-run --out on its own output, wall`, value: rerun.wallSeconds, unit: "s" },
      ratio(`${size}: re-run / --out from the CSV`, rerun.wallSeconds, fromCsv.wallSeconds, [rerun]),
      {
        name: `${size}: --portrait --out from the CSV (floor), wall`,
        value: portraitFromCsv.wallSeconds,
        unit: "s",
      },
      {
        name: `${size}: re-run --portrait --out on its own output, wall`,
        value: portraitRerun.wallSeconds,
        unit: "s",
      },
      ratio(
        `${size}: --portrait re-run / from the CSV`,
        portraitRerun.wallSeconds,
        portraitFromCsv.wallSeconds,
        [portraitFromCsv, portraitRerun],
      ),
      { name: `${size}: peak memory, --out from the .xlsx`, value: fromXlsx.maxRssMiB, unit: "MiB" },
      { name: `${size}: peak memory, re-run`, value: rerun.maxRssMiB, unit: "MiB" },
      { name: `${size}: peak memory, --portrait re-run`, value: portraitRerun.maxRssMiB, unit: "MiB" },
      {
        name: `${size}: the input .xlsx / the patched output`,
        value: mib("sales.xlsx"),
        unit: `MiB / ${mib("xlsx.xlsx").toFixed(1)} MiB`,
      },
      { name: "load average (1 min) at the end", value: os.loadavg()[0], unit: "" },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void run();
