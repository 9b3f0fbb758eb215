import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { interleaved, timeNode, type BenchFigure, type ProcessFigures } from "./benchTypes";
import { writePortraitCsv } from "./portrait.bench";
import { writeXlsx } from "./xlsxRead.bench";

const CLI = path.resolve(__dirname, "..", "bin", "segmenta.js");
/** Rounds of the two command lines compared (see `interleaved`). */
const ROUNDS = 7;
const SALES_PER_CLIENT = 5;
const MONTHS = 24;
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A wide table as a manager keeps one: client, segment, manager, then one amount per month (some blank). */
function* wideRows(clients: number): Generator<string[]> {
  for (let c = 0; c < clients; c++) {
    const amounts = Array.from({ length: MONTHS }, (_, m) =>
      (c * 7 + m * 13) % 11 === 0 ? "" : String(50 + ((c * 31 + m * 17) % 900)),
    );
    yield [`C${c}`, `Segment ${c % 9}`, `Manager ${c % 25}`, ...amounts];
  }
}

const WIDE_HEADER = [
  "Client",
  "Segment",
  "Manager",
  ...Array.from({ length: MONTHS }, (_, m) => `${MONTH_NAMES[m % 12]} ${2023 + Math.floor(m / 12)}`),
];

/** `--out` from a wide .xlsx of `clients` clients, then a re-run with `--out` on that output: the re-run's figures. */
function wideRerun(
  dir: string,
  clients: number,
): { first: ProcessFigures; rerun: ProcessFigures; sheetMiB: number } {
  const input = path.join(dir, `wide-${clients}.xlsx`);
  writeXlsx(input, WIDE_HEADER, wideRows(clients), -1);
  const out = path.join(dir, `wide-${clients}-out.xlsx`);
  const first = timeNode(1, [CLI, input, "--quiet", "--out", out, "--overwrite"]);
  const rerun = timeNode(1, [
    CLI,
    out,
    "--quiet",
    "--out",
    path.join(dir, `wide-${clients}-again.xlsx`),
    "--overwrite",
  ]);
  return { first, rerun, sheetMiB: statSync(out).size / 1024 ** 2 };
}

const mib = (figures: ProcessFigures) => figures.maxRssMiB;

/**
 * The one writer's `--out`, as the rows of issue 22's table: from a CSV of 250,000 sales (the portrait
 * bench's file, 50,000 clients × 30 products) against the summary of the same CSV, CPU seconds (children
 * included; wall time is stretched when others share the machine), the ratio the median of 7
 * interleaved rounds; then the peak memory of
 * a re-run with `--out` on its own output, from a wide .xlsx of 20,000 and of 100,000 clients × 24 months.
 * The `--portrait --suggest` figures of the same file are given beside them.
 */
export async function run(): Promise<readonly BenchFigure[]> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:cli first`);
  const dir = mkdtempSync(path.join(os.tmpdir(), "segmenta-xlsx-out-"));
  try {
    const csv = path.join(dir, "sales.csv");
    const xlsx = path.join(dir, "sales.xlsx");
    const rows = await writePortraitCsv(csv, SALES_PER_CLIENT);
    // Interleaved rounds, the ratio the median of each round's (see `interleaved`).
    const rounds = interleaved(ROUNDS, {
      summary: () => timeNode(1, [CLI, csv, "--quiet"]),
      withOut: () => timeNode(1, [CLI, csv, "--quiet", "--out", xlsx, "--overwrite"]),
    });
    const { summary, withOut } = rounds.best;
    const portrait = timeNode(1, [
      CLI,
      csv,
      "--portrait",
      "--suggest",
      "--quiet",
      "--out",
      path.join(dir, "portrait.xlsx"),
      "--overwrite",
    ]);
    const wide20 = wideRerun(dir, 20_000);
    const wide100 = wideRerun(dir, 100_000);
    const size = `${(rows / 1000).toFixed(0)}k sales`;
    const ratio = rounds.ratio("withOut", "summary");
    return [
      {
        name: `${size}: segmenta sales.csv --quiet, CPU (wall)`,
        value: summary.cpuSeconds,
        unit: `s (${summary.wallSeconds.toFixed(2)} s)`,
      },
      {
        name: `${size}: … --out sales.xlsx, CPU (wall)`,
        value: withOut.cpuSeconds,
        unit: `s (${withOut.wallSeconds.toFixed(2)} s)`,
      },
      {
        name: `${size}: --out from the CSV ÷ the CSV summary, CPU, median of ${ROUNDS} rounds`,
        value: ratio,
        unit: "×",
        goal: { text: "≤ 2.5×", met: ratio <= 2.5 },
      },
      {
        name: `${size}: --out, peak memory`,
        value: mib(withOut),
        unit: "MiB",
        goal: { text: "< 1 GiB", met: !(mib(withOut) >= 1024) },
      },
      { name: `${size}: the .xlsx file`, value: statSync(xlsx).size / 1024 ** 2, unit: "MiB" },
      {
        name: `${size}: --portrait --suggest --out, CPU (wall) / peak memory`,
        value: portrait.cpuSeconds,
        unit: `s (${portrait.wallSeconds.toFixed(2)} s) / ${mib(portrait).toFixed(0)} MiB`,
      },
      {
        name: "wide 20,000 clients × 24 months: --out from the .xlsx, peak memory",
        value: mib(wide20.first),
        unit: "MiB",
      },
      {
        name: "wide 20,000 × 24: re-run --out on its own output, peak memory",
        value: mib(wide20.rerun),
        unit: "MiB",
        goal: { text: "< 300 MiB", met: !(mib(wide20.rerun) >= 300) },
      },
      {
        name: "wide 100,000 × 24: --out from the .xlsx, CPU (wall) / peak memory",
        value: wide100.first.cpuSeconds,
        unit: `s (${wide100.first.wallSeconds.toFixed(1)} s) / ${mib(wide100.first).toFixed(0)} MiB`,
      },
      {
        name: "wide 100,000 × 24: re-run --out on its own output, peak memory",
        value: mib(wide100.rerun),
        unit: "MiB",
        goal: { text: "< 1 GiB", met: !(mib(wide100.rerun) >= 1024) },
      },
      { name: "wide 100,000 × 24: the output .xlsx", value: wide100.sheetMiB, unit: "MiB" },
      { name: "load average (1 min) at the end", value: os.loadavg()[0], unit: "" },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void run();
