import { variationFromFirstPositive, type SigmaKind } from "../core";
import { fail, ok, type FunctionResult } from "./functionResult";
import { readLine } from "./runner";

/**
 * CV.P / CV.S: σ / μ of period amounts (a row or a column, oldest first) from the first positive
 * amount to the end (METHODOLOGY §4). Blanks count as 0; a leading blank and a leading 0 are the
 * same, since the span starts at the first positive amount either way.
 * @example coefficientOfVariation([[100, 0, 100, 0]], "population") // { ok: true, value: 1 }
 */
export function coefficientOfVariation(values: unknown, sigma: SigmaKind): FunctionResult<number> {
  const line = readLine(values);
  if (!line.ok) return line;
  const v = variationFromFirstPositive(line.value, sigma);
  return v.ok ? ok(v.cv) : fail({ code: v.why });
}

/** @example cvP([[0, 100, 100]]) // { ok: true, value: 0 } */
export function cvP(values: unknown): FunctionResult<number> {
  return coefficientOfVariation(values, "population");
}

/** @example cvS([[100, 0]]) // { ok: true, value: 1.414… } */
export function cvS(values: unknown): FunctionResult<number> {
  return coefficientOfVariation(values, "sample");
}
