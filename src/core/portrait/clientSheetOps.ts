import { cellAddress, columnLetters } from "../cells";
import { rect } from "../plan/rangeMath";
import type { PlanValue, WriteOp, WritePlan } from "../plan/types";
import { GAP_FILL, GAP_FONT } from "./actualSheetOps";
import { PORTRAIT_MARKERS } from "./portraitMarkers";
import { targetLookup, type TargetGrid } from "./targetLookup";
import type { PortraitGaps } from "./types";
import type { PortraitSheetWords } from "./words";

/** Key, client, segment, manager, ABC, XYZ, status. */
const LEAD = 7;
const SEGMENT_COL = 2;

/**
 * The client × product sheet: one row per client (table order) with its segment, manager, ABC, XYZ
 * and status, its turnover in each product it bought, its development degree and next product.
 * An empty product cell that is a target of the client's segment is a gap, coloured by a conditional
 * format that reads the target sheet.
 * @example clientSheetOps("Client products", gaps, grid, words).owned[0].rows // clients + 1
 */
export function clientSheetOps(sheet: string, gaps: PortraitGaps, target: TargetGrid, words: PortraitSheetWords): WritePlan {
  const { facts } = gaps;
  const np = facts.products.length;
  const cols = LEAD + np + 2;
  const h = words.headers;
  const values: PlanValue[][] = [[h.key, h.client, h.segment, h.manager, h.abc, h.xyz, h.status, ...facts.products, h.degree, h.next]];
  for (const c of gaps.clients) {
    const row: PlanValue[] = [c.key, c.name, c.segment ?? words.noSegment, c.manager, c.abc, c.xyz, words.statuses[c.status]];
    for (let p = 0; p < np; p++) {
      const amount = facts.clientTurnover[c.index * np + p];
      row.push(amount > 0 ? amount : null);
    }
    row.push(c.degree, c.next);
    values.push(row);
  }
  const n = gaps.clients.length;
  const block = rect(sheet, 0, 0, n + 1, cols);
  const ops: WriteOp[] = [
    { kind: "sheet", sheet, marker: PORTRAIT_MARKERS.clientProducts, clear: true },
    { kind: "values", range: block, values },
    { kind: "style", range: rect(sheet, 0, 0, 1, cols), style: { bold: true } },
  ];
  if (n > 0) {
    ops.push({ kind: "numberFormat", range: rect(sheet, 1, LEAD + np, n, 1), format: "0%" });
    if (np > 0) {
      const products = rect(sheet, 1, LEAD, n, np);
      ops.push({ kind: "numberFormat", range: products, format: "#,##0.00" });
      if (target.segments > 0 && target.products > 0) {
        const cell = cellAddress(1, LEAD);
        const isTarget = targetLookup(target, `$${columnLetters(SEGMENT_COL)}2`, `${columnLetters(LEAD)}$1`);
        ops.push({ kind: "conditionalFormat", range: products, rule: { kind: "formula", formula: `=AND(${cell}="",${isTarget})`, fill: GAP_FILL, fontColor: GAP_FONT } });
      }
    }
  }
  ops.push(
    { kind: "freeze", sheet, rows: 1, cols: 2 },
    { kind: "columnWidths", sheet, col: 0, widths: [14, 24, 16, 16, 6, 6, 14, ...new Array<number>(np).fill(12), 12, 18] },
    { kind: "name", name: PORTRAIT_MARKERS.clientProducts, range: block },
  );
  return { ops, owned: [block] };
}
