import { cellAddress, quoteSheet } from "../cells";

/** Where the target marks sit: `segments` names in A2 down, `products` names in B1 across. */
export interface TargetGrid {
  readonly sheet: string;
  readonly segments: number;
  readonly products: number;
}

const absolute = (row: number, col: number): string => cellAddress(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

/**
 * A native Excel test, TRUE when the target sheet marks the cell of `segmentRef` × `productRef`
 * (both A1 references on the calling sheet), FALSE when it does not or either name is not on it.
 * @example targetLookup({ sheet: "Portrait", segments: 2, products: 3 }, "$A3", "C$2")
 * // 'IFERROR(INDEX(Portrait!$B$2:$D$3,MATCH($A3,Portrait!$A$2:$A$3,0),MATCH(C$2,Portrait!$B$1:$D$1,0))<>"",FALSE)'
 */
export function targetLookup(grid: TargetGrid, segmentRef: string, productRef: string): string {
  const s = quoteSheet(grid.sheet);
  const marks = `${s}!${absolute(1, 1)}:${absolute(grid.segments, grid.products)}`;
  const segments = `${s}!${absolute(1, 0)}:${absolute(grid.segments, 0)}`;
  const products = `${s}!${absolute(0, 1)}:${absolute(0, grid.products)}`;
  return `IFERROR(INDEX(${marks},MATCH(${segmentRef},${segments},0),MATCH(${productRef},${products},0))<>"",FALSE)`;
}
