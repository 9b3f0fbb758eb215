/** Excel's limits on one request (Excel on the web: 5 MB; we stay under 4 MB) and on one read. */
export const REQUEST_BYTES = 4_000_000;
export const CELLS_PER_READ = 5_000_000;
export const MAX_BLOCK_ROWS = 20_000;
/** A generous estimate of one cell in a request or response (a value, its type, separators). */
export const BYTES_PER_CELL = 40;

/**
 * Rows per block for `cols` columns: at most 20,000 rows, 5M cells and ~4 MB.
 * @example blockRows(6) // 16666
 */
export function blockRows(cols: number, bytesPerCell = BYTES_PER_CELL): number {
  const width = Math.max(1, cols);
  return Math.max(
    1,
    Math.min(
      MAX_BLOCK_ROWS,
      Math.floor(CELLS_PER_READ / width),
      Math.floor(REQUEST_BYTES / (width * bytesPerCell)),
    ),
  );
}

const SIZE_ERRORS = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "GeneralException",
]);

/** True for the errors Excel gives when a request or response was too large (on the web often a GeneralException). */
export function isSizeError(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    SIZE_ERRORS.has(String((error as { code: unknown }).code))
  );
}

/** Thrown when even a one-row block cannot be read or written. */
export class BlockTooLargeError extends Error {
  constructor(
    readonly row: number,
    options?: { cause?: unknown },
  ) {
    super(`Excel refused a single row (block row ${row + 1}) as too large.`, options);
    this.name = "BlockTooLargeError";
  }
}

/**
 * Runs `step(first, count)` over rows `0..total` in blocks of `size` rows; a block that fails with a
 * size error, or returns false (a read that came back null), is retried at half its size. A step may
 * return the row to go on from instead of true, to pass over rows it knows are blank.
 * `onBlock(done)` after each block.
 */
export async function inRowBlocks(
  total: number,
  size: number,
  step: (first: number, count: number) => Promise<boolean | number>,
  onBlock?: (done: number) => void,
): Promise<void> {
  let first = 0;
  let count = Math.max(1, size);
  while (first < total) {
    const n = Math.min(count, total - first);
    let ok: boolean | number;
    let cause: unknown = null;
    try {
      ok = await step(first, n);
    } catch (error) {
      if (!isSizeError(error)) throw error;
      ok = false;
      cause = error;
    }
    if (ok === false) {
      if (n === 1) throw new BlockTooLargeError(first, { cause });
      count = Math.ceil(n / 2);
      continue;
    }
    first = typeof ok === "number" ? Math.min(total, Math.max(ok, first + n)) : first + n;
    onBlock?.(first);
  }
}
