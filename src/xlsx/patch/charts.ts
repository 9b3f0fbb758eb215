/**
 * The plan's charts put into a workbook being patched: chart parts (reused by name on a re-run),
 * drawings, their relationships and content types (the parts themselves come from `../charts`).
 */
import type { WritePlan } from "../../core";
import {
  AFTER_DRAWING,
  CHART_CONTENT_TYPE,
  CHART_REL_TYPE,
  DRAWING_CONTENT_TYPE,
  DRAWING_REL_TYPE,
  chartOpsBySheet,
  chartsInDrawing,
  chartPartFromPlan,
  drawingPartXml,
  mergeDrawingXml,
  relationshipXml,
  relationshipsPartXml,
  worksheetDrawingXml,
  type PlacedChart,
} from "../charts";
import { OFFICE_RELATIONSHIPS_NS, parseRelationships, relsPathOf, type WorkbookPackage } from "../package";
import { freeRelId, relativeTarget, withRelationship } from "./relationships";
import { attributeOf, findElement, insertionPoint, prefixOf, splice } from "./xmlText";


/** The parts being written: text of changed or new parts, parts dropped, new parts' content types. */
export interface PartEdits {
  readonly pkg: WorkbookPackage;
  readonly changed: Map<string, string>;
  readonly dropped: Set<string>;
  readonly newParts: { path: string; contentType: string }[];
  /** A part name not used yet in `folder` (`xl/charts/`, `chart`, `xml` → `xl/charts/chart2.xml`). */
  readonly freePath: (folder: string, stem: string, ext: string) => string;
}

const utf8 = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/** The current text of a part: as changed so far, else as the archive holds it, else undefined. */
function textOf(edits: PartEdits, path: string): string | undefined {
  const changed = edits.changed.get(path);
  if (changed !== undefined) return changed;
  return edits.pkg.zip.entry(path) && !edits.dropped.has(path)
    ? utf8.decode(edits.pkg.zip.bytes(path))
    : undefined;
}

/**
 * Adds the plan's charts to the sheets they are anchored on, as native chart parts: each chart gets a
 * chart part; a sheet without a drawing gets one (its relationship and `<drawing>` element in schema
 * order); a sheet with a drawing keeps the user's frames byte for byte, and a chart of Segmenta's of
 * the same name (from an earlier run) is replaced, its old chart part dropped. Returns the charts it
 * could not place (a sheet the workbook does not have as a worksheet part).
 */
export function addCharts(
  edits: PartEdits,
  plan: WritePlan,
  sheetPaths: ReadonlyMap<string, string>,
): string[] {
  const skipped: string[] = [];
  for (const [sheetName, ops] of chartOpsBySheet(plan.ops)) {
    const sheetPath = sheetPaths.get(sheetName);
    const sheetXml = sheetPath === undefined ? undefined : textOf(edits, sheetPath);
    if (sheetPath === undefined || sheetXml === undefined) {
      skipped.push(...ops.map((op) => op.name));
      continue;
    }
    const sheetRelsPath = relsPathOf(sheetPath);
    let sheetRels = textOf(edits, sheetRelsPath) ?? relationshipsPartXml([]);
    const p = prefixOf(sheetXml, "worksheet");
    const drawingElement = findElement(sheetXml, p, "drawing");
    const drawingRelId = drawingElement ? drawingIdOf(sheetXml, drawingElement.start) : undefined;
    const relations = parseRelationships(encoder.encode(sheetRels), sheetPath);
    const drawingPath = relations.find((r) => r.id === drawingRelId && !r.external)?.path;
    const existingDrawing = drawingPath === undefined ? undefined : textOf(edits, drawingPath);

    const target = drawingPath ?? edits.freePath("xl/drawings/", "drawing", "xml");
    const drawingRelsPath = relsPathOf(target);
    let drawingRels =
      (existingDrawing === undefined ? undefined : textOf(edits, drawingRelsPath)) ??
      relationshipsPartXml([]);
    // A chart of Segmenta's drawn by an earlier run keeps its part and relationship: part numbers stay
    // the same from run to run instead of growing.
    const earlier = new Map<string, { rId: string; path: string }>();
    if (existingDrawing !== undefined && drawingPath !== undefined) {
      const drawingRelations = parseRelationships(encoder.encode(drawingRels), drawingPath);
      for (const frame of chartsInDrawing(existingDrawing)) {
        const rel = drawingRelations.find((r) => r.id === frame.rId && !r.external);
        if (rel && edits.pkg.zip.entry(rel.path) && !earlier.has(frame.name)) earlier.set(frame.name, { rId: rel.id, path: rel.path });
      }
    }
    const placed: PlacedChart[] = ops.map((op) => {
      const again = earlier.get(op.name);
      if (again) {
        edits.changed.set(again.path, chartPartFromPlan(op, plan.ops));
        return { name: op.name, anchor: op.anchor, rId: again.rId };
      }
      const chartPath = edits.freePath("xl/charts/", "chart", "xml");
      edits.changed.set(chartPath, chartPartFromPlan(op, plan.ops));
      edits.newParts.push({ path: chartPath, contentType: CHART_CONTENT_TYPE });
      const rId = freeRelId(drawingRels);
      drawingRels = withRelationship(
        drawingRels,
        relationshipXml(rId, CHART_REL_TYPE, relativeTarget(target, chartPath)),
      );
      return { name: op.name, anchor: op.anchor, rId };
    });
    const reused = new Set(placed.map((c) => c.rId));

    if (existingDrawing !== undefined && drawingPath !== undefined) {
      const merged = mergeDrawingXml(existingDrawing, placed);
      edits.changed.set(drawingPath, merged.xml);
      // The chart parts of the frames taken out go with their relationships.
      const drawingRelations = parseRelationships(encoder.encode(drawingRels), drawingPath);
      for (const id of merged.removed) {
        if (reused.has(id)) continue;
        const gone = drawingRelations.find((r) => r.id === id);
        if (gone && !gone.external) {
          edits.dropped.add(gone.path);
          edits.dropped.add(relsPathOf(gone.path));
        }
        drawingRels = drawingRels.replace(new RegExp(`<Relationship\\s[^>]*Id="${id}"[^>]*/>`), "");
      }
    } else {
      edits.changed.set(target, drawingPartXml(placed));
      edits.newParts.push({ path: target, contentType: DRAWING_CONTENT_TYPE });
      const rId = freeRelId(sheetRels);
      sheetRels = withRelationship(
        sheetRels,
        relationshipXml(rId, DRAWING_REL_TYPE, relativeTarget(sheetPath, target)),
      );
      edits.changed.set(sheetRelsPath, sheetRels);
      // `<drawing r:id>` in schema order, the relationships prefix declared where the root lacks it.
      const rootTag = sheetXml.slice(
        0,
        sheetXml.indexOf(">", findElement(sheetXml, p, "worksheet")?.start ?? 0),
      );
      const declared = new RegExp(`xmlns:r="${OFFICE_RELATIONSHIPS_NS}"`).test(rootTag);
      const element = worksheetDrawingXml(rId).replace(
        "<drawing ",
        `<${p}drawing ${declared ? "" : `xmlns:r="${OFFICE_RELATIONSHIPS_NS}" `}`,
      );
      const root = findElement(sheetXml, p, "worksheet")!;
      const close = root.end - `</${p}worksheet>`.length;
      const at = insertionPoint(sheetXml, p, AFTER_DRAWING, 0, close);
      edits.changed.set(sheetPath, splice(sheetXml, at, at, element));
    }
    edits.changed.set(drawingRelsPath, drawingRels);
  }
  return skipped;
}

/** The relationship id of a `<drawing>` element, whatever prefix it is written with. */
function drawingIdOf(xml: string, start: number): string | undefined {
  const tag = xml.slice(start, xml.indexOf(">", start));
  return /\s[\w.-]+:id="([^"]*)"/.exec(tag)?.[1] ?? attributeOf(xml, start, "r:id");
}
