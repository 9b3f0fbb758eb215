import { readdirSync } from "node:fs";
import path from "node:path";
import type { BenchFigure, BenchRun } from "./benchTypes";

/**
 * Runs every `bench/*.bench.ts` (or those whose name contains the first argument, `npm run bench -- cli`)
 * and prints the figures they return as one table; a missed goal makes the exit code 1.
 */
async function main(): Promise<void> {
  const filter = process.argv[2] ?? "";
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts") && f.includes(filter))
    .sort();
  const rows: (BenchFigure & { file: string })[] = [];
  for (const file of files) {
    process.stderr.write(`${file} …\n`);
    const mod = (await import(path.join(__dirname, file))) as { run: BenchRun };
    const figures = await mod.run();
    for (const figure of figures ?? []) rows.push({ ...figure, file });
  }
  const table = rows.map((r) => [
    r.file.replace(/\.bench\.ts$/, ""),
    r.name,
    `${r.value.toLocaleString("en-US", { maximumFractionDigits: 2 })} ${r.unit}`,
    r.goal ? `${r.goal.met ? "met" : "MISSED"}: ${r.goal.text}` : "",
  ]);
  const header = ["bench", "figure", "value", "goal"];
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  process.stdout.write(
    `${[line(header), line(widths.map((w) => "-".repeat(w))), ...table.map(line)].join("\n")}\n`,
  );
  if (rows.some((r) => r.goal && !r.goal.met)) process.exitCode = 1;
}

void main();
