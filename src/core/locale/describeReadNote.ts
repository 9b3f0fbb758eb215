import type { readNotes } from "../../locales/en/readNotes";
import type { Words } from "../../locales/Words";
import { columnLetters } from "../cells";
import type { DetectionNote } from "../dataset";
import { format } from "./format";

/** The words of what a read assumed or skipped (`src/locales/<language>/readNotes.ts`). */
export type ReadNoteWords = Words<typeof readNotes>;

/** Notes about the input as a whole rather than its columns: said in `readNotes` words. */
export type ReadNoteCode = Exclude<
  DetectionNote["code"],
  "choseOrderDate" | "choseSalesAmount" | "choseIdKey" | "totalsRowSkipped" | "totalsColumnSkipped" | "titleRowsSkipped"
>;

const READ_NOTES: ReadonlySet<string> = new Set<ReadNoteCode>([
  "subtotalRowsSkipped",
  "subtotalColumnsSkipped",
  "tablesJoined",
  "emptyTrailingPeriods",
  "dateOrderAssumed",
  "sheetUsed",
  "encodingUsed",
  "rangeUsed",
]);

/** True for a note {@link describeReadNote} words. */
export function isReadNote(note: DetectionNote): note is DetectionNote & { readonly code: ReadNoteCode } {
  return READ_NOTES.has(note.code);
}

/**
 * A read note as a sentence: rows as Excel numbers them, columns as letters (a span `H:M` for a run).
 * @example describeReadNote({ code: "subtotalRowsSkipped", rows: [4, 9] }, en) // "Subtotal rows 5, 10 add up …"
 */
export function describeReadNote(note: DetectionNote & { readonly code: ReadNoteCode }, words: ReadNoteWords): string {
  const rows = (note.rows ?? []).map((r) => String(r + 1)).join(", ");
  const cols = columnList([...(note.cols ?? []), ...(note.chosen === undefined ? [] : [note.chosen])]);
  const others = (note.others ?? []).join(", ");
  const name = note.text ?? "";
  switch (note.code) {
    case "dateOrderAssumed":
      return format(words.dateOrderAssumed, { cols, order: note.text === "mdy" ? words.dateOrders.mdy : words.dateOrders.dmy });
    case "sheetUsed":
      return format(others === "" ? words.sheetUsed : words.sheetUsedHidden, { name, others });
    case "encodingUsed":
      return format(others === "" ? words.encodingUsed : words.encodingTie, { name, others });
    default:
      return format(words[note.code], { rows, cols, name, others });
  }
}

/** Columns as letters, a run of neighbours as one span: `D, H:M`. */
function columnList(cols: readonly number[]): string {
  const sorted = [...new Set(cols)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j - i >= 2 ? `${columnLetters(sorted[i])}:${columnLetters(sorted[j])}` : sorted.slice(i, j + 1).map(columnLetters).join(", "));
    i = j + 1;
  }
  return parts.join(", ");
}
