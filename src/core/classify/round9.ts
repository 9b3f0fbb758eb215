/**
 * Rounds to 9 decimal places before a class boundary is compared (§4), so that a share or CV
 * computed as 0.10000000000000002 or 0.49999999999999994 falls where a person computing by
 * hand would put it, whatever order the sums were added in.
 * @example round9(0.1 + 0.2) // 0.3
 */
export function round9(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
