import type { OwnedRange, WorkbookSnapshot } from "../snapshot";
import type { WritePlan } from "../plan";

/**
 * The workbook as a later plan must see it once `plan` is applied: the sheets the plan creates are
 * taken (so two reports never pick the same new sheet name) and the names it sets are Segmenta's.
 * A plan built from this snapshot is the plan the applier would build after applying `plan`.
 * @example snapshotAfter({ ...wb, sheetNames: ["Sales"] }, clientsPlan).sheetNames // ["Sales", "Clients (Segmenta)"]
 */
export function snapshotAfter(workbook: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const taken = new Set(workbook.sheetNames.map((s) => s.toLowerCase()));
  const sheetNames = [...workbook.sheetNames];
  const named: OwnedRange[] = [];
  for (const op of plan.ops) {
    if (op.kind === "sheet") {
      if (!taken.has(op.sheet.toLowerCase())) {
        taken.add(op.sheet.toLowerCase());
        sheetNames.push(op.sheet);
      }
      const marked = [...workbook.owned, ...named].some((o) => o.name === op.marker && o.range.sheet === op.sheet);
      if (!marked) named.push({ name: op.marker, range: { sheet: op.sheet, row: 0, col: 0, rows: 1, cols: 1 } });
    } else if (op.kind === "name") {
      named.push({ name: op.name, range: op.range });
    }
  }
  // A later name of the same marker on the same sheet replaces the earlier one, as the appliers do.
  const key = (o: OwnedRange) => `${o.name}\u0000${o.range.sheet}`;
  const replaced = new Set(named.map(key));
  const latest = new Map(named.map((o) => [key(o), o]));
  const owned = [...workbook.owned.filter((o) => !replaced.has(key(o))), ...latest.values()];
  return { ...workbook, sheetNames, owned };
}
