import type { EngineReply, EngineRequest, EngineResults, WorkerPort } from "./protocol";
import { joinPlanOps, withLongLists, type ListPiece, type PlanPart } from "./transfer";

/** A request as the page makes it: the client numbers it. */
type Ask = EngineRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;
type ResultOf<K extends Ask["kind"]> = EngineResults[K];

export interface CallOptions {
  readonly onProgress?: (fraction: number) => void;
  /** Aborting stops the worker at once (see `EngineClient.cancel`). */
  readonly signal?: AbortSignal;
  /** Buffers handed over to the worker rather than copied (a file's bytes). */
  readonly transfer?: Transferable[];
}

interface Pending {
  readonly resolve: (result: EngineResults[keyof EngineResults]) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: (fraction: number) => void;
  readonly parts: PlanPart[];
  readonly lists: ListPiece[];
}

/** An error named `AbortError`, as the pane expects of a cancelled step. */
export function abortError(): Error {
  return Object.assign(new Error("Cancelled."), { name: "AbortError" });
}

/** The worker itself stopped (it could not start, or ran out of memory); the pane says so in its words. */
export class EngineStoppedError extends Error {
  override readonly name = "EngineStoppedError";
}

/**
 * The page's side of the engine's worker: numbered requests, their progress, the pieces of a large
 * plan put back together, and Cancel. Cancel terminates the worker — a synchronous step in it cannot
 * be interrupted any other way — and every request in flight ends with an `AbortError`; the next
 * request starts a new worker, and `generation` tells the caller to hand it again what it had (the
 * open file, the workbook read).
 */
export class EngineClient {
  private port: WorkerPort | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Counts the workers started: a caller that gave state to worker n must give it again to n + 1. */
  private started = 0;

  /** @param start starts a worker (`new Worker(…)` in the page; an in-thread stand-in in tests). */
  constructor(private readonly start: () => WorkerPort) {}

  /** Sends one request and resolves with its result; progress and parts are routed as they come. */
  call<K extends Ask["kind"]>(ask: Extract<Ask, { kind: K }>, options: CallOptions = {}): Promise<ResultOf<K>> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortError());
    const port = this.worker();
    const id = this.nextId++;
    return new Promise<ResultOf<K>>((resolve, reject) => {
      const onAbort = () => this.cancel();
      signal?.addEventListener("abort", onAbort, { once: true });
      const settle = () => signal?.removeEventListener("abort", onAbort);
      this.pending.set(id, {
        resolve: (result) => {
          settle();
          resolve(result as ResultOf<K>);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
        onProgress: options.onProgress,
        parts: [],
        lists: [],
      });
      port.postMessage({ ...ask, id } as EngineRequest, options.transfer ?? []);
    });
  }

  /**
   * The number of the worker the next request goes to: what a caller handed to an earlier worker
   * (an open file, a workbook read) is gone from this one.
   */
  get generation(): number {
    return this.port ? this.started : this.started + 1;
  }

  /** Stops the worker now: every request in flight ends with an `AbortError`. */
  cancel(): void {
    this.stop(abortError);
  }

  private stop(error: () => Error): void {
    this.port?.terminate();
    this.port = null;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(error());
  }

  private worker(): WorkerPort {
    if (this.port) return this.port;
    const port = this.start();
    this.started += 1;
    port.onmessage = (event) => this.receive(event.data);
    port.onerror = (event) => {
      event.preventDefault?.();
      this.stop(() => new EngineStoppedError(event.message || "The engine's worker stopped."));
    };
    this.port = port;
    return port;
  }

  private receive(reply: EngineReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    switch (reply.kind) {
      case "progress":
        pending.onProgress?.(reply.value);
        return;
      case "part":
        pending.parts.push({ ops: reply.ops, continues: reply.continues });
        return;
      case "list":
        pending.lists.push({ list: reply.list, items: reply.items });
        return;
      case "done":
        this.pending.delete(reply.id);
        pending.resolve(whole(reply.result, pending));
        return;
      case "failed":
        this.pending.delete(reply.id);
        pending.reject(Object.assign(new Error(reply.message), { name: reply.name }));
        return;
    }
  }
}

/** A result whose plan ops and long lists came in pieces, whole again (an analysis's). */
function whole(result: EngineResults[keyof EngineResults], pending: Pending): EngineResults[keyof EngineResults] {
  if (pending.parts.length === 0 && pending.lists.length === 0) return result;
  const { analysis, planId } = result as EngineResults["analyse"];
  let value = withLongLists(analysis, pending.lists);
  if (pending.parts.length > 0 && value.plan) value = { ...value, plan: { ...value.plan, ops: joinPlanOps(pending.parts) } };
  return { analysis: value, planId };
}
