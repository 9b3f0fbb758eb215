import type { CellValue, Dataset, Grid, InputIssue, ReadResult, SheetSnapshot } from "../../src/core";

/** Options of {@link sheet}. */
export interface SheetOptions {
  readonly name?: string;
  readonly top?: number;
  readonly left?: number;
  readonly formats?: readonly (readonly string[])[];
}

/**
 * A sheet snapshot from rows of values, as the Excel layer would hand it.
 * @example sheet([["Client", "Amount"], ["ACME", 10]], { top: 2, left: 3 })
 */
export function sheet(rows: readonly (readonly CellValue[])[], options: SheetOptions = {}): SheetSnapshot {
  return {
    name: options.name ?? "Sales",
    top: options.top ?? 0,
    left: options.left ?? 0,
    values: rows as Grid,
    ...(options.formats ? { formats: options.formats } : {}),
  };
}

/** An Excel error value. */
export function err(code: string): CellValue {
  return { error: code };
}

/** Excel serial of a calendar day (test-side arithmetic, independent of the reader). */
export function serial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** The Dataset of a read that must succeed (fails the test with the issues otherwise). */
export function dataset(result: ReadResult): Dataset {
  if (!result.ok) throw new Error(`expected a readable table, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** The issues of a read that must fail. */
export function issuesOf(result: ReadResult): readonly InputIssue[] {
  if (result.ok) throw new Error("expected issues");
  return result.issues;
}
