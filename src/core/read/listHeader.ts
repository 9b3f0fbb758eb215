import { isBlank, type CellValue } from "../cells";
import type { Role } from "../dataset";
import type { SheetSnapshot } from "../snapshot";
import { recogniseHeader } from "./recogniseHeader";

/** The rows a list sheet's header is looked for in. */
const HEADER_ROWS = 20;

/** A list cell as text: spaces (no-break ones too) folded, blank and errors as "". */
export const listText = (v: CellValue | undefined): string => (v === null || v === undefined || typeof v === "object" ? "" : String(v).replace(/[\s\u00a0]+/g, " ").trim());

function columnOf(header: readonly CellValue[], role: Role): number {
  let best = -1;
  let rank = Infinity;
  header.forEach((cell, col) => {
    const match = recogniseHeader(listText(cell)).find((m) => m.role === role);
    if (match && match.rank < rank) {
      best = col;
      rank = match.rank;
    }
  });
  return best;
}

/**
 * A list sheet's header: the first of its top rows naming a column for each role (en/ru/es), with
 * the grid row and each role's grid column; null when none does.
 * @example listHeader(sheet, ["client", "sci"]) // { row: 0, cols: [0, 1] }
 */
export function listHeader(
  sheet: SheetSnapshot,
  roles: readonly Role[],
): { readonly row: number; readonly cols: readonly number[] } | null {
  for (let r = 0; r < Math.min(HEADER_ROWS, sheet.values.length); r++) {
    const header = sheet.values[r];
    if (header.every(isBlank)) continue;
    const cols = roles.map((role) => columnOf(header, role));
    if (cols.every((c) => c >= 0)) return { row: r, cols };
  }
  return null;
}
