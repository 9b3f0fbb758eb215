/** One measured figure of a bench file. */
export interface BenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The goal in words and whether it was met, when there is one. */
  readonly goal?: { readonly text: string; readonly met: boolean };
}

/**
 * What every `bench/*.bench.ts` exports: a run that returns its figures for the common table, or
 * prints its own and returns nothing.
 */
export type BenchRun = () => Promise<readonly BenchFigure[] | void>;

/**
 * The best (lowest) of `times` runs of `fn`: wall time and this process's CPU time (user + system),
 * in milliseconds. CPU time stays honest when other work shares the machine.
 */
export async function bestOf(times: number, fn: () => Promise<unknown> | unknown): Promise<{ wallMs: number; cpuMs: number }> {
  let wallMs = Infinity;
  let cpuMs = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(cpu);
    wallMs = Math.min(wallMs, performance.now() - start);
    cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
  }
  return { wallMs, cpuMs };
}
