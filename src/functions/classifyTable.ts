import {
  DEFAULT_SETTINGS,
  classifyMatrix,
  isBlank,
  isTotalLabel,
  parseAmount,
  parsePeriodHeader,
  windowPeriods,
  type Settings,
  foldClientKey,
} from "../core";
import { CATALOGS, type Language } from "../locales";
import { fail, ok, type FunctionResult } from "./functionResult";
import {
  amountOf,
  asRange,
  displayLanguage,
  readAbcThresholds,
  readWindow,
  readXyzThresholds,
  type RangeArg,
} from "./runner";

/** The columns CLASSIFY writes, in order; their header row is in the user's display language. */
export const CLASSIFY_HEADER = [
  "client",
  "turnover",
  "share",
  "cumShare",
  "abc",
  "cv",
  "xyz",
  "status",
] as const;

/**
 * The header row of CLASSIFY in a language (src/locales/<language>/functions.ts).
 * @example classifyHeaderRow("ru")[3] // "Накопленная доля"
 */
export function classifyHeaderRow(language: Language): string[] {
  const words = CATALOGS[language].classifyHeader;
  return CLASSIFY_HEADER.map((column) => words[column]);
}

export type ClassifyCell = string | number;

/**
 * CLASSIFY: a wide table with its header row (clients in the first column, then optional text
 * columns such as segment or manager, then one column per period, oldest first) in; the client
 * table out, header row first: client, turnover, share, cumulative share, ABC, CV, XYZ, status —
 * the engine's numbers for the same data (its `classifyMatrix`). A totals row or column (`Total`, `Итого`, `Всего`,
 * `Total general`) is skipped, and so are rows with neither client nor amounts, so the formula may
 * take a few empty rows below the table to grow into. A client listed twice is summed.
 * Optional thresholds a, b, x, y (fractions or percents) and the activity window in periods (by
 * default three months: 3 monthly columns, 1 quarterly, 13 weekly).
 * @example classifyTable([["Client", "Jan", "Feb"], ["Acme", 100, 100]]) // header + ["Acme", 200, 1, 1, "A", 0, "X", "new"]
 */
export function classifyTable(
  table: unknown,
  a?: unknown,
  b?: unknown,
  x?: unknown,
  y?: unknown,
  window?: unknown,
  language: Language = displayLanguage(),
): FunctionResult<ClassifyCell[][]> {
  const abcLimits = readAbcThresholds(a, b);
  if (!abcLimits.ok) return abcLimits;
  const xyzLimits = readXyzThresholds(x, y);
  if (!xyzLimits.ok) return xyzLimits;
  const rows = asRange(table);
  if (rows.length < 2) return fail({ code: "noClientRows" });
  const header = rows[0];
  const clientHeader = header[0];
  if (
    typeof clientHeader === "number" ||
    typeof clientHeader === "boolean" ||
    (typeof clientHeader === "string" && parsePeriodHeader(clientHeader) !== null)
  ) {
    return fail({ code: "noClientColumn", header: String(clientHeader) });
  }
  const periods = periodColumns(rows);
  if (periods.length === 0) return fail({ code: "noPeriodColumns" });
  // Three months are 3 monthly columns, 1 quarterly column or 13 weekly ones, as the engine reads them.
  const w = readWindow(window, windowPeriods(DEFAULT_SETTINGS.windowMonths, granularityOf(rows[0], periods)));
  if (!w.ok) return w;

  const names: string[] = [];
  const sums: Float64Array[] = [];
  const byKey = new Map<string, number>();
  let textClients = 0;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    const amounts = new Float64Array(periods.length);
    let any = false;
    for (let p = 0; p < periods.length; p++) {
      const cell = row[periods[p]];
      const v = typeof cell === "number" ? cell : amountOf(cell, r + 1, periods[p] + 1);
      if (typeof v !== "number") return fail(v);
      amounts[p] = v;
      if (v !== 0) any = true;
    }
    const client = clientText(row[0]);
    if (client === "" || isTotalLabel(client)) {
      if (any && client === "") return fail({ code: "amountsWithoutClient", row: r + 1 });
      continue;
    }
    if (typeof row[0] !== "number") textClients++;
    const key = foldClientKey(client);
    const at = byKey.get(key);
    if (at === undefined) {
      byKey.set(key, names.length);
      names.push(client);
      sums.push(amounts);
    } else {
      const into = sums[at];
      for (let p = 0; p < amounts.length; p++) into[p] += amounts[p];
    }
  }
  if (names.length === 0) return fail({ code: "noClientRows" });
  // Amounts in the first column under a blank header: the table has no client column.
  if (
    textClients === 0 &&
    (clientHeader === null || clientHeader === undefined || isBlank(String(clientHeader)))
  ) {
    return fail({ code: "noClientColumn", header: "" });
  }

  // The window is in periods: with monthly granularity the engine reads windowMonths as periods.
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    abc: { a: abcLimits.value.low, b: abcLimits.value.high },
    xyz: { x: xyzLimits.value.low, y: xyzLimits.value.high },
    granularity: "month",
    windowMonths: w.value,
  };
  const { clients } = classifyMatrix(sums, settings, { keys: names });
  const out: ClassifyCell[][] = [classifyHeaderRow(language)];
  for (const c of clients) {
    out.push([c.name, c.metric, c.share, c.cumShare ?? "", c.abc ?? "", c.cv ?? "", c.xyz ?? "", c.status]);
  }
  return ok(out);
}

/**
 * The period columns: after the client column and any leading text-only columns (segment,
 * manager…), every column except a totals column.
 */
function periodColumns(rows: RangeArg): number[] {
  const width = rows.reduce((m, row) => Math.max(m, row.length), 0);
  const out: number[] = [];
  for (let c = 1; c < width; c++) {
    const head = rows[0][c];
    if (typeof head === "string" && isTotalLabel(head)) continue;
    if (out.length === 0 && isTextColumn(rows, c)) continue;
    out.push(c);
  }
  return out;
}

/** A column that holds some words and no amount other than 0 (a desktop blank). */
function isTextColumn(rows: RangeArg, c: number): boolean {
  let words = false;
  for (let r = 1; r < rows.length; r++) {
    const v = rows[r][c];
    const amount = typeof v === "string" ? parseAmount(v) : typeof v === "number" ? v : 0;
    if (amount === null) words = true;
    else if (amount !== 0) return false;
  }
  return words;
}

/** The client key: trimmed of spaces, including no-break spaces (`trim` knows them). */
function clientText(cell: unknown): string {
  if (typeof cell === "string") return isBlank(cell) ? "" : cell.trim();
  if (typeof cell === "number") return cell === 0 ? "" : String(cell);
  return "";
}

/** Quarters or weeks when every period header names one (`Q1 2024`, `2024-W05`), otherwise months. */
function granularityOf(header: readonly unknown[], periods: readonly number[]): "month" | "quarter" | "week" {
  const kinds = new Set(
    periods.map((c) => {
      const cell = header[c];
      return typeof cell === "string" ? parsePeriodHeader(cell)?.kind : undefined;
    }),
  );
  if (kinds.size !== 1) return "month";
  const [kind] = [...kinds];
  return kind === "quarter" || kind === "week" ? kind : "month";
}
