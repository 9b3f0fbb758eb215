import { columnLetters, type CellValue, type RangeRef } from "../../core/cells";
import type { PlanValue, WriteOp } from "../../core/plan/types";
import { escapeXml } from "../patch/xmlText";
import { OFFICE_RELATIONSHIPS_NS } from "../package/parts";

/** A `chart` op of the write plan. */
export type ChartOp = Extract<WriteOp, { kind: "chart" }>;

/** A value of the chart's source range as the workbook holds it (a formula counts as no cached value). */
export type SourceValue = CellValue | PlanValue | undefined;

/**
 * The values of a chart's source range, row by row as `op.source` lays them out (first row the
 * headers, first column the categories). They become the chart's caches, so a reader that does
 * not recalculate (LibreOffice, a preview) shows the chart as Excel would.
 */
export type SourceValues = readonly (readonly SourceValue[])[];

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = OFFICE_RELATIONSHIPS_NS;

/** Axis ids as Excel writes them: any unsigned numbers unique within the chart. */
const AXES = { cat: 500000001, val: 500000002, lineCat: 500000003, lineVal: 500000004 } as const;

/**
 * Series colours of Excel's default theme (accent 1–6), written as RGB so the chart looks the same in
 * a workbook whose theme differs or that has none.
 */
const PALETTE = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"] as const;

/** `$B$3:$B$9` style reference with the sheet quoted as Excel always quotes it in chart formulas. */
export function absoluteRef(sheet: string, row: number, col: number, rows = 1, cols = 1): string {
  const cell = (r: number, c: number) => `$${columnLetters(c)}$${r + 1}`;
  const first = cell(row, col);
  const local = rows === 1 && cols === 1 ? first : `${first}:${cell(row + rows - 1, col + cols - 1)}`;
  return `'${sheet.replace(/'/g, "''")}'!${local}`;
}

/** One series of the chart: its name cell, its value cells, and their cached values. */
export interface ChartSeries {
  /** The header cell naming the series; without one the reader names it in its own language ("Series1"). */
  readonly nameRef?: string;
  readonly name?: string;
  readonly valRef: string;
  readonly values: readonly (number | null)[];
}

/** What the chart shows: categories and series, each with its formula and cached values. */
export interface ChartLayout {
  readonly catRef: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
}

function textOf(value: SourceValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return "error" in value ? value.error : "";
  return String(value);
}

function numberOf(value: SourceValue): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return null;
}

/** Whether the first row names the series: Excel takes it as headers when its series cells hold text, not numbers. */
function hasHeaderRow(source: RangeRef, values: SourceValues): boolean {
  if (source.rows < 2) return false;
  const head = values[0] ?? [];
  const cells = Array.from({ length: source.cols - 1 }, (_, i) => head[i + 1]);
  return (
    cells.some((v) => typeof v === "string" && v.trim() !== "") && cells.every((v) => typeof v !== "number")
  );
}

/**
 * Reads the chart's categories and series from `op.source` the way Excel's `charts.add(…, "Columns")`
 * does: first column categories, each other column a series, the first row their names when it holds text.
 */
export function chartLayout(source: RangeRef, values: SourceValues): ChartLayout {
  const header = hasHeaderRow(source, values);
  const top = source.row + (header ? 1 : 0);
  const rows = source.rows - (header ? 1 : 0);
  const dataRows = Array.from({ length: rows }, (_, r) => values[r + (header ? 1 : 0)] ?? []);
  const series = Array.from({ length: source.cols - 1 }, (_, i): ChartSeries => {
    const col = source.col + 1 + i;
    return {
      nameRef: header ? absoluteRef(source.sheet, source.row, col) : undefined,
      name: header ? textOf(values[0]?.[i + 1]) : undefined,
      valRef: absoluteRef(source.sheet, top, col, rows, 1),
      values: dataRows.map((row) => numberOf(row[i + 1])),
    };
  });
  return {
    catRef: absoluteRef(source.sheet, top, source.col, rows, 1),
    categories: dataRows.map((row) => textOf(row[0])),
    series,
  };
}

function strRef(ref: string, texts: readonly string[]): string {
  const points = texts.map((t, i) => `<c:pt idx="${i}"><c:v>${escapeXml(t)}</c:v></c:pt>`).join("");
  return `<c:strRef><c:f>${escapeXml(ref)}</c:f><c:strCache><c:ptCount val="${texts.length}"/>${points}</c:strCache></c:strRef>`;
}

function numRef(ref: string, values: readonly (number | null)[], format: string): string {
  const points = values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
  return `<c:numRef><c:f>${escapeXml(ref)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef>`;
}

function seriesXml(
  s: ChartSeries,
  index: number,
  layout: ChartLayout,
  line: boolean,
  format: string,
): string {
  const tx = s.nameRef ? `<c:tx>${strRef(s.nameRef, [s.name ?? ""])}</c:tx>` : "";
  const colour = `<a:solidFill><a:srgbClr val="${PALETTE[index % PALETTE.length]}"/></a:solidFill>`;
  const look = line
    ? `<c:spPr><a:ln w="28575" cap="rnd">${colour}<a:round/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`
    : `<c:spPr>${colour}<a:ln><a:noFill/></a:ln></c:spPr><c:invertIfNegative val="0"/>`;
  const cat = `<c:cat>${strRef(layout.catRef, layout.categories)}</c:cat>`;
  const val = `<c:val>${numRef(s.valRef, s.values, format)}</c:val>`;
  return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${tx}${look}${cat}${val}${line ? `<c:smooth val="0"/>` : ""}</c:ser>`;
}

/** A category axis as Excel writes one; `deleted` hides it (the secondary one of a combination chart). */
function catAxXml(id: number, cross: number, deleted: boolean): string {
  return (
    `<c:catAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="${deleted ? 1 : 0}"/>` +
    `<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="${deleted ? "out" : "none"}"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
  );
}

/** The primary value axis (left, gridlines, linked to the source's format). */
function valAxXml(id: number, cross: number, format: string): string {
  return (
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines/><c:numFmt formatCode="${escapeXml(format)}" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** The secondary value axis of a Pareto chart: right side, 0–100 %, crossing at the far end. */
function shareAxXml(id: number, cross: number): string {
  return (
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="r"/><c:numFmt formatCode="0%" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="max"/>` +
    `<c:crossBetween val="between"/></c:valAx>`
  );
}

function titleXml(title: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr><a:r><a:rPr lang="en-US"/>` +
    `<a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
  );
}

/**
 * The DrawingML chart part (`xl/charts/chartN.xml`) for a `chart` op, drawn as the Office.js applier
 * draws it without ExcelApi 1.9: clustered columns from `op.source` (first column categories, the
 * other columns series), and for `pareto` with a share column, the second series as a line on
 * secondary axes from 0 to 100 %; for `stacked`, the series stacked in one column per category. Formulas point into the source (sheet quoted, absolute), and the
 * caches hold `values`, the source range's cells as the plan writes them, shown with `formats`, the
 * number format of each source column (the value axis is linked to the first column's, as Excel links it).
 * @example chartPartXml(op, [["Client", "Turnover", "Cumulative share"], ["Acme", 120, 0.6], ["Bolt", 80, 1]], [, "#,##0.00", "0.0%"])
 */
export function chartPartXml(
  op: ChartOp,
  values: SourceValues,
  formats: readonly (string | undefined)[] = [],
): string {
  const formatOf = (series: number, fallback: string) => formats[series + 1] ?? fallback;
  const layout = chartLayout(op.source, values);
  const withLine = op.chart === "pareto" && layout.series.length >= 2;
  const stacked = op.chart === "stacked";
  const bars = layout.series.map((s, i) => ({ s, i })).filter(({ i }) => !(withLine && i === 1));
  const gap = withLine ? 50 : stacked ? 150 : 219;
  const overlap = withLine ? 0 : stacked ? 100 : -27;
  const barXml =
    `<c:barChart><c:barDir val="col"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>` +
    bars.map(({ s, i }) => seriesXml(s, i, layout, false, formatOf(i, "General"))).join("") +
    `<c:gapWidth val="${gap}"/><c:overlap val="${overlap}"/><c:axId val="${AXES.cat}"/><c:axId val="${AXES.val}"/></c:barChart>`;
  const lineXml = withLine
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${seriesXml(layout.series[1], 1, layout, true, formatOf(1, "0%"))}` +
      `<c:marker val="1"/><c:axId val="${AXES.lineCat}"/><c:axId val="${AXES.lineVal}"/></c:lineChart>`
    : "";
  const axes =
    catAxXml(AXES.cat, AXES.val, false) +
    valAxXml(AXES.val, AXES.cat, formatOf(bars[0]?.i ?? 0, "General")) +
    (withLine ? shareAxXml(AXES.lineVal, AXES.lineCat) + catAxXml(AXES.lineCat, AXES.lineVal, true) : "");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:date1904 val="0"/><c:roundedCorners val="0"/>` +
    `<c:chart>${titleXml(op.title)}<c:plotArea><c:layout/>${barXml}${lineXml}${axes}</c:plotArea>` +
    // Excel gives a new chart a legend below it only when it has more than one series.
    (layout.series.length > 1 ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : "") +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}
