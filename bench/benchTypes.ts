import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

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
export async function bestOf(
  times: number,
  fn: () => Promise<unknown> | unknown,
): Promise<{ wallMs: number; cpuMs: number }> {
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

/** How a child process ran: wall and CPU seconds, peak memory (CPU and memory NaN without /usr/bin/time). */
export interface ProcessFigures {
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly maxRssMiB: number;
}

/**
 * Runs `command ...args` `times` times in `cwd`, under `/usr/bin/time -v` when it is there: the best
 * wall and CPU (user + system, children included) seconds, and the largest peak memory of the
 * process or any child. Throws when a run fails.
 */
export function timeCommand(
  times: number,
  command: string,
  args: readonly string[],
  cwd?: string,
): ProcessFigures {
  const useTime = existsSync("/usr/bin/time");
  let wallSeconds = Infinity;
  let cpuSeconds = Infinity;
  let maxRssMiB = -Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    const options = { encoding: "utf8" as const, cwd, maxBuffer: 256 * 1024 * 1024 };
    const result = useTime
      ? spawnSync("/usr/bin/time", ["-v", command, ...args], options)
      : spawnSync(command, args, options);
    wallSeconds = Math.min(wallSeconds, (performance.now() - start) / 1000);
    if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr}`);
    const figure = (label: string) =>
      Number(new RegExp(`${label}: ([\\d.]+)`).exec(result.stderr)?.[1] ?? NaN);
    cpuSeconds = Math.min(
      cpuSeconds,
      figure("User time \\(seconds\\)") + figure("System time \\(seconds\\)"),
    );
    maxRssMiB = Math.max(maxRssMiB, figure("Maximum resident set size \\(kbytes\\)") / 1024);
  }
  return { wallSeconds, cpuSeconds, maxRssMiB };
}

/** {@link timeCommand} of `node ...args`. */
export function timeNode(times: number, args: readonly string[]): ProcessFigures {
  return timeCommand(times, process.execPath, args);
}

/** What `interleaved` measured: each command's best figures, and the ratio of two of them. */
export interface Interleaved<K extends string> {
  readonly best: Readonly<Record<K, ProcessFigures>>;
  /** The median over the rounds of `a`'s CPU seconds ÷ `b`'s in the same round. */
  ratio(a: K, b: K): number;
}

/**
 * Runs every command once per round, `rounds` times, one after another within a round: a slow spell
 * of a shared machine then falls on the commands of that round alike, and the median of the rounds'
 * ratios is steadier than a ratio of two bests taken minutes apart (on a busy machine the same
 * command's CPU time varies by a third from run to run).
 */
export function interleaved<K extends string>(
  rounds: number,
  commands: Readonly<Record<K, () => ProcessFigures>>,
): Interleaved<K> {
  const names = Object.keys(commands) as K[];
  const runs = new Map<K, ProcessFigures[]>(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++)
    for (const name of names) runs.get(name)?.push(commands[name]());
  const of = (name: K) => runs.get(name) ?? [];
  const best = Object.fromEntries(
    names.map((name) => [
      name,
      {
        wallSeconds: Math.min(...of(name).map((f) => f.wallSeconds)),
        cpuSeconds: Math.min(...of(name).map((f) => f.cpuSeconds)),
        maxRssMiB: Math.max(...of(name).map((f) => f.maxRssMiB)),
      },
    ]),
  ) as Record<K, ProcessFigures>;
  const median = (values: number[]) => {
    const sorted = [...values].sort((x, y) => x - y);
    const middle = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  return { best, ratio: (a, b) => median(of(a).map((f, i) => f.cpuSeconds / of(b)[i].cpuSeconds)) };
}
