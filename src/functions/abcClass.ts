import { abcClassForShareBefore, abcClassOf, type AbcClass } from "../core";
import { fail, ok, type FunctionResult } from "./functionResult";
import {
  asRange,
  readAbcThresholds,
  readAmounts,
  readNumber,
  type RangeArg,
  type Thresholds,
} from "./runner";

/**
 * ABCCLASS: the class of `value` among `values` by §3: P is the share of the positive total held
 * by strictly larger values; A while P < a, B while P < b, else C; a value ≤ 0 is C.
 * One linear pass over the range per call and no sort, so a formula filled down a column of n
 * clients costs n passes (10,000 rows: see docs/functions.md). The pass reads the cells as Excel
 * hands them over and adds up in the same way as the engine's `abcClassOf`.
 * @example abcClass(30, [[50], [30], [10], [5], [5]]) // { ok: true, value: "B" }
 */
export function abcClass(
  value: unknown,
  values: unknown,
  a?: unknown,
  b?: unknown,
): FunctionResult<AbcClass> {
  const limits = readAbcThresholds(a, b);
  if (!limits.ok) return limits;
  const ownRead = readNumber(value, "value", 0);
  if (!ownRead.ok) return ownRead;
  const rows = asRange(values);
  const own = ownRead.value;
  const sums = rows.length > 0 && rows[0].length === 1 ? columnSums(own, rows) : gridSums(own, rows);
  if (sums === TEXT) return readingText(own, rows, limits.value);
  if (sums === EMPTY) return fail({ code: "emptyRange" });
  if (!(own > 0)) return ok("C");
  const { total, larger } = sums;
  return ok(abcClassForShareBefore(total > 0 ? larger / total : 0, limits.value.low, limits.value.high));
}

/** The range holds text or an error value: the slower reading that understands them is needed. */
const TEXT = "text";
/** The range has no cell. */
const EMPTY = "empty";

interface Sums {
  /** The sum of the positive cells. */
  readonly total: number;
  /** The sum of the cells larger than the client's own value (and positive). */
  readonly larger: number;
}

/*
 * The hot loops of a filled-down column: numbers and blanks only, with no branch that depends on
 * how a cell compares with the own value (a mispredicted branch per cell costs more than reading
 * it). Adding 0 leaves a sum as it is, so the sums are exactly those of the engine's abcClassOf.
 */

/** The sums over a one-column range, the shape a filled-down `ABCCLASS` gets: one cell per row, read directly. */
function columnSums(own: number, rows: RangeArg): Sums | typeof TEXT | typeof EMPTY {
  let total = 0;
  let larger = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row.length !== 1) return gridSums(own, rows);
    const cell = row[0];
    if (typeof cell === "number") {
      if (cell > 0) {
        total += cell;
        larger += cell * +(cell > own);
      }
    } else if (cell !== null) return TEXT;
  }
  return { total, larger };
}

/** The sums over any range, row by row. */
function gridSums(own: number, rows: RangeArg): Sums | typeof TEXT | typeof EMPTY {
  let total = 0;
  let larger = 0;
  let cells = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const width = row.length;
    cells += width;
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      if (typeof cell === "number") {
        if (cell > 0) {
          total += cell;
          larger += cell * +(cell > own);
        }
      } else if (cell !== null) return TEXT;
    }
  }
  return cells === 0 ? EMPTY : { total, larger };
}

/** ABCCLASS when the range holds text (typed amounts or words): the engine's own linear pass. */
function readingText(own: number, rows: RangeArg, limits: Thresholds): FunctionResult<AbcClass> {
  const amounts = readAmounts(rows);
  return amounts.ok ? ok(abcClassOf(own, amounts.value, limits.low, limits.high)) : amounts;
}
