import { targetKey } from "./targetKey";
import type { PortraitFacts, TargetMatrix } from "./types";

/**
 * A suggested portrait: for each named segment, the products that at least `threshold` of its
 * active clients bought in the window.
 * @example suggestTargets(facts, 0.5).marks.has(targetKey("Retail", "Tea")) // true when ≥ half of Retail buys Tea
 */
export function suggestTargets(facts: PortraitFacts, threshold = 0.5): TargetMatrix {
  const marks = new Set<string>();
  const np = facts.products.length;
  facts.segments.forEach((segment, g) => {
    const active = facts.active[g];
    if (active === 0) return;
    facts.products.forEach((product, p) => {
      if (facts.buyers[g * np + p] / active >= threshold) marks.add(targetKey(segment, product));
    });
  });
  return {
    segments: facts.segments,
    products: facts.products,
    marks,
    flagged: { segments: new Set(), products: new Set() },
  };
}
