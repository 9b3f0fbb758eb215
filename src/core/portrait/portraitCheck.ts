import { targetKey } from "./targetKey";
import type { PortraitCheck, PortraitFacts, TargetMatrix } from "./types";

/**
 * What the method uses to correct the portrait (§7): products bought in the window that no segment
 * targets (largest turnover first), and target cells of segments in the data that none of the
 * segment's active clients buys, with the product's turnover in the other groups.
 * @example portraitCheck(facts, targets).untargeted[0] // { product: "Cocoa", turnover: 900, buyers: 12 }
 */
export function portraitCheck(facts: PortraitFacts, targets: TargetMatrix): PortraitCheck {
  const np = facts.products.length;
  const groups = facts.active.length;
  const productTurnover = new Float64Array(np);
  const productBuyers = new Int32Array(np);
  for (let g = 0; g < groups; g++) {
    for (let p = 0; p < np; p++) {
      productTurnover[p] += facts.turnover[g * np + p];
      productBuyers[p] += facts.buyers[g * np + p];
    }
  }
  const targeted = new Set<string>();
  for (const segment of targets.segments) for (const product of targets.products) if (targets.marks.has(targetKey(segment, product))) targeted.add(product);
  const untargeted = facts.products
    .map((product, p) => ({ product, turnover: productTurnover[p], buyers: productBuyers[p] }))
    .filter((row) => row.buyers > 0 && !targeted.has(row.product))
    .sort((x, y) => y.turnover - x.turnover);

  const segmentAt = new Map(facts.segments.map((s, g) => [s, g]));
  const productAt = new Map(facts.products.map((p, i) => [p, i]));
  const unbought: PortraitCheck["unbought"][number][] = [];
  for (const segment of targets.segments) {
    const g = segmentAt.get(segment);
    if (g === undefined) continue;
    for (const product of targets.products) {
      if (!targets.marks.has(targetKey(segment, product))) continue;
      const p = productAt.get(product);
      if (p !== undefined && facts.buyers[g * np + p] > 0) continue;
      const turnover = p === undefined ? 0 : productTurnover[p] - facts.turnover[g * np + p];
      unbought.push({ segment, product, activeClients: facts.active[g], turnover });
    }
  }
  return { untargeted, unbought };
}
