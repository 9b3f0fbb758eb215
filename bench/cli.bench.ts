import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEFAULT_SETTINGS, classify, readTable } from "../src/core";
import type { CellValue, SheetSnapshot } from "../src/core";
import { bestOf, timeCommand, timeNode, type BenchFigure } from "./benchTypes";
import { MILLION_ROWS, salesRows, writeSalesCsv } from "./salesFile";

const ROOT = path.resolve(__dirname, "..");
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
  return {
    name: "Sales",
    top: 0,
    left: 0,
    values,
    formats: [["General", "General", "General"], ...Array(20).fill(["General", "yyyy-mm-dd", "#,##0.00"])],
  };
}

/** The command the README tells users to type, timed as they run it: `npm run classify -- FILE --quiet`. */
function classifyCommand(csv: string) {
  return timeCommand(RUNS, "npm", ["run", "-s", "classify", "--", csv, "--quiet"], ROOT);
}

/**
 * The command line as the README shows it (`npm run classify -- FILE`), against the bare floor on
 * the same file in the same run: a two-sale file (start-up), 250,000 and 1,000,000 sales (50,000
 * clients, 36 months); and (a) read + classify of the 1M grid in memory.
 */
export async function run(): Promise<readonly BenchFigure[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "segmenta-bench-"));
  try {
    const tiny = path.join(dir, "tiny.csv");
    writeFileSync(tiny, "Client,Date,Amount\nAcme,2024-01-05,10\nBeta,2024-02-05,20\n");
    const quarter = path.join(dir, "sales-250k.csv");
    await writeSalesCsv(quarter, { ...MILLION_ROWS, rows: 250_000 });
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
    classifyCommand(tiny); // the first run may rebuild the bundle after an edit: not what a user waits for
    const start = classifyCommand(tiny);
    const quarterCli = classifyCommand(quarter);
    const quarterFloor = timeNode(RUNS, [floorScript, quarter]);
    const cli = classifyCommand(csv);
    const floor = timeNode(RUNS, [floorScript, csv]);
    const ratio = (a: number, b: number) => a / b;
    return [
      { name: "load average (1 min) at the end", value: os.loadavg()[0], unit: "" },
      { name: "CSV size, 1M sales", value: statSync(csv).size / 1024 ** 2, unit: "MiB" },
      { name: "(a) read + classify 1M rows in memory, wall", value: memory.wallMs / 1000, unit: "s" },
      {
        name: "(a) read + classify 1M rows in memory, CPU",
        value: memory.cpuMs / 1000,
        unit: "s",
        goal: { text: "< 1 s", met: memory.cpuMs < 1000 },
      },
      {
        name: "npm run classify, 2 sales, wall",
        value: start.wallSeconds,
        unit: "s",
        goal: { text: "< 0.3 s", met: start.wallSeconds < 0.3 },
      },
      { name: "npm run classify, 250k sales, wall", value: quarterCli.wallSeconds, unit: "s" },
      { name: "floor, 250k sales, wall", value: quarterFloor.wallSeconds, unit: "s" },
      {
        name: "npm run classify ÷ floor, 250k sales, wall",
        value: ratio(quarterCli.wallSeconds, quarterFloor.wallSeconds),
        unit: "×",
      },
      { name: "(b) npm run classify, 1M sales, wall", value: cli.wallSeconds, unit: "s" },
      { name: "(b) npm run classify, 1M sales, CPU", value: cli.cpuSeconds, unit: "s" },
      { name: "(c) floor: split lines, sum per client, wall", value: floor.wallSeconds, unit: "s" },
      { name: "(c) floor: split lines, sum per client, CPU", value: floor.cpuSeconds, unit: "s" },
      {
        name: "(b) / (c), wall",
        value: ratio(cli.wallSeconds, floor.wallSeconds),
        unit: "×",
        goal: { text: "≤ 2×", met: ratio(cli.wallSeconds, floor.wallSeconds) <= 2 },
      },
      { name: "(b) / (c), CPU", value: ratio(cli.cpuSeconds, floor.cpuSeconds), unit: "×" },
      {
        name: "(b) peak memory (NaN: /usr/bin/time missing)",
        value: cli.maxRssMiB,
        unit: "MiB",
        goal: { text: "< 512 MiB", met: cli.maxRssMiB < 512 },
      },
      { name: "(c) peak memory", value: floor.maxRssMiB, unit: "MiB" },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
