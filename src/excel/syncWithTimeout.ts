/** Default time a single `context.sync()` may take before Segmenta gives up on it. */
export const SYNC_TIMEOUT_MS = 60_000;

/** Thrown when Excel does not answer a batch in time (Excel on the web can hang, OfficeDev/office-js#6678). */
export class SyncTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`Excel did not answer within ${ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`}. Check that the workbook is not busy, then try again.`);
    this.name = "SyncTimeoutError";
  }
}

/** Thrown between batches when the caller's signal asks to stop. */
export class WriteAbortedError extends Error {
  constructor() {
    super("Stopped before the next block was written.");
    this.name = "WriteAbortedError";
  }
}

/** `context.sync()` that fails with `SyncTimeoutError` after `ms`. */
export async function syncWithTimeout(context: { sync(): Promise<unknown> }, ms = SYNC_TIMEOUT_MS): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SyncTimeoutError(ms)), ms);
  });
  try {
    await Promise.race([context.sync(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
