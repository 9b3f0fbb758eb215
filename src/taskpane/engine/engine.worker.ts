/// <reference lib="webworker" />
/**
 * The engine's worker: the workbook reader, the pipeline and the patching writer run here, off the
 * page's thread, so the pane answers while a large workbook is read, analysed and written.
 */
import type { EngineRequest } from "./protocol";
import { EngineSession } from "./engineSession";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const session = new EngineSession((reply, transfer) => scope.postMessage(reply, transfer ?? []));
scope.onmessage = (event: MessageEvent<EngineRequest>) => void session.handle(event.data);
