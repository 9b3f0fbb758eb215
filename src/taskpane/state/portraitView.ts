import {
  columnLetters,
  PORTRAIT_MARKERS,
  type DetectedTable,
  type PortraitModel,
  type RangeRef,
} from "../../core";
import type { SegmentaState } from "./segmentaReducer";

/** A column the Portrait step offers as the segment or the product column. */
export interface PortraitColumn {
  readonly col: number;
  readonly letters: string;
  readonly header: string;
}

/** What the Portrait step shows before and after a run, already worked out. */
export interface PortraitView {
  /** Columns that may hold segments or products (not periods, not totals). */
  readonly columns: readonly PortraitColumn[];
  /** The columns read as segment and product now, or null when there is none. */
  readonly segment: number | null;
  readonly product: number | null;
  /** Segmenta's target sheet is already in the workbook: suggestions are not offered again. */
  readonly hasTargetSheet: boolean;
  /** The portrait of the last portrait run, when it wrote its sheets. */
  readonly model: PortraitModel | null;
}

function tableOf(state: SegmentaState): DetectedTable | null {
  if (state.detect.status !== "ready") return null;
  const read = state.detect.analysis.read;
  if (!read) return null;
  return read.ok ? read.value.table : read.table;
}

/**
 * The Portrait step's view of the pane's state.
 * @example portraitView(state).segment // 1 (column B holds the segments)
 */
export function portraitView(state: SegmentaState): PortraitView {
  const table = tableOf(state);
  const columns = (table?.columns ?? [])
    .filter((c) => c.role !== "period" && c.role !== "total")
    .map((c) => ({ col: c.col, letters: columnLetters(c.col), header: c.header }));
  const withRole = (role: "segment" | "product") => table?.columns.find((c) => c.role === role)?.col ?? null;
  const model = state.portrait.status === "done" ? state.portrait.portrait.model : null;
  const owned = state.detect.status === "ready" ? state.detect.outline.owned : [];
  const marked = owned.some((o) => o.name === PORTRAIT_MARKERS.portrait);
  return {
    columns,
    segment: withRole("segment"),
    product: withRole("product"),
    hasTargetSheet: marked || state.portraitWritten,
    model,
  };
}

/**
 * The first cell of a sheet, where "go to" buttons lead.
 * @example sheetStart("Ideal portrait") // { sheet: "Ideal portrait", row: 0, col: 0, rows: 1, cols: 1 }
 */
export function sheetStart(sheet: string): RangeRef {
  return { sheet, row: 0, col: 0, rows: 1, cols: 1 };
}
