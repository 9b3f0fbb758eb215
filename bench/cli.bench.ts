import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEFAULT_SETTINGS, classify, readTable } from "../src/core";
import type { CellValue, SheetSnapshot } from "../src/core";
import { bestOf, timeNode, type BenchFigure } from "./benchTypes";
import { MILLION_ROWS, salesRows, writeSalesCsv } from "./salesFile";

const ROOT = path.resolve(__dirname, "..");
const CLI = path.join(ROOT, "bin", "segmenta.js");
const RUNS = 3;

/** The bare floor: read the file, split lines and fields, sum amounts per client. Nothing less can read a CSV. */
const FLOOR = `
const text = require("fs").readFileSync(process.argv[2], "utf8");
const sums = new Map();
const lines = text.split("\\n");
for (let i = 1; i < lines.length; i++) {
  const fields = lines[i].split(",");
  if (fields.length < 3) continue;
  sums.set(fields[0], (sums.get(fields[0]) || 0) + Number(fields[2]));
}
if (sums.size === 0) process.exit(1);
`;

/** The 1M-row table as a sheet in memory: dates as serials in a date-formatted column, as Excel hands them. */
function millionRowSheet(): SheetSnapshot {
  const values: CellValue[][] = [["Client", "Date", "Amount"]];
  for (const [client, date, amount] of salesRows(MILLION_ROWS)) {
    const [y, m, d] = date.split("-").map(Number);
    values.push([client, Date.UTC(y, m - 1, d) / 86_400_000 + 25_569, Number(amount)]);
  }
  return { name: "Sales", top: 0, left: 0, values, formats: [["General", "General", "General"], ...Array(20).fill(["General", "yyyy-mm-dd", "#,##0.00"])] };
}

/**
 * 1,000,000 sales (50,000 clients, 36 months): (a) read + classify of the grid in memory, (b) the
 * compiled command line on the CSV, (c) the bare Node floor on the same file.
 */
export async function run(): Promise<readonly BenchFigure[]> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:cli first`);
  const dir = mkdtempSync(path.join(os.tmpdir(), "segmenta-bench-"));
  try {
    const csv = path.join(dir, "sales.csv");
    await writeSalesCsv(csv, MILLION_ROWS);
    const floorScript = path.join(dir, "floor.js");
    writeFileSync(floorScript, FLOOR);

    const sheet = millionRowSheet();
    const memory = await bestOf(RUNS, () => {
      const read = readTable(sheet);
      if (!read.ok) throw new Error(JSON.stringify(read.issues.slice(0, 3)));
      return classify(read.value, DEFAULT_SETTINGS);
    });
    const cli = timeNode(RUNS, [CLI, csv, "--quiet"]);
    const floor = timeNode(RUNS, [floorScript, csv]);
    // Under load (other work on the machine) wall time says little: the goals are judged on CPU time.
    const timed = Number.isFinite(cli.cpuSeconds);
    const ratio = timed ? cli.cpuSeconds / floor.cpuSeconds : cli.wallSeconds / floor.wallSeconds;
    return [
      { name: "load average (1 min) at the end", value: os.loadavg()[0], unit: "" },
      { name: "CSV size", value: statSync(csv).size / 1024 ** 2, unit: "MiB" },
      { name: "(a) read + classify 1M rows in memory, wall", value: memory.wallMs / 1000, unit: "s" },
      { name: "(a) read + classify 1M rows in memory, CPU", value: memory.cpuMs / 1000, unit: "s", goal: { text: "< 1 s", met: memory.cpuMs < 1000 } },
      { name: "(b) command line on the CSV, wall", value: cli.wallSeconds, unit: "s" },
      { name: "(b) command line on the CSV, CPU", value: cli.cpuSeconds, unit: "s" },
      { name: "(c) floor: split lines, sum per client, wall", value: floor.wallSeconds, unit: "s" },
      { name: "(c) floor: split lines, sum per client, CPU", value: floor.cpuSeconds, unit: "s" },
      { name: `(b) / (c), ${timed ? "CPU" : "wall"}`, value: ratio, unit: "×", goal: { text: "≤ 3×", met: ratio <= 3 } },
      {
        name: "(b) peak memory (NaN: /usr/bin/time missing)",
        value: cli.maxRssMiB,
        unit: "MiB",
        goal: { text: "< 1 GiB", met: cli.maxRssMiB < 1024 },
      },
      { name: "(c) peak memory", value: floor.maxRssMiB, unit: "MiB" },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
