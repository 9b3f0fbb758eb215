import { isCellError, scoreBand, scoreCell, type CellValue, type ScoreBand } from "../core";
import { fail, ok, type FunctionResult } from "./functionResult";
import { asRange } from "./runner";

/**
 * SATISFACTION: the band of one questionnaire (§13) from its row of scores, by its lowest answered
 * score: `discontent` (2 or less), `hidden` (hidden discontent, 3) or `satisfied` (4 or 5). Blank
 * cells are questions not asked; a cell that is not a whole 1–5 is refused; a row without any score
 * is not available.
 * @example satisfaction([[5, 3, null]]) // { ok: true, value: "hidden" }
 */
export function satisfaction(scores: unknown): FunctionResult<ScoreBand> {
  const range = asRange(scores);
  const rows = range.length;
  const cols = range[0]?.length ?? 0;
  if (rows > 1 && cols > 1) return fail({ code: "notOneLine", rows, cols });
  let lowest = Infinity;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < range[r].length; c++) {
      const v = range[r][c];
      const score = scoreCell(v as CellValue);
      if (score === "bad")
        return fail({ code: "notAScore", text: isCellError(v as CellValue) ? (v as { error: string }).error : String(v), row: r + 1, col: c + 1 });
      if (score !== null && score < lowest) lowest = score;
    }
  }
  return lowest === Infinity ? fail({ code: "noScore" }) : ok(scoreBand(lowest));
}
