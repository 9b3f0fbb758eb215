import { EngineSession } from "../../../src/taskpane/engine/engineSession";
import type { EngineReply, EngineRequest, WorkerPort } from "../../../src/taskpane/engine/protocol";

/** A message as it arrives on the other side of a worker: a copy, its transferred buffers moved. */
function copied<T>(message: T, transfer: Transferable[] = []): T {
  if (typeof structuredClone !== "function") return message;
  try {
    return structuredClone(message, { transfer });
  } catch {
    // A Blob cannot be cloned by every runtime's structuredClone (Node's, in tests): hand it as it is.
    return message;
  }
}

/**
 * The engine's worker run on the test's own thread, one message per task: the same session and
 * messages as the real worker (`engine.worker.ts`), copied as a worker copies them, and a terminate
 * after which nothing more is answered.
 */
export function inThreadWorker(): WorkerPort {
  let alive = true;
  const port: WorkerPort = {
    onmessage: null,
    onerror: null,
    postMessage(message: EngineRequest, transfer?: Transferable[]) {
      const request = copied(message, transfer);
      setTimeout(() => {
        if (alive) session.handle(request);
      }, 0);
    },
    terminate() {
      alive = false;
    },
  };
  const session = new EngineSession((reply: EngineReply, transfer?: Transferable[]) => {
    const data = copied(reply, transfer);
    setTimeout(() => {
      if (alive) port.onmessage?.({ data } as MessageEvent<EngineReply>);
    }, 0);
  });
  return port;
}
