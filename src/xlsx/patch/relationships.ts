import { splice } from "./xmlText";

/**
 * The first `rIdN` a relationships part does not use yet.
 * @example freeRelId('<Relationship Id="rId1" …/>') // "rId2"
 */
export function freeRelId(rels: string): string {
  const used = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  for (let n = 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
}

/** The relationships part with one more `<Relationship>` element at its end. */
export function withRelationship(rels: string, xml: string): string {
  const close = rels.lastIndexOf("</");
  return splice(rels, close, close, xml);
}

/**
 * `target` written relative to the folder of `source`, as a relationship's `Target`.
 * @example relativeTarget("xl/drawings/drawing1.xml", "xl/charts/chart3.xml") // "../charts/chart3.xml"
 * @example relativeTarget("xl/workbook.xml", "xl/worksheets/sheet3.xml") // "worksheets/sheet3.xml"
 */
export function relativeTarget(source: string, target: string): string {
  const from = source.split("/").slice(0, -1);
  const to = target.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}
