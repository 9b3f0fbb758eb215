import { columnLetters } from "../cells";
import type { AbcClass, Classification, ClientResult, MatrixCell, Status, XyzClass } from "../results";
import { STATUSES } from "../results";
import { atRiskA } from "../sci/atRiskA";
import { SCI_BANDS, type SciBand } from "../sci/types";
import type { WorkbookSnapshot } from "../snapshot";
import { MATRIX_FILLS } from "./classColours";
import type { PlanWords } from "./planWords";
import { rect } from "./rangeMath";
import { segmentaSheetName } from "./segmentaSheet";
import { sortedClients } from "./sortedClients";
import type { RangeRef } from "../cells";
import type { PlanValue, WriteOp, WritePlan } from "./types";
import { MATRIX_SHEET_MARKER, NAME_PREFIX } from "./types";
import { padRows } from "./padRow";

const ABC: readonly AbcClass[] = ["A", "B", "C"];
const XYZ: readonly XyzClass[] = ["X", "Y", "Z"];
/** Rows of one matrix section: label, header, A, B, C, totals; a blank row after it. */
const SECTION_ROWS = 7;
/** Clients shown one by one in the Pareto table; the rest make one "others" row. */
export const PARETO_TOP = 50;
const PARETO_COL = 8;
const CHART_ANCHOR_COL = 12;
const MONEY = "#,##0.00";
const PERCENT = "0.0%";

/**
 * The ABC-XYZ matrix sheet (§6): count, metric and share per cell with a "no XYZ" column and
 * totals, coloured AX → CZ by conditional formats; class counts per status; a Pareto table and
 * chart of the largest clients. Segmenta's own sheet, cleared and rewritten on every run.
 */
export function matrixSheetPlan(workbook: WorkbookSnapshot, classification: Classification, words: PlanWords): WritePlan {
  const sheet = segmentaSheetName(workbook, MATRIX_SHEET_MARKER, words.sheets.matrix);
  const ops: WriteOp[] = [
    { kind: "sheet", sheet, marker: MATRIX_SHEET_MARKER, clear: true },
    { kind: "values", range: rect(sheet, 0, 0, 1, 1), values: [[words.matrix.title]] },
    { kind: "style", range: rect(sheet, 0, 0, 1, 1), style: { bold: true } },
  ];
  const pick: readonly [string, (c: MatrixCell) => number, string][] = [
    [words.matrix.count, (c) => c.count, "0"],
    [words.matrix.metric, (c) => c.metric, MONEY],
    [words.matrix.share, (c) => c.share, PERCENT],
  ];
  pick.forEach(([label, value, format], i) => ops.push(...matrixSection(sheet, 2 + i * SECTION_ROWS, label, value, format, classification, words)));
  const statusTop = 2 + pick.length * SECTION_ROWS;
  ops.push(...statusSection(sheet, statusTop, classification.clients, words));
  const pareto = paretoSection(sheet, 2, classification, words);
  ops.push(...pareto.ops);
  let bottom = Math.max(statusTop + 8, pareto.rows + 2);
  let width = PARETO_COL + 3;
  if (words.sci) {
    const sci = sciSection(sheet, bottom, classification.clients, words, words.sci);
    ops.push(...sci.ops);
    bottom = sci.bottom;
    width = Math.max(width, sci.width);
  }
  const area = rect(sheet, 0, 0, bottom, width);
  ops.push(
    { kind: "columnWidths", sheet, col: 0, widths: [16, 12, 12, 12, 12, 12, 12, 3, 28, 14, 12] },
    { kind: "name", name: MATRIX_SHEET_MARKER, range: area },
  );
  return { ops, owned: [area] };
}

function matrixSection(
  sheet: string,
  top: number,
  label: string,
  value: (c: MatrixCell) => number,
  format: string,
  classification: Classification,
  words: PlanWords,
): WriteOp[] {
  const cells = classification.matrix.cells;
  const columns: readonly (XyzClass | "none")[] = [...XYZ, "none"];
  const rows: PlanValue[][] = [[label], ["", ...XYZ, words.matrix.none, words.matrix.total]];
  const colTotals = columns.map(() => 0);
  for (const abc of ABC) {
    const line = columns.map((x) => value(cells[abc][x]));
    line.forEach((v, i) => (colTotals[i] += v));
    rows.push([abc, ...line, sum(line)]);
  }
  rows.push([words.matrix.total, ...colTotals, value(classification.matrix.total)]);
  const grid = rect(sheet, top, 0, rows.length, 6);
  const numbers = rect(sheet, top + 2, 1, 4, 5);
  const coloured = rect(sheet, top + 2, 1, 3, 3);
  return [
    { kind: "values", range: grid, values: padRows(rows, 6) },
    { kind: "numberFormat", range: numbers, format },
    { kind: "style", range: rect(sheet, top, 0, 2, 6), style: { bold: true } },
    { kind: "style", range: rect(sheet, top + 2, 0, 4, 1), style: { bold: true } },
    ...MATRIX_FILLS.map((f, distance): WriteOp => ({ kind: "conditionalFormat", range: coloured, rule: { kind: "formula", formula: distanceFormula(coloured, distance), ...f } })),
  ];
}

/**
 * A rule formula true where the cell's class pair lies `distance` steps from AX, read from the row
 * label (A/B/C, left of the range) and the column label (X/Y/Z, above it), relative to the top-left cell.
 * @example distanceFormula(rect("M", 4, 1, 3, 3), 0) // "=(CODE($A5)-65)+(CODE(B$4)-88)=0"
 */
export function distanceFormula(range: RangeRef, distance: number): string {
  const rowLabel = `$${columnLetters(range.col - 1)}${range.row + 1}`;
  const colLabel = `${columnLetters(range.col)}$${range.row}`;
  return `=(CODE(${rowLabel})-65)+(CODE(${colLabel})-88)=${distance}`;
}

function statusSection(sheet: string, top: number, clients: readonly ClientResult[], words: PlanWords): WriteOp[] {
  const keys: readonly (AbcClass | "none")[] = [...ABC, "none"];
  const counts = new Map<string, number>();
  for (const c of clients) {
    const key = `${c.abc ?? "none"}|${c.status}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const count = (abc: AbcClass | "none", s: Status) => counts.get(`${abc}|${s}`) ?? 0;
  const rows: PlanValue[][] = [[words.matrix.byStatus], ["", ...STATUSES.map(words.status), words.matrix.total]];
  for (const abc of keys) {
    const line = STATUSES.map((s) => count(abc, s));
    rows.push([abc === "none" ? words.matrix.noClass : abc, ...line, sum(line)]);
  }
  const totals = STATUSES.map((s) => sum(keys.map((abc) => count(abc, s))));
  rows.push([words.matrix.total, ...totals, clients.length]);
  const width = STATUSES.length + 2;
  return [
    { kind: "values", range: rect(sheet, top, 0, rows.length, width), values: padRows(rows, width) },
    { kind: "style", range: rect(sheet, top, 0, 2, width), style: { bold: true } },
    { kind: "style", range: rect(sheet, top + 2, 0, keys.length + 1, 1), style: { bold: true } },
  ];
}

/** The largest clients with the running cumulative share, "others" for the rest; the chart's source. */
function paretoSection(sheet: string, top: number, classification: Classification, words: PlanWords): { ops: WriteOp[]; rows: number } {
  const positive = sortedClients(classification.clients).filter((c) => c.metric > 0);
  const shown = positive.slice(0, PARETO_TOP);
  const rest = positive.slice(PARETO_TOP);
  const total = classification.total;
  const rows: PlanValue[][] = [[words.matrix.pareto, null, null], [words.matrix.client, words.matrix.metric, words.matrix.cumShare]];
  let running = 0;
  for (const c of shown) {
    running += c.metric;
    rows.push([c.name, c.metric, total > 0 ? running / total : 0]);
  }
  if (rest.length > 0) {
    const restMetric = sum(rest.map((c) => c.metric));
    rows.push([words.matrix.others(rest.length), restMetric, total > 0 ? (running + restMetric) / total : 0]);
  }
  const data = rows.length - 2;
  const ops: WriteOp[] = [
    { kind: "values", range: rect(sheet, top, PARETO_COL, rows.length, 3), values: rows },
    { kind: "style", range: rect(sheet, top, PARETO_COL, 2, 3), style: { bold: true } },
  ];
  if (data > 0) {
    ops.push(
      { kind: "numberFormat", range: rect(sheet, top + 2, PARETO_COL + 1, data, 1), format: MONEY },
      { kind: "numberFormat", range: rect(sheet, top + 2, PARETO_COL + 2, data, 1), format: PERCENT },
      {
        kind: "chart",
        name: `${NAME_PREFIX}Pareto`,
        chart: "pareto",
        title: words.matrix.pareto,
        source: rect(sheet, top + 1, PARETO_COL, data + 1, 3),
        anchor: rect(sheet, top, CHART_ANCHOR_COL, 20, 8),
      },
    );
  }
  return { ops, rows: top + rows.length };
}

/**
 * ABC × SCI band (§11): clients and turnover per band for A, B, C and unclassified clients; the
 * "A and at risk" cells are highlighted and followed by those clients, largest first.
 */
function sciSection(
  sheet: string,
  top: number,
  clients: readonly ClientResult[],
  words: PlanWords,
  sci: NonNullable<PlanWords["sci"]>,
): { ops: WriteOp[]; bottom: number; width: number } {
  const bands: readonly (SciBand | "none")[] = [...SCI_BANDS, "none"];
  const keys: readonly (AbcClass | "none")[] = [...ABC, "none"];
  const cell = new Map<string, { count: number; metric: number }>();
  for (const c of clients) {
    const key = `${c.abc ?? "none"}|${c.sciBand ?? "none"}`;
    const at = cell.get(key) ?? { count: 0, metric: 0 };
    cell.set(key, { count: at.count + 1, metric: at.metric + c.metric });
  }
  const get = (abc: AbcClass | "none", band: SciBand | "none") => cell.get(`${abc}|${band}`) ?? { count: 0, metric: 0 };
  const width = 1 + bands.length * 2;
  const rows: PlanValue[][] = [
    [sci.words.matrix.title],
    ["", ...bands.flatMap((b) => [b === "none" ? sci.words.matrix.noSci : sci.band(b), null])],
    ["", ...bands.flatMap(() => [words.matrix.count, words.matrix.metric])],
  ];
  for (const abc of [...keys, "total" as const]) {
    const line = bands.flatMap((band) => {
      const parts = abc === "total" ? keys.map((k) => get(k, band)) : [get(abc, band)];
      return [sum(parts.map((p) => p.count)), sum(parts.map((p) => p.metric))];
    });
    rows.push([abc === "total" ? words.matrix.total : abc === "none" ? words.matrix.noClass : abc, ...line]);
  }
  const atRiskCol = 1 + SCI_BANDS.indexOf("at risk") * 2;
  const aRow = top + 3;
  const ops: WriteOp[] = [
    { kind: "values", range: rect(sheet, top, 0, rows.length, width), values: padRows(rows, width) },
    { kind: "style", range: rect(sheet, top, 0, 3, width), style: { bold: true } },
    { kind: "style", range: rect(sheet, top + 3, 0, keys.length + 1, 1), style: { bold: true } },
    { kind: "numberFormat", range: rect(sheet, top + 3, 2, keys.length + 1, 1), format: MONEY },
    ...bands.slice(1).map((_, i): WriteOp => ({ kind: "numberFormat", range: rect(sheet, top + 3, 4 + i * 2, keys.length + 1, 1), format: MONEY })),
    { kind: "style", range: rect(sheet, aRow, atRiskCol, 1, 2), style: { bold: true, fill: "#FFC7CE", fontColor: "#9C0006" } },
  ];
  const listTop = top + rows.length + 1;
  const atRisk = atRiskA(clients);
  const list: PlanValue[][] = [[atRisk.length > 0 ? sci.words.matrix.atRiskA : sci.words.matrix.noneAtRisk]];
  if (atRisk.length > 0) {
    list.push([words.matrix.client, words.matrix.metric, sci.words.columns.sci]);
    for (const c of atRisk) list.push([c.name, c.metric, c.sci ?? null]);
  }
  ops.push(
    { kind: "values", range: rect(sheet, listTop, 0, list.length, 3), values: padRows(list, 3) },
    { kind: "style", range: rect(sheet, listTop, 0, Math.min(2, list.length), 3), style: { bold: true } },
  );
  if (atRisk.length > 0) {
    ops.push(
      { kind: "style", range: rect(sheet, listTop, 0, 1, 1), style: { bold: true, fontColor: "#9C0006" } },
      { kind: "numberFormat", range: rect(sheet, listTop + 2, 1, atRisk.length, 1), format: MONEY },
      { kind: "numberFormat", range: rect(sheet, listTop + 2, 2, atRisk.length, 1), format: "0%" },
    );
  }
  return { ops, bottom: listTop + list.length, width };
}



function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
