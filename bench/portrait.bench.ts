import {
  buildPortraitPlan,
  rankAbc,
  statusOf,
  type Classification,
  type ClientResult,
  type Dataset,
  type WorkbookSnapshot,
  type WritePlan,
} from "../src/core";
import { createWriteStream, existsSync, mkdtempSync, rmSync } from "node:fs";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";
import { classificationFor, longTable } from "../test/support/portraitDataset";
import { timeNode, type BenchFigure } from "./benchTypes";
import { seededRandom } from "./salesFile";

const CLIENTS = 50_000;
const PRODUCTS = 30;
const MONTHS = 12;
const SEGMENTS = 8;
const FIRST_MONTH = 2024 * 12;

/** A deterministic pseudo-random sequence (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function monthSerial(month: number): number {
  return Date.UTC(Math.floor(month / 12), month % 12, 1) / 86_400_000 + 25_569;
}

/** 50,000 clients in 8 segments buying from 30 products over 12 months (about 20 sales each). */
function makeData(): { dataset: Dataset; classification: Classification } {
  const next = random(42);
  const client: number[] = [];
  const day: number[] = [];
  const amount: number[] = [];
  const product: number[] = [];
  const series = Array.from({ length: CLIENTS }, () => new Float64Array(MONTHS));
  for (let c = 0; c < CLIENTS; c++) {
    const sales = Math.floor(next() * 40);
    const taste = (c % SEGMENTS) * 3;
    for (let i = 0; i < sales; i++) {
      const m = Math.floor(next() * MONTHS);
      const v = Math.round(next() * 1000) - 50;
      client.push(c);
      day.push(monthSerial(FIRST_MONTH + m) + Math.floor(next() * 28));
      amount.push(v);
      product.push((taste + Math.floor(next() * next() * next() * PRODUCTS)) % PRODUCTS);
      series[c][m] += v;
    }
  }
  const metrics = series.map((s) => s.reduce((a, b) => a + b, 0));
  const ranking = rankAbc(metrics, 0.5, 0.8);
  const clients = Array.from({ length: CLIENTS }, (_, c) => ({
    key: `C${c}`,
    name: `Client ${c}`,
    segment: c % 97 === 0 ? null : `Segment ${c % SEGMENTS}`,
    manager: `Manager ${c % 25}`,
    row: c + 1,
  }));
  const dataset: Dataset = {
    table: longTable(client.length),
    clients,
    products: Array.from({ length: PRODUCTS }, (_, p) => `Product ${p}`),
    sales: {
      count: client.length,
      client: Int32Array.from(client),
      day: Float64Array.from(day),
      amount: Float64Array.from(amount),
      margin: null,
      quantity: null,
      product: Int32Array.from(product),
    },
  };
  const results: ClientResult[] = clients.map((info, c) => {
    const status = statusOf(series[c], 3);
    return {
      index: c,
      ...info,
      metric: metrics[c],
      share: ranking.share[c],
      cumShare: null,
      abc: status === "potential" ? null : ranking.cls[c],
      cv: null,
      xyz: null,
      status,
      firstActive: null,
      reason: { abc: { code: "potential" }, xyz: { code: "potential" } },
    };
  });
  const axis = {
    granularity: "month",
    first: FIRST_MONTH,
    last: FIRST_MONTH + MONTHS - 1,
    count: MONTHS,
  } as const;
  const classification = classificationFor(results, axis, ranking.total);
  return { dataset, classification };
}

/** The values a plan wrote to a sheet, as the Excel layer would read them back. */
function writtenSheet(plan: WritePlan, sheet: string) {
  const op = plan.ops.find((o) => o.kind === "values" && o.range.sheet === sheet);
  if (!op || op.kind !== "values") throw new Error(`no values for ${sheet}`);
  return {
    name: sheet,
    top: 0,
    left: 0,
    values: op.values.map((r) => r.map((v) => (v !== null && typeof v === "object" ? v.formula : v))),
  };
}

/** Wall time, and the process's CPU time (steadier on a busy machine). */
function timed<T>(label: string, f: () => T): T {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = f();
  const used = process.cpuUsage(cpu);
  const wall = (performance.now() - start).toFixed(0).padStart(6);
  console.log(`${label.padEnd(56)} ${wall} ms (cpu ${((used.user + used.system) / 1000).toFixed(0)} ms)`);
  return value;
}

/** The engine alone: a first run, then a re-run reading its own sheets back (printed). */
function inMemory(): void {
  const { dataset, classification } = makeData();
  console.log(`portrait: ${CLIENTS} clients × ${PRODUCTS} products, ${dataset.sales.count} sales`);
  const workbook: WorkbookSnapshot = {
    active: { name: "Sales", top: 0, left: 0, values: [] },
    sheetNames: ["Sales"],
    owned: [],
  };
  const first = timed("first run (facts, suggested targets, gaps, plan, write plan)", () =>
    buildPortraitPlan({ workbook, dataset, classification, lang: "en", suggest: true }),
  );
  if (!first.ok) throw new Error(JSON.stringify(first.issues));
  const { portrait, plan } = first.model.sheets;
  const again: WorkbookSnapshot = {
    ...workbook,
    sheetNames: ["Sales", ...Object.values(first.model.sheets)],
    owned: first.value.ops.flatMap((o) => (o.kind === "name" ? [{ name: o.name, range: o.range }] : [])),
    others: { [portrait]: writtenSheet(first.value, portrait), [plan]: writtenSheet(first.value, plan) },
  };
  const second = timed("re-run (reads targets and a plan sheet back, merges)", () =>
    buildPortraitPlan({ workbook: again, dataset, classification, lang: "en" }),
  );
  if (!second.ok) throw new Error(JSON.stringify(second.issues));
  console.log(
    `plan rows: ${second.model.plan.length}; client sheet cells: ${(CLIENTS + 1) * (PRODUCTS + 9)}`,
  );
}

const CLI = path.resolve(__dirname, "..", "bin", "segmenta.js");
const CLI_RUNS = 5;

/**
 * The sales of `makeData`'s shape as a CSV file: client, date, amount, segment, product, manager;
 * each client has 1 to `2 × salesPerClient - 1` sales in the year (`salesPerClient` on average).
 */
export async function writePortraitCsv(file: string, salesPerClient: number): Promise<number> {
  const next = seededRandom(7);
  const out = createWriteStream(file);
  out.write("Client,Date,Amount,Segment,Product,Manager\n");
  let rows = 0;
  let chunk: string[] = [];
  for (let c = 0; c < CLIENTS; c++) {
    const sales = 1 + Math.floor(next() * (2 * salesPerClient - 1));
    const segment = c % 97 === 0 ? "" : `Segment ${c % SEGMENTS}`;
    const taste = (c % SEGMENTS) * 3;
    for (let i = 0; i < sales; i++) {
      const m = Math.floor(next() * MONTHS);
      const date = `2024-${String(m + 1).padStart(2, "0")}-${String(1 + Math.floor(next() * 28)).padStart(2, "0")}`;
      const p = (taste + Math.floor(next() * next() * next() * PRODUCTS)) % PRODUCTS;
      chunk.push(`C${c},${date},${(next() * 1000).toFixed(2)},${segment},Product ${p},Manager ${c % 25}`);
      rows++;
    }
    if (chunk.length >= 10_000) {
      if (!out.write(`${chunk.join("\n")}\n`)) await once(out, "drain");
      chunk = [];
    }
  }
  out.write(`${chunk.join("\n")}\n`);
  out.end();
  await once(out, "finish");
  return rows;
}

/** The compiled command line on a CSV of 50,000 clients × 30 products, classes only and with the portrait. */
async function cliFigures(dir: string, salesPerClient: number, goal: boolean): Promise<BenchFigure[]> {
  const csv = path.join(dir, `sales-${salesPerClient}.csv`);
  const rows = await writePortraitCsv(csv, salesPerClient);
  const size = `${(rows / 1000).toFixed(0)}k sales`;
  const cpu = (seconds: number) => (Number.isFinite(seconds) ? ` (CPU ${seconds.toFixed(2)} s)` : "");
  const plain = timeNode(CLI_RUNS, [CLI, csv, "--quiet"]);
  const portrait = timeNode(CLI_RUNS, [CLI, csv, "--portrait", "--suggest", "--quiet"]);
  return [
    {
      name: `${size}: command line, classes only, wall${cpu(plain.cpuSeconds)}`,
      value: plain.wallSeconds,
      unit: "s",
    },
    {
      name: `${size}: command line --portrait --suggest, wall${cpu(portrait.cpuSeconds)}`,
      value: portrait.wallSeconds,
      unit: "s",
      ...(goal ? { goal: { text: "< 2 s", met: portrait.wallSeconds < 2 } } : {}),
    },
    {
      name: `${size}: the portrait step (difference), wall`,
      value: portrait.wallSeconds - plain.wallSeconds,
      unit: "s",
    },
  ];
}

/**
 * The portrait of 50,000 clients × 30 products: the engine in memory (printed), then the compiled
 * command line (read, classify, the portrait model and its summary) on two CSV files of those
 * clients: 5 sales per client in the year on average (250k rows, the goal's run: a manager waits for
 * it) and 20 (1M rows, 57 MB, where reading the file is most of the time). Wall time, best of 5:
 * the goal is what a manager waits; the CPU time beside it counts the garbage collector's threads.
 */
export async function run(): Promise<readonly BenchFigure[]> {
  inMemory();
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:cli first`);
  const dir = mkdtempSync(path.join(os.tmpdir(), "segmenta-portrait-"));
  try {
    const figures = [...(await cliFigures(dir, 5, true)), ...(await cliFigures(dir, 20, false))];
    return [...figures, { name: "load average (1 min) at the end", value: os.loadavg()[0], unit: "" }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void run();
