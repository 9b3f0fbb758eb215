/**
 * Native chart parts for workbook files: what a writer adds so the file has the charts the Office.js
 * applier draws. Pure text in, text out; the writer owns the package (part names, relationship ids,
 * content types, the worksheet's `<drawing>` element).
 *
 * For each sheet with chart ops (`chartOpsBySheet`):
 * 1. per op, a chart part `xl/charts/chartN.xml` = `chartPartFromPlan(op, plan.ops)` (caches and number
 *    formats from the plan; `chartPartXml(op, values, formats)` when they come from elsewhere),
 *    with an `<Override>` of `CHART_CONTENT_TYPE`;
 * 2. the sheet's drawing: a new part `drawingPartXml(placed)` (`DRAWING_CONTENT_TYPE`, a `DRAWING_REL_TYPE`
 *    relationship from the sheet and `worksheetDrawingXml(rId)` before the first of `AFTER_DRAWING`), or,
 *    when the sheet has one, `mergeDrawingXml(existing, placed, isSegmentas)`, which replaces Segmenta's
 *    frames of the same name and leaves the user's; the chart parts of `removed` are dropped;
 * 3. the drawing's `.rels` gets a `CHART_REL_TYPE` relationship per placed chart (`../charts/chartN.xml`).
 */
export {
  absoluteRef,
  chartLayout,
  chartPartXml,
  type ChartLayout,
  type ChartOp,
  type ChartSeries,
  type SourceValue,
  type SourceValues,
} from "./chartPart";
export {
  AFTER_DRAWING,
  CHART_CONTENT_TYPE,
  CHART_REL_TYPE,
  DRAWING_CONTENT_TYPE,
  DRAWING_REL_TYPE,
  chartAnchorXml,
  chartsInDrawing,
  contentTypeOverrideXml,
  drawingPartXml,
  mergeDrawingXml,
  relationshipXml,
  relationshipsPartXml,
  worksheetDrawingXml,
  type DrawingChart,
  type PlacedChart,
} from "./drawingPart";
export {
  chartOpsBySheet,
  chartPartFromPlan,
  sourceFormatsFromPlan,
  sourceValuesFromPlan,
} from "./sourceValues";
