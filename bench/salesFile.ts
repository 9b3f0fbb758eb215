import { createWriteStream } from "node:fs";
import { once } from "node:events";

/** A small, fast, seeded generator (mulberry32) so every bench run reads the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SalesShape {
  readonly rows: number;
  readonly clients: number;
  readonly months: number;
  readonly firstYear: number;
}

export const MILLION_ROWS: SalesShape = { rows: 1_000_000, clients: 50_000, months: 36, firstYear: 2022 };

/** One sale: client id, ISO date, amount with cents. Clients differ in size (a long tail), months in season. */
export function* salesRows(shape: SalesShape, seed = 20240101): Generator<[string, string, string]> {
  const random = seededRandom(seed);
  const sizes = Array.from({ length: shape.clients }, () => 50 + 5000 * random() ** 3);
  for (let i = 0; i < shape.rows; i++) {
    const client = i % shape.clients;
    const month = Math.floor(random() * shape.months);
    const year = shape.firstYear + Math.floor(month / 12);
    const m = (month % 12) + 1;
    const day = 1 + Math.floor(random() * 28);
    const season = 1 + 0.3 * Math.sin((2 * Math.PI * m) / 12);
    const amount = (sizes[client] * season * (0.5 + random())).toFixed(2);
    yield [
      `C${String(client + 1).padStart(6, "0")}`,
      `${year}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      amount,
    ];
  }
}

/** Writes the sales as a CSV file (header `Client,Date,Amount`). */
export async function writeSalesCsv(file: string, shape: SalesShape): Promise<void> {
  const out = createWriteStream(file);
  out.write("Client,Date,Amount\n");
  let chunk: string[] = [];
  for (const row of salesRows(shape)) {
    chunk.push(row.join(","));
    if (chunk.length === 10_000) {
      if (!out.write(`${chunk.join("\n")}\n`)) await once(out, "drain");
      chunk = [];
    }
  }
  if (chunk.length > 0) out.write(`${chunk.join("\n")}\n`);
  out.end();
  await once(out, "finish");
}
