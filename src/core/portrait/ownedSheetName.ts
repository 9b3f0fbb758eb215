import { findOwned } from "../plan/segmentaSheet";
import type { WorkbookSnapshot } from "../snapshot";

/**
 * The name of the sheet Segmenta marked with `marker` (whatever the user renamed it to), or null
 * when there is none yet. The Excel layer and the command line read that sheet into `others`.
 * @example ownedSheetName(workbook, "Segmenta_Sheet_portrait") // "Ideal portrait"
 */
export function ownedSheetName(workbook: WorkbookSnapshot, marker: string): string | null {
  return findOwned(workbook, marker)?.range.sheet ?? null;
}
