import { NAME_PREFIX, type WorkbookSnapshot } from "../../core";

const SHEET_MARKER = `${NAME_PREFIX}Sheet_`;

/**
 * The sheets a table can be taken from, in tab order: every sheet but Segmenta's own (results
 * matrix, team, portrait sheets…), which it writes and never reads as data.
 * @example dataSheets({ sheetNames: ["Sales", "ABC-XYZ matrix"], owned: [{ name: "Segmenta_Sheet_matrix", … }] }) // ["Sales"]
 */
export function dataSheets(snapshot: Pick<WorkbookSnapshot, "sheetNames" | "owned">): readonly string[] {
  const own = new Set(
    snapshot.owned.filter((o) => o.name.startsWith(SHEET_MARKER)).map((o) => o.range.sheet),
  );
  return snapshot.sheetNames.filter((name) => !own.has(name));
}
