/**
 * Speed of the custom functions as Excel calls them (ranges as rows of cells, blanks as null):
 *   ABC over 100,000 values                       budget 100 ms
 *   ABCCLASS filled down 10,000 rows (whole range each call)  budget 300 ms in total
 *   CLASSIFY over 5,000 clients × 36 months       budget 50 ms
 * Each figure is the median of 7 runs after 2 warm-up runs, as wall time and as the process's CPU time
 * (the CPU time stays honest when other work shares the machine; the load average is printed).
 */
import { loadavg } from "node:os";
import { ABC, ABCCLASS, CLASSIFY, XYZ } from "../src/functions/functions";

/** A deterministic pseudo-random sequence in [0, 1) (Park–Miller). */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

/** A column of turnovers as Excel passes it: one cell per row, a few blanks and returns. */
function turnoverColumn(rows: number, seed: number): (number | null)[][] {
  const next = random(seed);
  return Array.from({ length: rows }, () => {
    const r = next();
    return [r < 0.05 ? null : r < 0.07 ? -Math.round(next() * 100) : Math.round(Math.exp(next() * 12))];
  });
}

/** A wide sales table with its header row: client, then one column per month. */
function salesTable(clients: number, months: number, seed: number): (string | number | null)[][] {
  const next = random(seed);
  const header = [
    "Client",
    ...Array.from(
      { length: months },
      (_, m) => `${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`,
    ),
  ];
  const rows = Array.from({ length: clients }, (_, c) => {
    const start = Math.floor(next() * months);
    const size = Math.exp(next() * 8);
    return [
      `Client ${c + 1}`,
      ...Array.from({ length: months }, (_, m) =>
        m < start || next() < 0.3 ? null : Math.round(size * (0.5 + next())),
      ),
    ];
  });
  return [header, ...rows];
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
  console.log(`custom functions (median of 7 runs; load average ${loadavg()[0].toFixed(1)})`);
  const column100k = turnoverColumn(100_000, 1);
  median("ABC over 100,000 values (one spilled formula)", 100, () => ABC(column100k));

  const column10k = turnoverColumn(10_000, 2);
  median("ABCCLASS filled down 10,000 rows (10,000 calls)", 300, () => {
    for (let r = 0; r < column10k.length; r++) ABCCLASS(column10k[r][0], column10k);
  });
  median("floor: only reading those 10,000 cells 10,000 times", null, () => {
    let sum = 0;
    for (let call = 0; call < column10k.length; call++) {
      for (let r = 0; r < column10k.length; r++) {
        const v = column10k[r][0];
        if (typeof v === "number" && v > 0) sum += v;
      }
    }
    if (!(sum > 0)) throw new Error("no turnover read");
  });
  median("ABC over the same 10,000 values (one spilled formula)", null, () => ABC(column10k));

  const table = salesTable(5_000, 36, 3);
  median("CLASSIFY over 5,000 clients × 36 months", 50, () => CLASSIFY(table));
  const periods = table.slice(1).map((row) => row.slice(1));
  median("XYZ over 5,000 clients × 36 months", null, () => XYZ(periods));
}

if (require.main === module) void run();
