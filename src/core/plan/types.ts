import type { RangeRef } from "../cells";

/**
 * The write plan: plain data that says what Segmenta writes. Both appliers (Office.js in
 * `src/excel`, the workbook file writer in `src/xlsx/patch` for `--out` and the standalone page) carry
 * it out the same way, op by op, in order.
 * A plan never addresses a cell outside the ranges it names as Segmenta's own.
 */

/** A value to write: a constant, or a formula (`{ formula: "=B2*2" }`, English function names, A1 style). */
export type PlanValue = string | number | boolean | null | { readonly formula: string };

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** `#RRGGBB` */
  readonly fill?: string;
  readonly fontColor?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly wrap?: boolean;
}

/** A conditional format, bounded to its range. Colours are `#RRGGBB`. */
export type ConditionalRule =
  /** Cells whose text equals one of `values` get the matching colour. */
  | { readonly kind: "textEquals"; readonly rules: readonly { readonly text: string; readonly fill: string; readonly fontColor?: string }[] }
  /** A formula relative to the range's top-left cell (e.g. `=AND($B2<>"",C2="")`). */
  | { readonly kind: "formula"; readonly formula: string; readonly fill: string; readonly fontColor?: string }
  /** Two- or three-colour scale over numbers. */
  | { readonly kind: "colorScale"; readonly min: string; readonly mid?: string; readonly max: string }
  | { readonly kind: "dataBar"; readonly color: string };

export type WriteOp =
  /**
   * Make sure a Segmenta sheet exists (create it at the end if missing, never delete it) and mark it
   * with the sheet-scoped name `marker` (at A1, until a later `name` op of the same name marks what
   * was written). `clear` empties its used cells, formats and conditional formats first.
   */
  | { readonly kind: "sheet"; readonly sheet: string; readonly marker: string; readonly clear: boolean }
  /** Empty cells Segmenta wrote before or is about to rewrite (contents, formats, conditional formats). */
  | { readonly kind: "clear"; readonly range: RangeRef }
  /** Values for a whole rectangle (rows × cols exactly as `range`); `null` leaves the cell empty. */
  | { readonly kind: "values"; readonly range: RangeRef; readonly values: readonly (readonly PlanValue[])[] }
  /** One number format for a whole range (`0.0%`, `#,##0.00`, `@`). */
  | { readonly kind: "numberFormat"; readonly range: RangeRef; readonly format: string }
  | { readonly kind: "style"; readonly range: RangeRef; readonly style: CellStyle }
  | { readonly kind: "conditionalFormat"; readonly range: RangeRef; readonly rule: ConditionalRule }
  /** A list dropdown (data validation). */
  | { readonly kind: "validation"; readonly range: RangeRef; readonly list: readonly string[] }
  /** Column widths in characters, starting at `range.col`. */
  | { readonly kind: "columnWidths"; readonly sheet: string; readonly col: number; readonly widths: readonly number[] }
  | { readonly kind: "freeze"; readonly sheet: string; readonly rows: number; readonly cols: number }
  /** A sheet-scoped name marking a range Segmenta owns (replaced if it exists). */
  | { readonly kind: "name"; readonly name: string; readonly range: RangeRef }
  /**
   * A chart from `source` (first column categories, then series). `pareto`: columns for the values
   * and a cumulative-share line on a secondary axis; `stacked`: the series stacked in one column per
   * category (shares of a whole, on a 0–100 % axis). Replaced when a chart of that name exists.
   */
  | {
      readonly kind: "chart";
      readonly name: string;
      readonly chart: "pareto" | "columns" | "stacked";
      readonly title: string;
      readonly source: RangeRef;
      readonly anchor: RangeRef;
    }
  /** Bring this sheet to the front and select a range when the plan is done. */
  | { readonly kind: "select"; readonly range: RangeRef };

export interface WritePlan {
  readonly ops: readonly WriteOp[];
  /** Every range the plan writes into, i.e. what Segmenta owns after it (also named by `name` ops). */
  readonly owned: readonly RangeRef[];
}

/** Names Segmenta creates start with this; anything else in a workbook belongs to the user. */
export const NAME_PREFIX = "Segmenta_";

/** The largest sheet Excel allows. */
export const SHEET_MAX_ROWS = 1_048_576;
export const SHEET_MAX_COLS = 16_384;

/** Why a plan could not be made. Words come from the locale tables. */
export type PlanIssue =
  /** No column block right of the table fits before the sheet's last column. */
  | { readonly code: "noRoom"; readonly sheet: string; readonly cols: number; readonly limit: number }
  /** The output needs more rows than a sheet has. */
  | { readonly code: "tooManyRows"; readonly sheet: string; readonly rows: number; readonly limit: number };

export type PlanResult = { readonly ok: true; readonly value: WritePlan } | { readonly ok: false; readonly issues: readonly PlanIssue[] };

/** Sheet-scoped names that mark what Segmenta owns. */
export const RESULTS_NAME = `${NAME_PREFIX}Results`;
export const CLIENTS_SHEET_MARKER = `${NAME_PREFIX}Sheet_clients`;
export const MATRIX_SHEET_MARKER = `${NAME_PREFIX}Sheet_matrix`;
