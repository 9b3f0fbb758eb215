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

/** The best (lowest) of `times` runs of `fn`, in milliseconds. */
export async function bestOf(times: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
