/**
 * A sum without the noise of binary fractions, for files and JSON people read (12 significant digits).
 * @example cleanNumber(100.50000000000001) // 100.5
 */
export function cleanNumber(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
}

/** {@link cleanNumber} that lets `null` through. */
export function cleanOrNull(value: number | null): number | null {
  return value === null ? null : cleanNumber(value);
}
