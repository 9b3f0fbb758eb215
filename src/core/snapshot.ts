import type { DetectionNote } from "./dataset";
import type { Grid, RangeRef } from "./cells";

/**
 * What Segmenta owns in a workbook, found through names it created (sheet-scoped names whose
 * name starts with `Segmenta_`). Roles are fixed strings such as `results` or `sheet:clients`.
 */
export interface OwnedRange {
  readonly name: string;
  readonly range: RangeRef;
}

/**
 * One sheet as the Excel layer (or the command line) read it: the used range's values, the number
 * formats of the first rows (enough to recognise date headers), and Segmenta's own ranges on it.
 */
export interface SheetSnapshot {
  readonly name: string;
  /** Zero-based sheet row and column of `values[0][0]`. */
  readonly top: number;
  readonly left: number;
  readonly values: Grid;
  /**
   * Number formats of the first `formats.length` rows of `values` (header candidates), or of every
   * row when the reader had them for free (the command line). Used to tell dates from numbers.
   */
  readonly formats?: readonly (readonly string[])[];
}

/** The workbook as core needs it: the sheet to analyse, the names of all sheets, and what Segmenta owns. */
export interface WorkbookSnapshot {
  readonly active: SheetSnapshot;
  readonly sheetNames: readonly string[];
  readonly owned: readonly OwnedRange[];
  /** Other sheets that core asked for (Segmenta's own sheets with user edits, a client list sheet). */
  readonly others?: Readonly<Record<string, SheetSnapshot>>;
  /** What the reader of the file assumed (its encoding, the sheet it chose): said with the table's notes. */
  readonly notes?: readonly DetectionNote[];
}
