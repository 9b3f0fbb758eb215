import { dateOrderOfLocale, parseRangeAddress, type AnalyseOptions } from "../../core";
import type { ReadChoice } from "./segmentaReducer";

/**
 * The read options of the user's choices in the Data step: the table picked (on the sheet read) and
 * the day order chosen, with Office's display language (`en-US`) as the order when none is chosen.
 * @example readOptions({ sheet: "Sales", tables: null, range: "A2:C3", dateOrder: null }, "Sales", "en-US")
 * // { range: { sheet: "Sales", row: 1, col: 0, rows: 2, cols: 3 }, dateOrder: { fallback: "mdy" } }
 */
export function readOptions(
  choice: ReadChoice,
  sheet: string,
  displayLanguage: string,
): Pick<AnalyseOptions, "range" | "dateOrder"> {
  const range =
    choice.range === null || choice.sheet !== sheet ? null : parseRangeAddress(sheet, choice.range);
  return {
    ...(range ? { range } : {}),
    dateOrder: {
      ...(choice.dateOrder ? { given: choice.dateOrder } : {}),
      fallback: dateOrderOfLocale(displayLanguage),
    },
  };
}
