import { rect } from "../plan/rangeMath";
import type { PlanValue, WriteOp, WritePlan } from "../plan/types";
import { padRow } from "../plan/padRow";
import { PORTRAIT_MARKERS } from "./portraitMarkers";
import type { PortraitCheck } from "./types";
import type { PortraitSheetWords } from "./words";

const COLS = 4;

/**
 * The portrait check sheet: products sold that no segment targets (product, turnover, buyers), then
 * target cells nobody in the segment buys (segment, product, active clients, turnover elsewhere).
 * @example checkSheetOps("Portrait check", check, words).owned[0].cols // 4
 */
export function checkSheetOps(sheet: string, check: PortraitCheck, words: PortraitSheetWords): WritePlan {
  const h = words.headers;
  const pad = (row: PlanValue[]): PlanValue[] => padRow(row, COLS);
  const second = check.untargeted.length + 3;
  const values: PlanValue[][] = [
    pad([h.untargeted]),
    pad([h.product, h.turnover, h.buyers]),
    ...check.untargeted.map((r) => pad([r.product, r.turnover, r.buyers])),
    pad([]),
    pad([h.unbought]),
    [h.segment, h.product, h.activeClients, h.otherTurnover],
    ...check.unbought.map((r) => [r.segment, r.product, r.activeClients, r.turnover]),
  ];
  const block = rect(sheet, 0, 0, values.length, COLS);
  const ops: WriteOp[] = [
    { kind: "sheet", sheet, marker: PORTRAIT_MARKERS.check, clear: true },
    { kind: "values", range: block, values },
    { kind: "style", range: rect(sheet, 0, 0, 2, COLS), style: { bold: true } },
    { kind: "style", range: rect(sheet, second, 0, 2, COLS), style: { bold: true } },
  ];
  if (check.untargeted.length > 0) ops.push({ kind: "numberFormat", range: rect(sheet, 2, 1, check.untargeted.length, 1), format: "#,##0.00" });
  if (check.unbought.length > 0) ops.push({ kind: "numberFormat", range: rect(sheet, second + 2, 3, check.unbought.length, 1), format: "#,##0.00" });
  ops.push(
    { kind: "columnWidths", sheet, col: 0, widths: [24, 24, 16, 18] },
    { kind: "name", name: PORTRAIT_MARKERS.check, range: block },
  );
  return { ops, owned: [block] };
}
