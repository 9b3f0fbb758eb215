import type { ClientResult } from "../results";
import type { RangeRef } from "../cells";
import type { PlanValue, WriteOp } from "./types";
import { ABC_RULE, XYZ_RULE } from "./classColours";
import type { PlanWords } from "./planWords";
import { rect } from "./rangeMath";

/** Share, Cum. share, ABC, CV, XYZ, Status, Reason. */
export const RESULT_WIDTH = 7;
/** Column widths (characters) of the seven result columns. */
export const RESULT_WIDTHS: readonly number[] = [9, 11, 6, 8, 6, 12, 60];
/** Widths of the SCI and band columns, after XYZ when the clients carry an index. */
const SCI_WIDTHS: readonly number[] = [7, 13];

/** How many result columns the words give: seven, nine with SCI and band. */
export function resultWidth(words: PlanWords): number {
  return words.resultHeaders.length;
}

/** Column widths of the result columns the words give. */
export function resultWidths(words: PlanWords): readonly number[] {
  const base = words.sci ? [...RESULT_WIDTHS.slice(0, 5), ...SCI_WIDTHS, ...RESULT_WIDTHS.slice(5)] : RESULT_WIDTHS;
  return words.voice ? [...base, ...words.voice.widths] : base;
}

/**
 * The seven result cells of one client, in the order of `PlanWords.resultHeaders`, added to the end
 * of `row` (a new array when none is given): a row of the client sheet is built as one array.
 * @example resultCells(client, words) // [0.42, 0.42, "A", 0.05, "X", "Permanent", "A: …"]
 */
export function resultCells(client: ClientResult, words: PlanWords, row: PlanValue[] = []): PlanValue[] {
  row.push(client.share, client.cumShare, client.abc, client.cv, client.xyz);
  const sci = words.sci;
  if (sci) {
    const band = client.sciBand ?? null;
    row.push(client.sci ?? null, band === null ? null : sci.band(band));
  }
  row.push(words.status(client.status), words.reason(client));
  if (words.voice) row.push(...words.voice.cells(client));
  return row;
}

/**
 * Formats of the result block the words give, whose first result column is `col`, for data rows
 * `firstRow..lastRow` (none when there are no data rows) and its header at `headerRow`.
 */
export function resultFormatOps(
  sheet: string,
  headerRow: number,
  firstRow: number,
  lastRow: number,
  col: number,
  words: PlanWords,
): WriteOp[] {
  const withSci = words.sci !== undefined;
  const width = resultWidth(words);
  const ops: WriteOp[] = [{ kind: "style", range: rect(sheet, headerRow, col, 1, width), style: { bold: true } }];
  const rows = lastRow - firstRow + 1;
  if (rows <= 0) return ops;
  const column = (offset: number, cols = 1): RangeRef => rect(sheet, firstRow, col + offset, rows, cols);
  ops.push(
    { kind: "numberFormat", range: column(0, 2), format: "0.0%" },
    { kind: "numberFormat", range: column(3), format: "0.0%" },
    { kind: "style", range: column(2, 1), style: { horizontal: "center" } },
    { kind: "style", range: column(4, 1), style: { horizontal: "center" } },
    { kind: "conditionalFormat", range: column(2), rule: ABC_RULE },
    { kind: "conditionalFormat", range: column(4), rule: XYZ_RULE },
  );
  if (withSci) ops.push({ kind: "numberFormat", range: column(5), format: "0%" }, { kind: "style", range: column(6), style: { horizontal: "center" } });
  const extra = words.voice;
  if (extra) {
    const at = width - extra.headers.length;
    for (const f of extra.formats) ops.push({ kind: "numberFormat", range: column(at + f.offset), format: f.format });
    for (const r of extra.rules) ops.push({ kind: "conditionalFormat", range: column(at + r.offset), rule: r.rule });
  }
  return ops;
}
