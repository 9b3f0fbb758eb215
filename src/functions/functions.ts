/**
 * The custom functions Excel shows under the SEGMENTA namespace. The JSDoc below is what the user
 * reads (custom-functions-metadata-plugin turns it into functions.json and appends the
 * `CustomFunctions.associate` calls); each function is a two-line adapter over its implementation.
 * Ranges arrive as rows of cells; optional arguments arrive as null or undefined.
 */
import { abc } from "./abc";
import { abcClass } from "./abcClass";
import { classifyTable } from "./classifyTable";
import { clientStatus } from "./clientStatus";
import { cvP, cvS } from "./cv";
import { toExcel } from "./runner";
import { xyz } from "./xyz";
import { xyzClass } from "./xyzClass";
import { sciBand } from "./sciBand";
import { satisfaction } from "./satisfaction";

/**
 * Coefficient of variation (population σ / mean) of period amounts from the first purchase to the end.
 * @customfunction CV.P CV.P
 * @param values Period amounts, oldest first: one row or one column. Blanks count as 0.
 * @returns The CV as a fraction (0.25 = 25 %); #N/A if there is no purchase.
 */
export function CV_P(values: unknown[][]): number {
  return toExcel(cvP(values));
}

/**
 * Coefficient of variation with the sample σ (divides by n − 1) from the first purchase to the end.
 * @customfunction CV.S CV.S
 * @param values Period amounts, oldest first: one row or one column. Blanks count as 0.
 * @returns The CV as a fraction; #N/A with fewer than two periods since the first purchase.
 */
export function CV_S(values: unknown[][]): number {
  return toExcel(cvS(values));
}

/**
 * XYZ class (X steady, Y variable, Z irregular) of period amounts, or of a CV given as one number.
 * @customfunction XYZCLASS XYZCLASS
 * @param values_or_cv Period amounts, oldest first (a row or a column), or one CV.
 * @param [x] Highest CV for X: 0.1 or 10 (default 10 %).
 * @param [y] Highest CV for Y: 0.25 or 25 (default 25 %).
 * @returns X, Y or Z.
 */
export function XYZCLASS(values_or_cv: unknown[][], x?: number, y?: number): string {
  return toExcel(xyzClass(values_or_cv, x, y));
}

/**
 * ABC class of one amount among all amounts: A while larger clients hold less than a of the total.
 * @customfunction ABCCLASS ABCCLASS
 * @param value The client's turnover.
 * @param values The turnover of every client (the whole column, fixed with $).
 * @param [a] Share that ends class A: 0.5 or 50 (default 50 %).
 * @param [b] Share that ends class B: 0.8 or 80 (default 80 %).
 * @returns A, B or C.
 */
export function ABCCLASS(value: unknown, values: unknown[][], a?: number, b?: number): string {
  return toExcel(abcClass(value, values, a, b));
}

/**
 * ABC classes of a whole column of turnovers at once, spilled beside it. Faster than ABCCLASS filled down.
 * @customfunction ABC ABC
 * @param values The turnover of every client.
 * @param [a] Share that ends class A: 0.5 or 50 (default 50 %).
 * @param [b] Share that ends class B: 0.8 or 80 (default 80 %).
 * @returns One class per value, in the same shape.
 */
export function ABC(values: unknown[][], a?: number, b?: number): string[][] {
  return toExcel(abc(values, a, b));
}

/**
 * XYZ class of every row of a client × period table, spilled as a column.
 * @customfunction XYZ XYZ
 * @param table Period amounts, one row per client, oldest period first.
 * @param [x] Highest CV for X: 0.1 or 10 (default 10 %).
 * @param [y] Highest CV for Y: 0.25 or 25 (default 25 %).
 * @returns One class per row; empty where a row has no purchase.
 */
export function XYZ(table: unknown[][], x?: number, y?: number): string[][] {
  return toExcel(xyz(table, x, y));
}

/**
 * Client status from period amounts whose last cell is the current period: potential, new, permanent, lost or restored.
 * @customfunction CLIENTSTATUS CLIENTSTATUS
 * @param values Period amounts, oldest first, ending with the current period.
 * @param [window] Activity window in periods (default 3: three months).
 * @returns potential, new, permanent, lost or restored.
 */
export function CLIENTSTATUS(values: unknown[][], window?: number): string {
  return toExcel(clientStatus(values, window));
}

/**
 * Reliability band of a client's index (SCI): secure from 90 %, favourable from 80 %, vulnerable from 70 %, else at risk.
 * @customfunction SCIBAND SCIBAND
 * @param value The client's reliability index: 0.85 or 85 or 85 %.
 * @returns secure, favourable, vulnerable or at risk.
 */
export function SCIBAND(value: unknown): string {
  return toExcel(sciBand(value));
}

/**
 * Satisfaction band of one questionnaire from its scores 1–5: discontent (2 or less), hidden (3) or satisfied (4 or 5), by the lowest answered score.
 * @customfunction SATISFACTION SATISFACTION
 * @param scores One questionnaire's scores, 1 to 5; blank for a question not asked.
 * @returns discontent, hidden or satisfied.
 */
export function SATISFACTION(scores: unknown[][]): string {
  return toExcel(satisfaction(scores));
}

/**
 * The whole client table from a sales table: turnover, shares, ABC, CV, XYZ and status, spilled and live.
 * @customfunction CLASSIFY CLASSIFY
 * @param table The table with its header row: clients in the first column, one column per period.
 * @param [a] Share that ends class A (default 50 %).
 * @param [b] Share that ends class B (default 80 %).
 * @param [x] Highest CV for X (default 10 %).
 * @param [y] Highest CV for Y (default 25 %).
 * @param [window] Activity window in periods (default 3: three months).
 * @returns A header row, then one row per client.
 */
export function CLASSIFY(
  table: unknown[][],
  a?: number,
  b?: number,
  x?: number,
  y?: number,
  window?: number,
): unknown[][] {
  return toExcel(classifyTable(table, a, b, x, y, window));
}
