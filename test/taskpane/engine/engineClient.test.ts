import { abortError, EngineClient } from "../../../src/taskpane/engine/engineClient";
import type { EngineReply, EngineRequest, WorkerPort } from "../../../src/taskpane/engine/protocol";
import { messageOf } from "../../../src/taskpane/state/useSegmenta";
import { CATALOGS } from "../../../src/locales";

/** A worker the test answers by hand: what it was sent, and whether it was terminated. */
interface HandWorker extends WorkerPort {
  readonly sent: EngineRequest[];
  terminated: boolean;
  reply(message: EngineReply): void;
}

function handWorker(): HandWorker {
  const worker: HandWorker = {
    sent: [],
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(message) {
      worker.sent.push(message);
    },
    terminate() {
      worker.terminated = true;
    },
    reply(message) {
      worker.onmessage?.({ data: message } as MessageEvent<EngineReply>);
    },
  };
  return worker;
}

function clientWithWorkers() {
  const workers: HandWorker[] = [];
  const client = new EngineClient(() => {
    const worker = handWorker();
    workers.push(worker);
    return worker;
  });
  return { client, workers };
}

const read = { kind: "read", sheet: null } as const;
const outline = { sheet: "Sales", sheetNames: ["Sales"], owned: [] };

describe("EngineClient", () => {
  it("numbers requests and hands each its own progress and answer", async () => {
    const { client, workers } = clientWithWorkers();
    const seen: [string, number][] = [];
    const first = client.call(read, { onProgress: (v) => seen.push(["first", v]) });
    const second = client.call({ kind: "preview", sheet: "Sales", rows: 10 }, { onProgress: (v) => seen.push(["second", v]) });
    const [a, b] = workers[0].sent;
    expect(a.id).not.toBe(b.id);
    workers[0].reply({ id: b.id, kind: "progress", value: 0.5 });
    workers[0].reply({ id: a.id, kind: "progress", value: 0.25 });
    workers[0].reply({ id: 999, kind: "progress", value: 0.9 });
    workers[0].reply({ id: a.id, kind: "done", result: outline });
    workers[0].reply({ id: b.id, kind: "failed", message: "Sales: no such sheet", name: "Error" });
    await expect(first).resolves.toEqual(outline);
    await expect(second).rejects.toThrow("Sales: no such sheet");
    expect(seen).toEqual([
      ["second", 0.5],
      ["first", 0.25],
    ]);
  });

  it("cancel terminates the worker, ends every request in flight as cancelled, and the next request starts a new worker", async () => {
    const { client, workers } = clientWithWorkers();
    const before = client.generation;
    const inFlight = [client.call(read), client.call({ kind: "patch", plan: 1 })];
    expect(client.generation).toBe(before);
    client.cancel();
    for (const request of inFlight) await expect(request).rejects.toMatchObject({ name: "AbortError" });
    expect(workers[0].terminated).toBe(true);
    // An answer from the old worker after the cancel changes nothing.
    workers[0].reply({ id: workers[0].sent[0].id, kind: "done", result: outline });
    expect(client.generation).toBe(before + 1);
    const next = client.call(read);
    expect(workers).toHaveLength(2);
    workers[1].reply({ id: workers[1].sent[0].id, kind: "done", result: outline });
    await expect(next).resolves.toEqual(outline);
  });

  it("an aborted signal cancels the request's worker, and an already aborted one sends nothing", async () => {
    const { client, workers } = clientWithWorkers();
    const controller = new AbortController();
    const request = client.call(read, { signal: controller.signal });
    controller.abort();
    await expect(request).rejects.toMatchObject({ name: "AbortError" });
    expect(workers[0].terminated).toBe(true);
    await expect(client.call(read, { signal: controller.signal })).rejects.toEqual(abortError());
    expect(workers).toHaveLength(1);
  });

  it("a worker that fails by itself ends its requests with an error the pane words in its language", async () => {
    const { client, workers } = clientWithWorkers();
    const request = client.call(read);
    workers[0].onerror?.({ message: "out of memory", preventDefault: () => undefined } as ErrorEvent);
    const error = await request.catch((e: unknown) => e);
    expect(messageOf(error, "ru")).toBe(CATALOGS.ru.engine.stopped);
    expect(workers[0].terminated).toBe(true);
  });
});
