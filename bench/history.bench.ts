/**
 * What the class history of METHODOLOGY §14 adds to a run of the command line on 1,000,000 sales of
 * 50,000 clients over 36 months: `npm run classify -- sales.csv --json` against the same with
 * `--history 12`, and the same pair with `--quiet`, each pair in turns (one run of each, three times,
 * best of each), so both sides meet the same machine. Goal: the history costs at most 1.6 × the run
 * without it in CPU time (user + system, what the run costs whatever else shares the machine; the
 * wall times are printed beside it), under 1 GiB.
 *
 * The engine's step alone is reported beside it without a goal: the classification and team figures
 * (what every run computes) against the same plus classHistory() over 12 period ends, on the dataset
 * already read, mean thread CPU time over 25 runs in turns.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEFAULT_SETTINGS, analyseTeam, classHistory, classifyInput } from "../src/core";
import { timeCommand, type BenchFigure, type ProcessFigures } from "./benchTypes";
import { millionSales } from "./classify.bench";
import { MILLION_ROWS, writeSalesCsv } from "./salesFile";
import { inTurns } from "./team.bench";

const ROOT = path.resolve(__dirname, "..");
const ROUNDS = 3;
const GIB = 1024;

/** Best wall and CPU, largest memory, of `rounds` runs of each command taken in turns. */
function pairInTurns(a: readonly string[], b: readonly string[]): [ProcessFigures, ProcessFigures] {
  const run = (args: readonly string[]) =>
    timeCommand(1, "npm", ["run", "-s", "classify", "--", ...args], ROOT);
  const best = (x: ProcessFigures | null, y: ProcessFigures): ProcessFigures =>
    x === null
      ? y
      : {
          wallSeconds: Math.min(x.wallSeconds, y.wallSeconds),
          cpuSeconds: Math.min(x.cpuSeconds, y.cpuSeconds),
          maxRssMiB: Math.max(x.maxRssMiB, y.maxRssMiB),
        };
  let [bestA, bestB]: (ProcessFigures | null)[] = [null, null];
  for (let round = 0; round < ROUNDS; round++) {
    bestA = best(bestA, run(a));
    bestB = best(bestB, run(b));
  }
  return [bestA as ProcessFigures, bestB as ProcessFigures];
}

function pairFigures(label: string, without: ProcessFigures, withHistory: ProcessFigures): BenchFigure[] {
  const wall = withHistory.wallSeconds / without.wallSeconds;
  const cpu = withHistory.cpuSeconds / without.cpuSeconds;
  return [
    {
      name: `${label}: without history (the classification alone), wall`,
      value: without.wallSeconds,
      unit: "s",
    },
    { name: `${label}: with --history 12, wall`, value: withHistory.wallSeconds, unit: "s" },
    { name: `${label}: with ÷ without, wall`, value: wall, unit: "×" },
    {
      name: `${label}: with ÷ without, CPU`,
      value: cpu,
      unit: "×",
      goal: { text: "≤ 1.6 ×", met: cpu <= 1.6 },
    },
    { name: `${label}: peak memory without`, value: without.maxRssMiB, unit: "MiB" },
    {
      name: `${label}: peak memory with --history 12`,
      value: withHistory.maxRssMiB,
      unit: "MiB",
      goal: { text: "< 1 GiB", met: withHistory.maxRssMiB < GIB },
    },
  ];
}

export async function run(): Promise<readonly BenchFigure[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "segmenta-history-"));
  try {
    const csv = path.join(dir, "sales.csv");
    await writeSalesCsv(csv, MILLION_ROWS);
    timeCommand(1, "npm", ["run", "-s", "classify", "--", csv, "--quiet"], ROOT); // a stale bundle is rebuilt here
    const [json, jsonHistory] = pairInTurns([csv, "--json"], [csv, "--json", "--history", "12"]);
    const [quiet, quietHistory] = pairInTurns([csv, "--quiet"], [csv, "--quiet", "--history", "12"]);

    const dataset = millionSales();
    const [engine, engineHistory] = inTurns(
      () => analyseTeam(dataset, DEFAULT_SETTINGS),
      () => {
        const prepared = classifyInput(dataset, DEFAULT_SETTINGS, true);
        analyseTeam(dataset, DEFAULT_SETTINGS, undefined, prepared);
        return classHistory(prepared, 12);
      },
    );
    return [
      ...pairFigures("--json, 1M sales", json, jsonHistory),
      ...pairFigures("--quiet, 1M sales", quiet, quietHistory),
      { name: "engine step: classification and team figures", value: engine, unit: "ms thread cpu" },
      { name: "engine step: the same and classHistory(12)", value: engineHistory, unit: "ms thread cpu" },
      { name: "engine step: the history adds", value: (engineHistory / engine - 1) * 100, unit: "%" },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
