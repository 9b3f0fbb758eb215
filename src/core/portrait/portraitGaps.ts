import type { AbcClass, Classification } from "../results";
import { compareText } from "./compareText";
import { targetKey } from "./targetKey";
import type { ClientPortrait, PortraitFacts, PortraitGaps, TargetMatrix } from "./types";

const ABC_ROW: Readonly<Record<AbcClass, number>> = { A: 0, B: 1, C: 2 };
const abcRow = (abc: AbcClass | null): number => (abc === null ? 3 : ABC_ROW[abc]);

/**
 * Every client against its segment's targets (§7): the target products it does not buy (its gaps),
 * its development degree (bought targets / targets, null without targets) and the next product to
 * offer: the missing target most often bought by clients of the same segment and ABC class, ties
 * broken by their larger turnover in it, then by name. Targets on products no longer in the data
 * do not count.
 * @example
 * // Retail targets Tea and Milk; a Retail client buying only Tea:
 * portraitGaps(facts, targets, classification).clients[0] // { degree: 0.5, missing: ["Milk"], next: "Milk", … }
 */
export function portraitGaps(facts: PortraitFacts, targets: TargetMatrix, classification: Classification): PortraitGaps {
  const np = facts.products.length;
  const segmentTargets = facts.segments.map((segment) =>
    facts.products.flatMap((product, p) => (targets.marks.has(targetKey(segment, product)) ? [p] : [])),
  );
  const groupBuyers = new Int32Array(facts.segments.length * 4 * np);
  const groupTurnover = new Float64Array(facts.segments.length * 4 * np);
  classification.clients.forEach((client, c) => {
    const s = facts.clientSegment[c];
    if (s < 0) return;
    const base = (s * 4 + abcRow(client.abc)) * np;
    for (let p = 0; p < np; p++) {
      const amount = facts.clientTurnover[c * np + p];
      if (amount > 0) {
        groupBuyers[base + p]++;
        groupTurnover[base + p] += amount;
      }
    }
  });
  const clients = classification.clients.map((client, c): ClientPortrait => {
    const s = facts.clientSegment[c];
    const wanted = s < 0 ? [] : segmentTargets[s];
    const missing = wanted.filter((p) => !(facts.clientTurnover[c * np + p] > 0));
    let next = -1;
    if (missing.length > 0) {
      const base = (s * 4 + abcRow(client.abc)) * np;
      for (const p of missing) {
        if (next < 0) next = p;
        else {
          const byCount = groupBuyers[base + p] - groupBuyers[base + next];
          const byTurnover = groupTurnover[base + p] - groupTurnover[base + next];
          const better = byCount !== 0 ? byCount > 0 : byTurnover !== 0 ? byTurnover > 0 : compareText(facts.products[p], facts.products[next]) < 0;
          if (better) next = p;
        }
      }
    }
    const bought = wanted.length - missing.length;
    return {
      index: c,
      key: client.key,
      name: client.name,
      segment: s < 0 ? null : facts.segments[s],
      manager: client.manager,
      abc: client.abc,
      xyz: client.xyz,
      status: client.status,
      metric: client.metric,
      targets: wanted.length,
      bought,
      degree: wanted.length === 0 ? null : bought / wanted.length,
      missing: missing.map((p) => facts.products[p]),
      next: next < 0 ? null : facts.products[next],
    };
  });
  return { facts, clients };
}
