import type { PortraitFacts, TargetMatrix } from "./types";

/**
 * The target matrix for a re-run: every mark of `previous` stays, segments and products new in
 * the data are appended (in the data's order), and the ones no longer in the data are kept and
 * flagged, never dropped.
 * @example mergeTargets(readTargets(sheet), facts).marks // ⊇ readTargets(sheet).marks
 */
export function mergeTargets(previous: TargetMatrix | undefined, facts: PortraitFacts): TargetMatrix {
  const segments = appendNew(previous?.segments ?? [], facts.segments);
  const products = appendNew(previous?.products ?? [], facts.products);
  const inDataSegments = new Set(facts.segments);
  const inDataProducts = new Set(facts.products);
  return {
    segments,
    products,
    marks: new Set(previous?.marks ?? []),
    labels: new Map(previous?.labels ?? []),
    flagged: {
      segments: new Set(segments.filter((s) => !inDataSegments.has(s))),
      products: new Set(products.filter((p) => !inDataProducts.has(p))),
    },
  };
}

function appendNew(kept: readonly string[], found: readonly string[]): string[] {
  const out = [...kept];
  const seen = new Set(kept);
  for (const name of found) if (!seen.has(name)) out.push(name);
  return out;
}
