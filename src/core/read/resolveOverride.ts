import { columnIndex } from "../cells";
import { normaliseText } from "./normaliseText";
import type { SheetView } from "./sheetView";
import { headerText } from "./headerText";

/**
 * The grid column an override names: a header in the header row (matched like recognition:
 * case, spaces and punctuation ignored), else column letters (`"C"`). Null when it names neither.
 * @example resolveOverride("customer name", view, 2, 0) // the column headed "Customer Name"
 */
export function resolveOverride(given: string, view: SheetView, headerRow: number, left: number): number | null {
  const wanted = normaliseText(given);
  if (wanted !== "") {
    for (let c = 0; c < view.cols; c++) {
      if (normaliseText(headerText(view.value(headerRow, c), view.format(headerRow, c))) === wanted) return c;
    }
  }
  const sheetCol = columnIndex(given);
  if (sheetCol < 0) return null;
  const col = sheetCol - left;
  return col >= 0 && col < view.cols ? col : null;
}
