/**
 * Starts the engine's worker. Kept in plain JavaScript: webpack finds the worker through
 * `new Worker(new URL(…, import.meta.url))` and bundles it as its own file (loaded from the pane's
 * own origin, as workers must be), while TypeScript's CommonJS settings for jest reject `import.meta`.
 * @returns {Worker}
 */
export function startEngineWorker() {
  return new Worker(new URL("./engine.worker.ts", import.meta.url), { name: "segmenta-engine" });
}
