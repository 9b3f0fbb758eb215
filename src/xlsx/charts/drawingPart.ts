import type { RangeRef } from "../../core/cells";
import { escapeXml } from "../patch/xmlText";
import { AFTER_SHEET_DATA } from "../patch/sheetElements";
import { OFFICE_RELATIONSHIPS_NS } from "../package/parts";

/** Relationship and content types a writer adds for charts (ECMA-376 Part 1, §15.2.3, §15.2.4). */
export const DRAWING_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
export const CHART_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_R = OFFICE_RELATIONSHIPS_NS;

/**
 * Worksheet elements that come after `<drawing>` (CT_Worksheet's order): a writer adding
 * `worksheetDrawingXml(…)` to a sheet inserts it before the first of these, or before `</worksheet>`.
 */
export const AFTER_DRAWING: readonly string[] = AFTER_SHEET_DATA.slice(
  AFTER_SHEET_DATA.indexOf("drawing") + 1,
);

/** A chart placed on a sheet: the op's name, the cells it covers, and the drawing's relationship id of its chart part. */
export interface PlacedChart {
  readonly name: string;
  readonly anchor: RangeRef;
  readonly rId: string;
}

/** `<drawing r:id="…"/>` for the worksheet part (the prefix `r` must be declared there, or pass the one it uses). */
export function worksheetDrawingXml(rId: string, prefix = "r"): string {
  return `<drawing ${prefix}:id="${escapeXml(rId)}"/>`;
}

/** A `<Relationship>` element for a `.rels` part. */
export function relationshipXml(rId: string, type: string, target: string): string {
  return `<Relationship Id="${escapeXml(rId)}" Type="${type}" Target="${escapeXml(target)}"/>`;
}

/** An `<Override>` element for `[Content_Types].xml`; `partName` starts with `/`. */
export function contentTypeOverrideXml(partName: string, contentType: string): string {
  return `<Override PartName="${escapeXml(partName)}" ContentType="${contentType}"/>`;
}

/** A `.rels` part holding `relationships` (made with `relationshipXml`). */
export function relationshipsPartXml(relationships: readonly string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join("")}</Relationships>`
  );
}

function cellMarker(tag: "from" | "to", row: number, col: number): string {
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/**
 * One chart frame, anchored as `chart.setPosition(first, last)` places it: from the top-left corner
 * of the anchor's first cell to the bottom-right corner of its last cell. `id` is unique in the drawing.
 */
export function chartAnchorXml(chart: PlacedChart, id: number): string {
  const a = chart.anchor;
  return (
    `<xdr:twoCellAnchor>${cellMarker("from", a.row, a.col)}${cellMarker("to", a.row + a.rows, a.col + a.cols)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escapeXml(chart.name)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${escapeXml(chart.rId)}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** A new drawing part (`xl/drawings/drawingN.xml`) with one frame per chart. */
export function drawingPartXml(charts: readonly PlacedChart[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${charts.map((c, i) => chartAnchorXml(c, i + 2)).join("")}</xdr:wsDr>`
  );
}

/** A chart frame found in a drawing part: its name, its chart relationship id, and where its anchor is. */
export interface DrawingChart {
  readonly name: string;
  readonly rId: string;
  readonly start: number;
  readonly end: number;
}

const ANCHOR =
  /<((?:[A-Za-z_][\w.-]*:)?)(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[^>]*>[\s\S]*?<\/\1\2\s*>/g;
const NAME = /<(?:[A-Za-z_][\w.-]*:)?cNvPr\b[^>]*?\sname\s*=\s*("([^"]*)"|'([^']*)')/;
const CHART_RID = /<(?:[A-Za-z_][\w.-]*:)?chart\b[^>]*?\s[A-Za-z_][\w.-]*:id\s*=\s*("([^"]*)"|'([^']*)')/;

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    if (e === "amp") return "&";
    return String.fromCodePoint(e.startsWith("#x") ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

/** Every chart frame of a drawing part, with its name (`cNvPr/@name`) — Segmenta's carry the op's name. */
export function chartsInDrawing(xml: string): DrawingChart[] {
  const found: DrawingChart[] = [];
  for (const m of xml.matchAll(ANCHOR)) {
    const body = m[0];
    const rid = CHART_RID.exec(body);
    const name = NAME.exec(body);
    if (!rid || !name) continue;
    const start = m.index ?? 0;
    found.push({
      name: unescapeXml(name[2] ?? name[3] ?? ""),
      rId: rid[2] ?? rid[3] ?? "",
      start,
      end: start + body.length,
    });
  }
  return found;
}

/** The largest `cNvPr/@id` of a drawing, so new frames get ids after it. */
function largestShapeId(xml: string): number {
  let max = 1;
  for (const m of xml.matchAll(/<(?:[A-Za-z_][\w.-]*:)?cNvPr\b[^>]*?\sid\s*=\s*["'](\d+)["']/g))
    max = Math.max(max, Number(m[1]));
  return max;
}

/**
 * Puts `charts` into an existing drawing part: a frame whose name is one of theirs, or for which
 * `remove(name)` holds (Segmenta's charts on a sheet it clears), is taken out, the new frames go at
 * the end, and every other frame — the user's charts, pictures and shapes — stays byte for byte.
 * `removed` lists the relationship ids of the frames taken out, whose chart parts the writer drops.
 * @example mergeDrawingXml(xml, [{ name: "Segmenta_Pareto", anchor, rId: "rId9" }]).removed // ["rId3"] on a re-run
 */
export function mergeDrawingXml(
  xml: string,
  charts: readonly PlacedChart[],
  remove: (name: string) => boolean = () => false,
): { readonly xml: string; readonly removed: readonly string[] } {
  const names = new Set(charts.map((c) => c.name));
  const gone = chartsInDrawing(xml).filter((c) => names.has(c.name) || remove(c.name));
  let out = xml;
  for (const c of [...gone].reverse()) out = out.slice(0, c.start) + out.slice(c.end);
  const close = /<\/(?:[A-Za-z_][\w.-]*:)?wsDr\s*>\s*$/.exec(out);
  if (!close) throw new Error("drawing part has no closing wsDr element");
  const prefix = /<([A-Za-z_][\w.-]*):wsDr\b/.exec(out)?.[1];
  let next = largestShapeId(out) + 1;
  const frames = charts.map((c) => chartAnchorXml(c, next++)).join("");
  // New frames are written with the `xdr` and `a` prefixes; declare them on each frame when the part uses others.
  const declared =
    prefix === "xdr" &&
    /xmlns:a\s*=\s*["']http:\/\/schemas\.openxmlformats\.org\/drawingml\/2006\/main["']/.test(out);
  const added = declared
    ? frames
    : frames.replace(/<xdr:twoCellAnchor>/g, `<xdr:twoCellAnchor xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">`);
  out = out.slice(0, close.index) + added + out.slice(close.index);
  return { xml: out, removed: gone.map((c) => c.rId) };
}
