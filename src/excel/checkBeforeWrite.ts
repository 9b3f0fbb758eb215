import type { RangeRef, WritePlan } from "../core";
import { isBlank, rangeAddress, rangeContains } from "../core";
import { ownedFromNames } from "./ownedNames";
import { readSheet } from "./readSnapshot";
import { syncWithTimeout } from "./syncWithTimeout";

/** Why Segmenta will not write. The task pane words these from the locale tables. */
export type WriteIssue =
  | { readonly code: "protected"; readonly sheet: string }
  | { readonly code: "filtered"; readonly sheet: string; readonly table: string | null }
  /** Non-blank cells Segmenta does not own inside what it would write: the first few addresses and how many. */
  | { readonly code: "blocked"; readonly sheet: string; readonly cells: readonly string[]; readonly count: number }
  /** A sheet of the name Segmenta would use exists and is not Segmenta's. */
  | { readonly code: "sheetTaken"; readonly sheet: string };

export type CheckResult = { readonly ok: true } | { readonly ok: false; readonly issues: readonly WriteIssue[] };

/** How many blocking addresses an issue lists. */
const LISTED = 10;

/**
 * Looks at every sheet the plan writes to just before writing: a protected sheet, a filtered
 * autofilter or table, a user's cell typed into the plan's ranges since the snapshot, or a user's
 * sheet under a name Segmenta wanted stop the write with an issue naming the sheet and cells.
 * Hidden rows are read like the others.
 */
export async function checkBeforeWrite(
  context: Excel.RequestContext,
  plan: WritePlan,
  options: { readonly timeoutMs?: number } = {},
): Promise<CheckResult> {
  const sync = () => syncWithTimeout(context, options.timeoutMs);
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await sync();
  const sheetOps = new Map(plan.ops.flatMap((op) => (op.kind === "sheet" ? [[op.sheet, op.marker] as const] : [])));
  const written = new Set([...plan.owned.map((r) => r.sheet), ...sheetOps.keys()]);
  const sheets = worksheets.items.filter((s) => written.has(s.name));
  for (const s of sheets) {
    s.load("name");
    s.protection.load("protected");
    s.autoFilter.load("isDataFiltered");
    s.tables.load("items/name");
    s.names.load("items/name,items/formula");
  }
  await sync();
  const tableFilters = sheets.flatMap((s) => s.tables.items.map((t) => ({ sheet: s.name, table: t, filter: t.autoFilter.load("isDataFiltered") })));
  await sync();
  const issues: WriteIssue[] = [];
  for (const s of sheets) {
    if (s.protection.protected) issues.push({ code: "protected", sheet: s.name });
    if (s.autoFilter.isDataFiltered) issues.push({ code: "filtered", sheet: s.name, table: null });
    const marker = sheetOps.get(s.name);
    if (marker && !s.names.items.some((n) => n.name === marker)) issues.push({ code: "sheetTaken", sheet: s.name });
  }
  for (const f of tableFilters) if (f.filter.isDataFiltered) issues.push({ code: "filtered", sheet: f.sheet, table: f.table.name });
  const owned = sheets.flatMap((s) => ownedFromNames(s.names.items)).map((o) => o.range);
  for (const range of plan.owned) {
    if (sheetOps.has(range.sheet)) continue;
    const sheet = sheets.find((s) => s.name === range.sheet);
    if (!sheet) continue;
    const blocked = await blockingCells(context, sheet, range, owned, options.timeoutMs);
    if (blocked.count > 0) issues.push({ code: "blocked", sheet: range.sheet, ...blocked });
  }
  return issues.length === 0 ? { ok: true } : { ok: false, issues };
}

async function blockingCells(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  range: RangeRef,
  owned: readonly RangeRef[],
  timeoutMs?: number,
): Promise<{ cells: string[]; count: number }> {
  const snap = await readSheet(context, sheet, range.sheet, { top: range.row, left: range.col, rows: range.rows, cols: range.cols }, { formatRows: 0, timeoutMs });
  const cells: string[] = [];
  let count = 0;
  snap.values.forEach((line, i) =>
    line.forEach((v, j) => {
      const row = range.row + i;
      const col = range.col + j;
      if (isBlank(v) || owned.some((o) => o.sheet === range.sheet && rangeContains(o, row, col))) return;
      count++;
      if (cells.length < LISTED) cells.push(rangeAddress({ sheet: range.sheet, row, col, rows: 1, cols: 1 }));
    }),
  );
  return { cells, count };
}

