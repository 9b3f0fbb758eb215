import { strToU8, zipSync } from "fflate";
import { cellAddress } from "../../../src/core/cells";
import type { WriteOp } from "../../../src/core/plan/types";
import {
  CHART_CONTENT_TYPE,
  CHART_REL_TYPE,
  DRAWING_CONTENT_TYPE,
  DRAWING_REL_TYPE,
  chartOpsBySheet,
  chartPartFromPlan,
  contentTypeOverrideXml,
  drawingPartXml,
  relationshipXml,
  relationshipsPartXml,
  worksheetDrawingXml,
} from "../../../src/xlsx/charts";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function cellXml(row: number, col: number, value: unknown): string {
  const at = cellAddress(row, col);
  if (typeof value === "number") return `<c r="${at}"><v>${value}</v></c>`;
  if (typeof value === "string") return `<c r="${at}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`;
  return "";
}

/**
 * A minimal .xlsx of one sheet holding the plan's `values` ops (numbers and inline text) and its
 * charts, written with the chart module's parts and helpers the way a writer adds them.
 */
export function chartWorkbook(sheet: string, ops: readonly WriteOp[]): Uint8Array {
  const cells = new Map<number, Map<number, unknown>>();
  for (const op of ops) {
    if (op.kind !== "values") continue;
    op.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const line = cells.get(op.range.row + r) ?? new Map<number, unknown>();
        line.set(op.range.col + c, value);
        cells.set(op.range.row + r, line);
      }),
    );
  }
  const rows = [...cells.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([r, line]) => {
      const xs = [...line.entries()].sort((a, b) => a[0] - b[0]).map(([c, v]) => cellXml(r, c, v));
      return `<row r="${r + 1}">${xs.join("")}</row>`;
    })
    .join("");
  const charts = chartOpsBySheet(ops).get(sheet) ?? [];
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
        contentTypeOverrideXml("/xl/drawings/drawing1.xml", DRAWING_CONTENT_TYPE) +
        charts
          .map((_, i) => contentTypeOverrideXml(`/xl/charts/chart${i + 1}.xml`, CHART_CONTENT_TYPE))
          .join("") +
        `</Types>`,
    ),
    "_rels/.rels": strToU8(
      relationshipsPartXml([relationshipXml("rId1", `${REL}/officeDocument`, "xl/workbook.xml")]),
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      relationshipsPartXml([relationshipXml("rId1", `${REL}/worksheet`, "worksheets/sheet1.xml")]),
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows}</sheetData>${worksheetDrawingXml("rId1")}</worksheet>`,
    ),
    "xl/worksheets/_rels/sheet1.xml.rels": strToU8(
      relationshipsPartXml([relationshipXml("rId1", DRAWING_REL_TYPE, "../drawings/drawing1.xml")]),
    ),
    "xl/drawings/drawing1.xml": strToU8(
      drawingPartXml(charts.map((op, i) => ({ name: op.name, anchor: op.anchor, rId: `rId${i + 1}` }))),
    ),
    "xl/drawings/_rels/drawing1.xml.rels": strToU8(
      relationshipsPartXml(
        charts.map((_, i) => relationshipXml(`rId${i + 1}`, CHART_REL_TYPE, `../charts/chart${i + 1}.xml`)),
      ),
    ),
  };
  charts.forEach((op, i) => (files[`xl/charts/chart${i + 1}.xml`] = strToU8(chartPartFromPlan(op, ops))));
  return zipSync(files);
}
