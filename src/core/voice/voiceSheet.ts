import { cellAddress, isBlank, isCellError, quoteSheet, type CellValue } from "../cells";
import type { InputIssue, Role } from "../dataset";
import { dateReader, errorIssue, type CellReader } from "../read/cellReaders";
import { dateOrder } from "../read/columnEvidence";
import { isDateFormat } from "../read/isDateFormat";
import { listHeader, listText } from "../read/listHeader";
import { recogniseHeader } from "../read/recogniseHeader";
import type { SheetSnapshot } from "../snapshot";
import type { VoiceIssue } from "./types";

/** A complaints or survey sheet (or CSV file) to read, and how its issues name a cell. */
export interface VoiceSheet {
  readonly sheet: SheetSnapshot;
  /** Sheet row and column → the cell's name; default `Sheet!C17`. */
  readonly cellLabel?: (row: number, col: number) => string;
}

/** A voice table's header and the readers its rows share (grid rows and columns). */
export interface VoiceGrid {
  readonly values: SheetSnapshot["values"];
  readonly headerRow: number;
  readonly header: readonly CellValue[];
  readonly dateCol: number;
  readonly clientCol: number;
  /** The sheet's name of a grid cell. */
  readonly label: (row: number, col: number) => string;
  /** A date column's reader (its own day order), NaN for what it reported. */
  readonly dates: (col: number) => CellReader;
  /** The issues of dates, kept apart from the table's own (both are reported together). */
  readonly dateIssues: InputIssue[];
  readonly issues: (InputIssue | VoiceIssue)[];
}

/** The best column for `role` among the header's, leaving out `taken`; -1 when none. */
export function roleColumn(header: readonly CellValue[], role: Role, taken: readonly number[]): number {
  let best = -1;
  let rank = Infinity;
  header.forEach((cell, col) => {
    if (taken.includes(col)) return;
    const match = recogniseHeader(listText(cell)).find((m) => m.role === role);
    if (match && match.rank < rank) {
      best = col;
      rank = match.rank;
    }
  });
  return best;
}

/**
 * Opens a voice table: its header is the first of the top rows naming a date and a client column
 * (en/ru/es); null when there is none.
 */
export function voiceGrid(source: VoiceSheet): VoiceGrid | null {
  const { sheet } = source;
  const header = listHeader(sheet, ["date", "client"]);
  if (header === null) return null;
  const [dateCol, clientCol] = header.cols;
  const label = (row: number, col: number) =>
    source.cellLabel
      ? source.cellLabel(sheet.top + row, sheet.left + col)
      : `${quoteSheet(sheet.name)}!${cellAddress(sheet.top + row, sheet.left + col)}`;
  const issues: VoiceGrid["issues"] = [];
  const dateIssues: InputIssue[] = [];
  const last = sheet.values.length - 1;
  const readers = new Map<number, CellReader>();
  const dates = (col: number): CellReader => {
    let reader = readers.get(col);
    if (!reader) {
      const evidence = dateOrder(sheet.values, col, header.row + 1, last);
      const order = evidence === "mdy" ? "mdy" : "dmy";
      reader = dateReader(order, dateIssues, label, (r, c) => isDateFormat(sheet.formats?.[r]?.[c]));
      readers.set(col, reader);
    }
    return reader;
  };
  return { values: sheet.values, headerRow: header.row, header: sheet.values[header.row], dateCol, clientCol, label, dates, issues, dateIssues };
}

/** A row's client cell, or null when the row is blank (skipped) or reported (a blank client beside data). */
export function rowClient(grid: VoiceGrid, r: number): string | number | boolean | null {
  const row = grid.values[r];
  if (row.every((v) => isBlank(v))) return null;
  const client = row[grid.clientCol];
  if (client === null || client === undefined || isBlank(client)) {
    grid.issues.push({ code: "noClientInRow", cell: grid.label(r, grid.clientCol) });
    return null;
  }
  if (isCellError(client)) {
    grid.issues.push(errorIssue(client, grid.label(r, grid.clientCol)));
    return null;
  }
  return client;
}
