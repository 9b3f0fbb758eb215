import type { Grid } from "../cells";
import { decimalCommaEvidence } from "./parseAmount";
import { slashOrderEvidence } from "./parseDate";

/** How many text cells decide a column's decimal mark. */
const AMOUNT_SAMPLE = 1000;
/** How many distinct texts decide a column's day order. */
const DATE_SAMPLE = 20_000;

/**
 * True when the text amounts of these columns write decimals with a comma (`12,50`, `1 234,56`):
 * the majority of the first text cells that say anything either way.
 * @example usesDecimalComma(grid, [2], 1, 400) // true for "1 234,56", "12,50", "1,234"
 */
export function usesDecimalComma(values: Grid, cols: readonly number[], firstRow: number, lastRow: number): boolean {
  let comma = 0;
  let dot = 0;
  let seen = 0;
  for (let r = firstRow; r <= lastRow && seen < AMOUNT_SAMPLE; r++) {
    const row = values[r];
    if (row === undefined) continue;
    for (const c of cols) {
      const v = row[c];
      if (typeof v !== "string") continue;
      seen++;
      const evidence = decimalCommaEvidence(v);
      if (evidence === "comma") comma++;
      else if (evidence === "dot") dot++;
    }
  }
  return comma > dot;
}

/**
 * The day order of a date column's `a/b/yyyy` texts, from all of its distinct texts: "mdy" when
 * some text only reads month first (`01/15/2024`) and none only reads day first, "dmy" when one
 * only reads day first, "either" when every such text has both parts 12 or less (the order is a
 * guess), null when the column has none.
 * @example dateOrder(grid, 0, 1, 400) // "mdy" for "01/15/2024", "02/03/2024"
 */
export function dateOrder(values: Grid, col: number, firstRow: number, lastRow: number): "dmy" | "mdy" | "either" | null {
  const seen = new Set<string>();
  let mdy = false;
  let either = false;
  for (let r = firstRow; r <= lastRow && seen.size < DATE_SAMPLE; r++) {
    const v = values[r]?.[col];
    if (typeof v !== "string" || !slashAt(v, 1) || seen.has(v)) continue;
    seen.add(v);
    const evidence = slashOrderEvidence(v);
    if (evidence === "dmy") return "dmy";
    if (evidence === "mdy") mdy = true;
    else if (evidence === "either") either = true;
  }
  return mdy ? "mdy" : either ? "either" : null;
}

/** True when a text has `/` or `-` at index 1 or 2 (`1/5/2024`, `01-15-2024`): only those can be ambiguous. */
function slashAt(text: string, from: number): boolean {
  const a = text.charCodeAt(from);
  const b = text.charCodeAt(from + 1);
  return a === 47 || a === 45 || b === 47 || b === 45;
}
