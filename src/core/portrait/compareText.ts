const collator = new Intl.Collator("en", { numeric: true, sensitivity: "variant" });

/**
 * Orders names for display: a stable, locale-aware order with numbers compared as numbers.
 * @example ["b", "a10", "a9"].sort(compareText) // ["a9", "a10", "b"]
 */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
