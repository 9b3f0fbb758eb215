/**
 * Speed of the engine's classify() on the data size Segmenta promises to handle:
 *   50,000 clients × 36 months from 1,000,000 sales, by month   budget 1000 ms (expected well under)
 *   the same by ISO week (158 periods) and by quarter           no budget, for comparison
 * Each figure is the median of 7 runs after 2 warm-up runs, as wall time and as the process's CPU time
 * (the CPU time stays honest when other work shares the machine; the load average is printed).
 */
import { loadavg } from "node:os";
import { DEFAULT_SETTINGS, classify, serialFromYMD, type Dataset, type Granularity } from "../src/core";
import { MILLION_ROWS, seededRandom } from "./salesFile";

/** A long sales table straight in engine columns: clients of long-tailed size, dates over the months. */
export function millionSales(): Dataset {
  const { rows, clients, months, firstYear } = MILLION_ROWS;
  const random = seededRandom(7);
  const sizes = Array.from({ length: clients }, () => 50 + 5000 * random() ** 3);
  const client = new Int32Array(rows);
  const day = new Float64Array(rows);
  const amount = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const c = Math.floor(random() * clients);
    const month = Math.floor(random() * months);
    client[i] = c;
    day[i] = serialFromYMD(
      firstYear + Math.floor(month / 12),
      (month % 12) + 1,
      1 + Math.floor(random() * 28),
    );
    amount[i] =
      random() < 0.02
        ? -Math.round(sizes[c] * random())
        : Math.round(sizes[c] * (0.5 + random()) * 100) / 100;
  }
  return {
    table: {
      shape: "long",
      sheet: "Sales",
      headerRow: 0,
      firstRow: 1,
      lastRow: rows,
      totalsRow: null,
      range: { sheet: "Sales", row: 0, col: 0, rows: rows + 1, cols: 3 },
      columns: [],
      notes: [],
      periodKind: null,
    },
    clients: Array.from({ length: clients }, (_, c) => ({
      key: `C${c + 1}`,
      name: `C${c + 1}`,
      segment: null,
      manager: null,
      row: c + 1,
    })),
    products: [],
    sales: { count: rows, client, day, amount, margin: null, quantity: null, product: null },
  };
}

function median(label: string, budget: number | null, f: () => void): void {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 9; i++) {
    const start = performance.now();
    const used = process.cpuUsage();
    f();
    const spent = process.cpuUsage(used);
    if (i >= 2) {
      wall.push(performance.now() - start);
      cpu.push((spent.user + spent.system) / 1000);
    }
  }
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const [w, c] = [mid(wall), mid(cpu)];
  const verdict = budget === null ? "" : `  budget ${budget} ms: ${Math.min(w, c) < budget ? "ok" : "OVER"}`;
  console.log(
    `${label.padEnd(56)} wall ${w.toFixed(1).padStart(7)} ms  cpu ${c.toFixed(1).padStart(7)} ms${verdict}`,
  );
}

export async function run(): Promise<void> {
  console.log(`classify (median of 7 runs; load average ${loadavg()[0].toFixed(1)})`);
  const dataset = millionSales();
  const by = (granularity: Granularity) => () => {
    const result = classify(dataset, { ...DEFAULT_SETTINGS, granularity });
    if (result.clients.length !== MILLION_ROWS.clients) throw new Error("clients lost");
  };
  median("classify 50,000 clients × 36 months, 1,000,000 sales", 1000, by("month"));
  median("the same by ISO week (158 periods)", null, by("week"));
  median("the same by quarter", null, by("quarter"));
}

if (require.main === module) void run();
