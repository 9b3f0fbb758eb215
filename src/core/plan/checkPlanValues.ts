import { cellAddress, quoteSheet } from "../cells";
import type { WritePlan } from "./types";

/** A plan about to write NaN or ±Infinity into a cell: a bug upstream, stopped before anything is written. */
export class NonFiniteValueError extends Error {
  constructor(readonly cell: string) {
    super(`${cell}: a number that is not finite was about to be written`);
    this.name = "NonFiniteValueError";
  }
}

/**
 * Throws {@link NonFiniteValueError} when a `values` op of the plan holds NaN or ±Infinity. Every
 * applier (Office.js, the workbook-file writers) calls it before its first write: such a value shows
 * as `#NUM!` in Excel at best, and makes a file Excel cannot open at worst.
 * @example assertFiniteValues(plan) // throws for a plan with NaN in Sheet1!B2
 */
export function assertFiniteValues(plan: WritePlan): void {
  for (const op of plan.ops) {
    if (op.kind !== "values") continue;
    op.values.forEach((line, r) =>
      line.forEach((value, c) => {
        if (typeof value === "number" && !Number.isFinite(value))
          throw new NonFiniteValueError(`${quoteSheet(op.range.sheet)}!${cellAddress(op.range.row + r, op.range.col + c)}`);
      }),
    );
  }
}
