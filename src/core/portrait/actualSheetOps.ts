import { rect } from "../plan/rangeMath";
import type { PlanValue, WriteOp, WritePlan } from "../plan/types";
import { cellAddress } from "../cells";
import { padRow } from "../plan/padRow";
import { PORTRAIT_MARKERS } from "./portraitMarkers";
import { targetLookup, type TargetGrid } from "./targetLookup";
import type { PortraitFacts } from "./types";
import type { PortraitSheetWords } from "./words";

export const GAP_FILL = "#F8CBAD";
export const GAP_FONT = "#9C0006";

/**
 * The actual portrait: for each segment (and the clients without one) its active clients, the share
 * of them that bought each product, and below it the turnover behind each cell. A target cell whose
 * share is below `gapShare` is a gap, coloured by a conditional format that reads the target sheet.
 * @example actualSheetOps("Actual portrait", facts, grid, 0.5, words).owned[0].cols // products + 2
 */
export function actualSheetOps(sheet: string, facts: PortraitFacts, target: TargetGrid, gapShare: number, words: PortraitSheetWords): WritePlan {
  const np = facts.products.length;
  const groups = facts.segments.map((name, g) => ({ name, g }));
  const last = facts.segments.length;
  if (facts.clients[last] > 0) groups.push({ name: words.noSegment, g: last });
  const cols = np + 2;
  const header: PlanValue[] = [words.headers.segment, words.headers.activeClients, ...facts.products];
  const pad = (row: PlanValue[]): PlanValue[] => padRow(row, cols);
  const shareRows = groups.map(({ name, g }) => [
    name,
    facts.active[g],
    ...facts.products.map((_, p) => (facts.active[g] > 0 ? facts.buyers[g * np + p] / facts.active[g] : null)),
  ]);
  const turnoverRows = groups.map(({ name, g }) => [name, facts.active[g], ...facts.products.map((_, p) => facts.turnover[g * np + p])]);
  const second = groups.length + 3;
  const values: PlanValue[][] = [
    pad([words.headers.shareTitle]),
    header,
    ...shareRows,
    pad([]),
    pad([words.headers.turnoverTitle]),
    header,
    ...turnoverRows,
  ];
  const block = rect(sheet, 0, 0, values.length, cols);
  const ops: WriteOp[] = [
    { kind: "sheet", sheet, marker: PORTRAIT_MARKERS.actual, clear: true },
    { kind: "values", range: block, values },
    { kind: "style", range: rect(sheet, 0, 0, 2, cols), style: { bold: true } },
    { kind: "style", range: rect(sheet, second, 0, 2, cols), style: { bold: true } },
  ];
  if (groups.length > 0 && np > 0) {
    const shares = rect(sheet, 2, 2, groups.length, np);
    ops.push(
      { kind: "numberFormat", range: shares, format: "0.0%" },
      { kind: "numberFormat", range: rect(sheet, second + 2, 2, groups.length, np), format: "#,##0.00" },
    );
    if (target.segments > 0 && target.products > 0) {
      const cell = cellAddress(2, 2);
      const isTarget = targetLookup(target, "$A3", "C$2");
      ops.push({
        kind: "conditionalFormat",
        range: shares,
        rule: { kind: "formula", formula: `=AND(ISNUMBER(${cell}),${cell}<${gapShare},${isTarget})`, fill: GAP_FILL, fontColor: GAP_FONT },
      });
    }
  }
  ops.push(
    { kind: "freeze", sheet, rows: 2, cols: 1 },
    { kind: "columnWidths", sheet, col: 0, widths: [22, 14, ...new Array<number>(np).fill(12)] },
    { kind: "name", name: PORTRAIT_MARKERS.actual, range: block },
  );
  return { ops, owned: [block] };
}
