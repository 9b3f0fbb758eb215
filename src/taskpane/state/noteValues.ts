import { columnLetters, type DetectedTable, type DetectionNote } from "../../core";

/** What a detection note's sentence names: columns by letters and header, rows as Excel numbers them. */
export interface NoteValues {
  readonly chosen: string;
  readonly over: string;
  readonly row: number;
}

/**
 * The placeholders of a detection note for the pane's sentences.
 * @example noteValues({ code: "choseOrderDate", chosen: 2, over: [3] }, table) // { chosen: "C (Order Date)", over: "D (Ship Date)", row: 0 }
 */
export function noteValues(note: DetectionNote, table: DetectedTable): NoteValues {
  const column = (col: number) => {
    const header = table.columns.find((c) => c.col === col)?.header;
    return header ? `${columnLetters(col)} (${header})` : columnLetters(col);
  };
  return {
    chosen: note.chosen === undefined ? "" : column(note.chosen),
    over: (note.over ?? []).map(column).join(", "),
    row: note.row === undefined ? 0 : note.row + 1,
  };
}
