/** Words of the engine's worker as the pane speaks of it. */
export const engine = {
  /** The worker itself stopped (it could not start, or the browser ran out of memory). */
  stopped: "The calculation stopped before it was done; nothing was written. Close other tabs or programs and try again.",
  /** Why Cancel is off while Excel writes. */
  writing: "Writing into the workbook: it finishes by itself, so that nothing is left half-written.",
};
