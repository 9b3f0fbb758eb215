/**
 * What the team figures of METHODOLOGY §8 add to the classification, on 1,000,000 sales of 50,000
 * clients over 36 months: classify() alone is the floor, analyseTeam() (classification at T and at
 * T − w, team rows, migration) is measured in the same run, without and with a product column of
 * 40 products. Goal: the team figures add under 30 % to the classification (best CPU time of 7).
 */
import { DEFAULT_SETTINGS, analyseTeam, classify, type Dataset } from "../src/core";
import { bestOf, type BenchFigure } from "./benchTypes";
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

export async function run(): Promise<BenchFigure[]> {
  const plain = millionSales();
  const managers = plain.clients.map((_, c) => (c % 17 === 0 ? null : `Manager ${(c % MANAGERS) + 1}`));
  const figures: BenchFigure[] = [];
  for (const [label, dataset] of [
    ["no products", plain],
    ["40 products", withProducts(plain)],
  ] as const) {
    const floor = await bestOf(7, () => classify(dataset, DEFAULT_SETTINGS));
    const team = await bestOf(7, () => analyseTeam(dataset, DEFAULT_SETTINGS, managers));
    const added = team.cpuMs / floor.cpuMs - 1;
    figures.push(
      { name: `classify, 1,000,000 sales, ${label} (floor)`, value: floor.cpuMs, unit: "ms cpu" },
      { name: `classify + team figures, ${label}`, value: team.cpuMs, unit: "ms cpu" },
      {
        name: `team figures add, ${label}`,
        value: added * 100,
        unit: "%",
        goal: { text: "under 30 % of the classification", met: added < 0.3 },
      },
    );
  }
  return figures;
}
