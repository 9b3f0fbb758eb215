import type { RangeRef } from "../../../src/core/cells";
import { NAME_PREFIX } from "../../../src/core/plan/types";
import {
  chartAnchorXml,
  chartsInDrawing,
  drawingPartXml,
  mergeDrawingXml,
  type PlacedChart,
} from "../../../src/xlsx/charts";
import { all, namespacesOf, one, parseTree } from "./chartXml";

const at = (row: number, col: number, rows: number, cols: number): RangeRef => ({
  sheet: "Matrix",
  row,
  col,
  rows,
  cols,
});
const PARETO: PlacedChart = { name: "Segmenta_Pareto", anchor: at(2, 14, 20, 8), rId: "rId1" };
const CLASSES: PlacedChart = { name: "Segmenta_Classes", anchor: at(23, 14, 15, 8), rId: "rId2" };

/** A user's chart as Excel writes its frame: default namespace prefixes, its own id and relationship. */
const USER_FRAME =
  `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>1</xdr:col><xdr:colOff>9525</xdr:colOff><xdr:row>30</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
  `<xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>45</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro="">` +
  `<xdr:nvGraphicFramePr><xdr:cNvPr id="7" name="Chart 3 &amp; mine"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
  `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId5"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
const USER_PICTURE = `<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="10" cy="10"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId6"/></xdr:blipFill><xdr:spPr/></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>`;

/**
 * Excel's own Pareto (ExcelApi 1.9) as Excel saves it: a `chartex` frame inside `mc:AlternateContent`,
 * with a text box as the fallback for readers without chartex. The add-in names it like the op.
 */
const EXCEL_PARETO =
  `<xdr:twoCellAnchor><xdr:from><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
  `<xdr:to><xdr:col>22</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>22</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
  `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" Requires="cx1">` +
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="4" name="Segmenta_Pareto"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
  `<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/drawing/2014/chartex"><cx:chart xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" r:id="rId3"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
  `</mc:Choice><mc:Fallback><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="0" name=""/><xdr:cNvSpPr><a:spLocks noTextEdit="1"/></xdr:cNvSpPr></xdr:nvSpPr>` +
  `<xdr:spPr><a:xfrm><a:off x="1" y="1"/><a:ext cx="1" cy="1"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:sp></mc:Fallback></mc:AlternateContent>` +
  `<xdr:clientData/></xdr:twoCellAnchor>`;

function userDrawing(extra = ""): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `${USER_PICTURE}${USER_FRAME}${extra}</xdr:wsDr>`
  );
}

describe("drawingPartXml", () => {
  const tree = parseTree(drawingPartXml([PARETO, CLASSES]), "drawing");

  it("has one two-cell anchor per chart covering its anchor range, from the first cell's corner to past the last cell", () => {
    const anchors = all(tree, "twoCellAnchor");
    expect(anchors).toHaveLength(2);
    const corner = (n: ReturnType<typeof one>) =>
      ["col", "colOff", "row", "rowOff"].map((k) => Number(one(n, k).text));
    expect(corner(one(anchors[0], "from"))).toEqual([14, 0, 2, 0]);
    expect(corner(one(anchors[0], "to"))).toEqual([22, 0, 22, 0]);
    expect(corner(one(anchors[1], "from"))).toEqual([14, 0, 23, 0]);
  });

  it("names each frame after its op, with unique ids and its chart relationship", () => {
    const frames = all(tree, "cNvPr").map((n) => [n.attrs.name, n.attrs.id]);
    expect(frames.map((f) => f[0])).toEqual(["Segmenta_Pareto", "Segmenta_Classes"]);
    expect(new Set(frames.map((f) => f[1])).size).toBe(2);
    expect(all(tree, "chart").map((c) => c.attrs.id)).toEqual(["rId1", "rId2"]);
    expect(chartsInDrawing(drawingPartXml([PARETO, CLASSES])).map((c) => [c.name, c.rId])).toEqual([
      ["Segmenta_Pareto", "rId1"],
      ["Segmenta_Classes", "rId2"],
    ]);
  });
});

describe("mergeDrawingXml", () => {
  it("adds Segmenta's chart beside the user's frames, leaving them byte for byte and taking a free id", () => {
    const { xml, removed } = mergeDrawingXml(userDrawing(), [{ ...PARETO, rId: "rId7" }]);
    expect(removed).toEqual([]);
    expect(xml).toContain(USER_PICTURE + USER_FRAME);
    parseTree(xml, "drawing");
    expect(chartsInDrawing(xml).map((c) => [c.name, c.rId])).toEqual([
      ["Chart 3 & mine", "rId5"],
      ["Segmenta_Pareto", "rId7"],
    ]);
    const ids = all(parseTree(xml, "drawing"), "cNvPr").map((n) => Number(n.attrs.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.max(...ids)).toBe(8);
  });

  it("replaces a chart of the same name on a re-run instead of adding a second one", () => {
    const first = mergeDrawingXml(userDrawing(), [{ ...PARETO, rId: "rId7" }]).xml;
    const moved = { ...PARETO, anchor: at(5, 3, 10, 4), rId: "rId8" };
    const { xml, removed } = mergeDrawingXml(first, [moved]);
    expect(removed).toEqual(["rId7"]);
    expect(chartsInDrawing(xml).map((c) => [c.name, c.rId])).toEqual([
      ["Chart 3 & mine", "rId5"],
      ["Segmenta_Pareto", "rId8"],
    ]);
    expect(xml).toBe(userDrawing(chartAnchorXml(moved, 8)));
  });

  it("drops Segmenta's other charts when asked (a cleared sheet) but never the user's", () => {
    const twice = mergeDrawingXml(userDrawing(), [PARETO, CLASSES]).xml;
    const { xml, removed } = mergeDrawingXml(twice, [{ ...PARETO, rId: "rId9" }], (name) =>
      name.startsWith(NAME_PREFIX),
    );
    expect(removed).toEqual(["rId1", "rId2"]);
    expect(chartsInDrawing(xml).map((c) => c.name)).toEqual(["Chart 3 & mine", "Segmenta_Pareto"]);
    expect(xml).toContain(USER_PICTURE + USER_FRAME);
  });

  it("replaces the Pareto the add-in drew in Excel (a chartex frame in AlternateContent) when the command line runs on that workbook", () => {
    const { xml, removed } = mergeDrawingXml(userDrawing(EXCEL_PARETO), [{ ...PARETO, rId: "rId9" }]);
    expect(removed).toEqual(["rId3"]);
    expect(xml).not.toContain("chartex");
    expect(chartsInDrawing(xml).map((c) => [c.name, c.rId])).toEqual([
      ["Chart 3 & mine", "rId5"],
      ["Segmenta_Pareto", "rId9"],
    ]);
    expect(() => namespacesOf(xml)).not.toThrow();
  });

  it("declares its prefixes on the new frame when the drawing writes the elements with other prefixes", () => {
    const other = userDrawing()
      .replace(/xdr:/g, "x:")
      .replace(/xmlns:xdr=/, "xmlns:x=")
      .replace(/xmlns:a=/, "xmlns:d=")
      .replace(/<(\/?)a:/g, "<$1d:");
    const { xml } = mergeDrawingXml(other, [PARETO]);
    const tree = parseTree(xml, "drawing");
    expect(all(tree, "twoCellAnchor")).toHaveLength(2);
    expect(namespacesOf(xml)).toContain(
      "twoCellAnchor http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
    );
    expect(namespacesOf(xml)).toContain("ext http://schemas.openxmlformats.org/drawingml/2006/main");
    expect(chartsInDrawing(xml).map((c) => c.name)).toEqual(["Chart 3 & mine", "Segmenta_Pareto"]);
  });
});
