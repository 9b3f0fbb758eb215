import { sciBand as bandOf, sciCell, sciFractions, type SciBand } from "../core";
import { fail, ok, type FunctionResult } from "./functionResult";
import { asRange } from "./runner";

/**
 * SCIBAND: the reliability band of one index (§11): `secure`, `favourable`, `vulnerable` or
 * `at risk`. Like the thresholds of §9, a number up to 1 is a fraction and a larger one a percent;
 * text with a % sign is a percent. A negative value, a percent above 100 or a word is refused.
 * @example sciBand(0.85) // { ok: true, value: "favourable" }; sciBand(65) // { ok: true, value: "at risk" }
 */
export function sciBand(value: unknown): FunctionResult<SciBand> {
  const range = asRange(value);
  if (range.length !== 1 || range[0].length !== 1) {
    return fail({ code: "notOneValue", rows: range.length, cols: range[0]?.length ?? 0 });
  }
  const v = range[0][0];
  const cell = sciCell(typeof v === "number" || typeof v === "string" ? v : null, undefined);
  if (cell === null || !("value" in cell))
    return fail({ code: "notAnSci", text: cell === null ? "" : cell.content });
  // A column of one: the classification's own rule for fractions and percents.
  const { fractions, bad } = sciFractions([cell]);
  if (bad !== null) return fail({ code: "notAnSci", text: String(v) });
  return ok(bandOf(fractions[0]));
}
