/** Stands in for src/taskpane/engine/startEngineWorker.js in the pseudo-locale's page: its worker is built beside it. */
export function startEngineWorker() {
  return new Worker("engine.js");
}
