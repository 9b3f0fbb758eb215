import { format, type Language } from "../../core";
import { CATALOGS } from "../../locales";

/**
 * What the pane says about a failure, in the pane's language: Excel's known refusals (no answer in
 * time, a row too large) in the catalog's words, anything else by its own message.
 */
export function messageOf(error: unknown, language: Language): string {
  const words = CATALOGS[language].pane.errors;
  if (error instanceof Error && error.name === "EngineStoppedError") return CATALOGS[language].engine.stopped;
  if (
    error instanceof Error &&
    error.name === "SyncTimeoutError" &&
    "ms" in error &&
    typeof error.ms === "number"
  )
    return format(words.timeout, { seconds: Math.max(1, Math.round(error.ms / 1000)) });
  if (
    error instanceof Error &&
    error.name === "BlockTooLargeError" &&
    "row" in error &&
    typeof error.row === "number"
  )
    return format(words.blockTooLarge, { row: error.row + 1 });
  return error instanceof Error ? error.message : String(error);
}

/** A step stopped by Cancel (its signal aborted, or an error named as an abort). */
export function isAbort(error: unknown, signal: AbortSignal): boolean {
  return (
    signal.aborted ||
    (error instanceof Error && (error.name === "AbortError" || error.name === "WriteAbortedError"))
  );
}
