/** Starts the engine's worker (see startEngineWorker.js). */
export function startEngineWorker(): Worker;
