/**
 * The key of a target cell in `TargetMatrix.marks`.
 * @example targetKey("Retail", "Tea") // "Retail\u0000Tea"
 */
export function targetKey(segment: string, product: string): string {
  return `${segment}\u0000${product}`;
}
