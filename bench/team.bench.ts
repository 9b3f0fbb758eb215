/**
 * What the team figures of METHODOLOGY §8 add to the classification of 1,000,000 sales of 50,000
 * clients over 36 months (12 managers, 40 products).
 *
 * The goal is set on the classification as a manager gets it: from the sheet's cells (a snapshot of
 * the long table: client, date, amount, manager, product) to each client's classes, that is reading
 * the table and classify(). With the team figures the same run also finds each client's manager on
 * its latest sale and runs analyseTeam() (the classes at T and T − w, team rows, migration, new
 * directions) in place of classify(). Goal: under 30 % more CPU time.
 *
 * The engine's step alone is reported beside it, without a goal: classify() against analyseTeam() on
 * the dataset already read, without and with products. It is the part of the run the team figures
 * change, and the figure to watch when that code changes.
 *
 * Each figure is the mean CPU time of the engine's thread over 25 runs taken in turns after two
 * warm-up runs of each, so neither side pays for the compiler or a busier moment alone, and each
 * pays its share of the garbage collections.
 */
import {
  DEFAULT_SETTINGS,
  analyseTeam,
  classify,
  latestManagers,
  readTable,
  type Dataset,
  type SheetSnapshot,
} from "../src/core";
import { existsSync, readFileSync } from "node:fs";
import type { BenchFigure } from "./benchTypes";
import { millionSales } from "./classify.bench";
import { seededRandom } from "./salesFile";

const MANAGERS = 12;
const PRODUCTS = 40;

function withProducts(dataset: Dataset): Dataset {
  const random = seededRandom(11);
  const product = new Int32Array(dataset.sales.count);
  for (let i = 0; i < product.length; i++) product[i] = Math.floor(PRODUCTS * random() ** 2);
  return {
    ...dataset,
    products: Array.from({ length: PRODUCTS }, (_, p) => `P${p + 1}`),
    sales: { ...dataset.sales, product },
  };
}

/** The dataset as the sheet's cells: one row per sale, dates as Excel serials formatted as dates. */
function sheetOf(dataset: Dataset, managers: readonly (string | null)[]): SheetSnapshot {
  const { sales, clients, products } = dataset;
  const values: unknown[][] = [["Client", "Date", "Amount", "Manager", "Product"]];
  for (let i = 0; i < sales.count; i++) {
    const c = sales.client[i];
    const p = sales.product === null ? -1 : sales.product[i];
    values.push([clients[c].key, sales.day[i], sales.amount[i], managers[c], p < 0 ? null : products[p]]);
  }
  const formats = values
    .slice(0, 50)
    .map((_, r) => ["General", r === 0 ? "General" : "dd.mm.yyyy", "0.00", "General", "General"]);
  return { name: "Sales", top: 0, left: 0, values: values as SheetSnapshot["values"], formats };
}

const SCHEDSTAT = "/proc/thread-self/schedstat";

/**
 * The CPU time of the thread that runs the engine (the pane's one JavaScript thread in Excel), in
 * milliseconds: Linux counts it per thread, so the collector's background threads are left out.
 * Elsewhere the whole process's CPU time.
 */
function threadCpuMs(): number {
  if (existsSync(SCHEDSTAT)) return Number(readFileSync(SCHEDSTAT, "utf8").split(" ")[0]) / 1e6;
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/** One run's CPU time on the engine's thread. */
function cpuOf(run: () => unknown): number {
  const start = threadCpuMs();
  run();
  return threadCpuMs() - start;
}

/**
 * Mean CPU times of `a` and `b` over `rounds` runs each, taken in turns after two warm-up runs of
 * each. A mean rather than a best: with a million rows of cells alive, a full garbage collection
 * costs more than the work measured, and the run whose allocations start it pays for all of it; over
 * many runs each side pays its share, in proportion to what it allocates.
 */
export function inTurns(a: () => unknown, b: () => unknown, rounds = 25): [number, number] {
  a();
  b();
  a();
  b();
  let [sumA, sumB] = [0, 0];
  for (let round = 0; round < rounds; round++) {
    sumA += cpuOf(a);
    sumB += cpuOf(b);
  }
  return [sumA / rounds, sumB / rounds];
}

function added(label: string, floor: number, team: number, goal: boolean): BenchFigure[] {
  const share = team / floor - 1;
  return [
    { name: `${label}: classification (floor)`, value: floor, unit: "ms thread cpu" },
    { name: `${label}: with the team figures`, value: team, unit: "ms thread cpu" },
    {
      name: `${label}: the team figures add`,
      value: share * 100,
      unit: "%",
      ...(goal ? { goal: { text: "under 30 % of the classification", met: share < 0.3 } } : {}),
    },
  ];
}

export async function run(): Promise<BenchFigure[]> {
  const plain = millionSales();
  const managers = plain.clients.map((_, c) => (c % 17 === 0 ? null : `Manager ${(c % MANAGERS) + 1}`));
  const withProduct = withProducts(plain);
  const figures: BenchFigure[] = [];

  const sheet = sheetOf(withProduct, managers);
  const read = () => {
    const result = readTable(sheet);
    if (!result.ok) throw new Error(`the bench table did not read: ${JSON.stringify(result.issues[0])}`);
    return result.value;
  };
  const [runFloor, runTeam] = inTurns(
    () => classify(read(), DEFAULT_SETTINGS),
    () => {
      const dataset = read();
      return analyseTeam(dataset, DEFAULT_SETTINGS, (axis) => latestManagers(sheet, dataset, axis));
    },
  );
  figures.push(...added("from the sheet's cells, 40 products", runFloor, runTeam, true));

  for (const [label, dataset] of [
    ["engine step alone, no products", plain],
    ["engine step alone, 40 products", withProduct],
  ] as const) {
    const [floor, team] = inTurns(
      () => classify(dataset, DEFAULT_SETTINGS),
      () => analyseTeam(dataset, DEFAULT_SETTINGS, managers),
    );
    figures.push(...added(label, floor, team, false));
  }
  return figures;
}
