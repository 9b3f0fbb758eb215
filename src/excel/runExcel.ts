/**
 * The one place that touches the Office globals: runs a Segmenta batch as a single undo step
 * where Excel allows it (ExcelApi 1.20), and tells which API versions the host supports.
 */

/** True when the host implements ExcelApi `version`. */
export function excelApiSupported(version: string): boolean {
  return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", version);
}

/**
 * Runs `fn` in one `Excel.run`: merged into one undo step and queued while the user edits a cell
 * when the host supports ExcelApi 1.20, a plain batch otherwise.
 */
export function runSegmentaBatch<T>(fn: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (excelApiSupported("1.20")) return Excel.run({ mergeUndoGroup: true, delayForCellEdit: true }, fn);
  return Excel.run(fn);
}
