import type { SheetSnapshot } from "../snapshot";
import { ownedPlanColumn, planColumn } from "./planColumns";
import { cellText, sheetCell } from "./sheetCell";
import type { PreviousPlanRow } from "./types";
import { stageOfText } from "./words";

/**
 * The rows of Segmenta's development plan sheet (header in row 1), with what managers typed:
 * stage names in any language (unknown words kept as typed), dates as serials or text, comments.
 * Rows without a client key or a product are skipped.
 * @example readPlan(undefined) // []
 */
export function readPlan(sheet: SheetSnapshot | undefined): PreviousPlanRow[] {
  if (!sheet) return [];
  const rows: PreviousPlanRow[] = [];
  const end = sheet.top + sheet.values.length;
  const at = (row: number, column: Parameters<typeof planColumn>[0]) => sheetCell(sheet, row, planColumn(column));
  const owned = ownedPlanColumn(sheet);
  for (let row = Math.max(1, sheet.top); row < end; row++) {
    const clientKey = cellText(at(row, "key"));
    const product = cellText(at(row, "product"));
    if (clientKey === "" || product === "") continue;
    const stageWords = cellText(at(row, "stage"));
    const stage = stageOfText(stageWords);
    const date = at(row, "date");
    const segment = cellText(at(row, "segment"));
    const manager = cellText(at(row, "manager"));
    const refusedAt = stageOfText(cellText(sheetCell(sheet, row, owned)));
    const lastStage = stageOfText(cellText(sheetCell(sheet, row, owned + 1)));
    rows.push({
      clientKey,
      client: cellText(at(row, "client")) || clientKey,
      segment: segment === "" ? null : segment,
      manager: manager === "" ? null : manager,
      product,
      stage: stage ?? "notOffered",
      ...(stage === null && stageWords !== "" ? { stageText: stageWords } : {}),
      date: typeof date === "number" ? date : cellText(date) === "" ? null : cellText(date),
      comment: cellText(at(row, "comment")),
      ...(refusedAt !== null ? { refusedAt } : {}),
      ...(lastStage !== null ? { lastStage } : {}),
    });
  }
  return rows;
}
