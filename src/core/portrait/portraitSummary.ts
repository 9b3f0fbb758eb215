import type { PortraitModel } from "./buildPortraitPlan";
import { targetKey } from "./targetKey";
import type { ClientPortrait } from "./types";

export interface SegmentGap {
  readonly segment: string;
  readonly product: string;
  /** Share of the segment's active clients that buy the target product. */
  readonly share: number;
  /** Active clients of the segment that do not buy it. */
  readonly missing: number;
}

export interface PortraitSummary {
  /** Per segment with targets, its target products that some active clients miss, lowest share of buyers first (at most `top`). */
  readonly gaps: readonly { readonly segment: string; readonly gaps: readonly SegmentGap[] }[];
  /** Clients that miss some target of their segment, lowest degree first (ties: larger turnover first), at most `top`. */
  readonly lowest: readonly ClientPortrait[];
}

/**
 * What the task pane shows after a portrait run: the top gaps per segment (target products some of
 * the segment's clients do not buy) and the clients with the lowest development degree.
 * @example portraitSummary(model, 3).gaps[0] // { segment: "Retail", gaps: [{ product: "Milk", share: 0.2, missing: 8 }, …] }
 */
export function portraitSummary(model: PortraitModel, top = 5): PortraitSummary {
  const { facts, targets } = model;
  const np = facts.products.length;
  const gaps = facts.segments.flatMap((segment, g) => {
    const active = facts.active[g];
    const list = facts.products
      .map((product, p) => ({ product, p }))
      .filter(({ product }) => targets.marks.has(targetKey(segment, product)))
      .map(({ product, p }): SegmentGap => ({
        segment,
        product,
        share: active > 0 ? facts.buyers[g * np + p] / active : 0,
        missing: active - facts.buyers[g * np + p],
      }))
      .filter((gap) => gap.missing > 0)
      .sort((x, y) => x.share - y.share || y.missing - x.missing)
      .slice(0, top);
    return list.length > 0 ? [{ segment, gaps: list }] : [];
  });
  const lowest = model.gaps.clients
    .filter((c) => c.degree !== null && c.degree < 1)
    .sort((x, y) => (x.degree as number) - (y.degree as number) || y.metric - x.metric)
    .slice(0, top);
  return { gaps, lowest };
}
