/**
 * A sheet the plan writes on is protected in the file: Segmenta does not write through a protection
 * the user set (the add-in refuses the same sheet in Excel), so nothing is written.
 */
export class ProtectedSheetError extends Error {
  constructor(readonly sheet: string) {
    super(`the sheet ${sheet} is protected`);
    this.name = "ProtectedSheetError";
  }
}
