/**
 * Untidy sheets as managers keep them: blank rows inside the table, a stray cell far away, formulas
 * with and without a stored result, amounts typed as text, a totals row, a title, another table
 * below, and client names that look like numbers, dates or formulas. For property tests.
 */
import fc from "fast-check";
import {
  cellAddress,
  describeIssue,
  getLocale,
  type Analysis,
  type CellValue,
  type InputIssue,
  type WorkbookSnapshot,
} from "../../src/core";

export const MONTHS = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"];
/** Client names a sheet may hold that look like numbers, dates, formulas or booleans. */
const ODD_NAMES = ["00123", "1e5", "1/2", "-2+3", "@SUM(A1)", "TRUE", "3-12", "12%"];

/** One amount cell: a number, blank, the number typed as text, or a formula with or without its result. */
type Amount =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "blank" }
  | { readonly kind: "text"; readonly value: number; readonly style: "plain" | "spaced" | "zeros" }
  | { readonly kind: "formula"; readonly value: number }
  | { readonly kind: "noResult" };

/** The amounts of a sheet with one cell made a formula without a stored result. */
export function withNoResult(
  amounts: readonly (readonly Amount[])[],
  who: number,
  month: number,
): Amount[][] {
  return amounts.map((line, r) => line.map((a, c) => (r === who && c === month ? { kind: "noResult" } : a)));
}

const amount: fc.Arbitrary<Amount> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.integer({ min: 0, max: 5000 }).map((value) => ({ kind: "number" as const, value })),
  },
  { weight: 4, arbitrary: fc.constant({ kind: "blank" as const }) },
  {
    weight: 1,
    arbitrary: fc
      .record({
        value: fc.integer({ min: 0, max: 99_999 }),
        style: fc.constantFrom("plain", "spaced", "zeros"),
      })
      .map((t) => ({ kind: "text" as const, ...t })),
  },
  // A formula whose result the file stores reaches core as that result.
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0, max: 5000 }).map((value) => ({ kind: "formula" as const, value })),
  },
);

/** A value in about one case of six, else null. */
const sometimes = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });

export interface QuirkySheet {
  readonly names: readonly string[];
  readonly amounts: readonly (readonly Amount[])[];
  readonly title: boolean;
  /** Blank rows inserted before the client at each index. */
  readonly blanksBefore: ReadonlyMap<number, number>;
  readonly totals: boolean;
  /** A second header row after a blank row, before the client at this index: another table below. */
  readonly secondHeader: number | null;
  readonly stray: { readonly rowsBelow: number; readonly col: number; readonly value: CellValue } | null;
}

export const quirkySheet: fc.Arbitrary<QuirkySheet> = fc
  .integer({ min: 1, max: 12 })
  .chain((n) =>
    fc.record({
      names: fc.shuffledSubarray([...ODD_NAMES, ...Array.from({ length: 12 }, (_, i) => `Client ${i + 1}`)], {
        minLength: n,
        maxLength: n,
      }),
      amounts: fc.array(fc.array(amount, { minLength: MONTHS.length, maxLength: MONTHS.length }), {
        minLength: n,
        maxLength: n,
      }),
      title: fc.boolean(),
      blanksBefore: fc
        .array(fc.tuple(fc.integer({ min: 1, max: Math.max(1, n - 1) }), fc.integer({ min: 1, max: 4 })), {
          maxLength: 3,
        })
        .map((pairs) => new Map(pairs.filter(([at]) => at < n))),
      totals: fc.boolean(),
      secondHeader: sometimes(fc.integer({ min: 1, max: Math.max(1, n - 1) })),
      noResult: sometimes(fc.tuple(fc.nat(n - 1), fc.nat(MONTHS.length - 1))),
      stray: fc.option(
        fc.record({
          rowsBelow: fc.integer({ min: 2, max: 20_000 }),
          col: fc.integer({ min: 0, max: 2_000 }),
          value: fc.constantFrom<CellValue>("x", "note", 42, "Total"),
        }),
      ),
    }),
  )
  .map(({ noResult, ...s }) => ({
    ...s,
    amounts: noResult ? withNoResult(s.amounts, ...noResult) : s.amounts,
  }));

function textOf(a: Extract<Amount, { kind: "text" }>): string {
  if (a.style === "zeros") return String(a.value).padStart(7, "0");
  if (a.style === "spaced") return a.value.toLocaleString("en-US").replace(/,/g, " ");
  return String(a.value);
}

function cellOf(a: Amount, at: string): CellValue {
  switch (a.kind) {
    case "number":
    case "formula":
      return a.value;
    case "blank":
      return null;
    case "text":
      return textOf(a);
    case "noResult":
      return { error: "#VALUE!", formula: `=SUM(${at}:${at})` };
  }
}

const counted = (a: Amount) =>
  a.kind === "number" || a.kind === "formula" || a.kind === "text" ? a.value : 0;

/** The sheet's rows from its title to its totals row, without the stray cell (ragged, as readers give them). */
export function quirkyRows(s: QuirkySheet): CellValue[][] {
  const values: CellValue[][] = [];
  if (s.title) values.push(["Turnover by client"], []);
  values.push(["Client", ...MONTHS]);
  s.names.forEach((name, i) => {
    for (let b = 0; b < (s.blanksBefore.get(i) ?? 0); b++) values.push([]);
    if (s.secondHeader === i) values.push([], ["Client", ...MONTHS]);
    const row = values.length;
    values.push([name, ...s.amounts[i].map((a, m) => cellOf(a, cellAddress(row, m + 1)))]);
  });
  if (s.totals)
    values.push([
      "Total",
      ...MONTHS.map((_, m) => s.amounts.reduce((sum, line) => sum + counted(line[m]), 0)),
    ]);
  return values;
}

/** The sheet as a snapshot of its values, the stray cell `rowsBelow` rows under the last. */
export function quirkySnapshot(s: QuirkySheet): WorkbookSnapshot {
  const values = quirkyRows(s);
  if (s.stray) {
    const row = values.length - 1 + s.stray.rowsBelow;
    while (values.length < row) values.push([]);
    values.push([...Array.from({ length: s.stray.col }, () => null), s.stray.value]);
  }
  return { active: { name: "Sales", top: 0, left: 0, values }, sheetNames: ["Sales"], owned: [] };
}

/** What a sheet holds that must stop a run: a formula without its stored result, another table below. */
export function mustStop(s: QuirkySheet): { readonly noResult: boolean; readonly secondTable: boolean } {
  return {
    noResult: s.amounts.some((line) => line.some((a) => a.kind === "noResult")),
    secondTable: s.secondHeader !== null && s.secondHeader < s.names.length,
  };
}

/** The sum of every amount the sheet's clients hold. */
export const totalOf = (s: QuirkySheet) => s.amounts.flat().reduce((sum, a) => sum + counted(a), 0);

/** True when the issue points at a cell (`Sales!C17`) or at rows of the sheet. */
export function namesAPlace(issue: InputIssue): boolean {
  if ("cell" in issue) return /![A-Z]{1,3}\d+$/.test(issue.cell);
  return issue.code === "tableBelowBlankRows" && issue.first > 0 && issue.below > issue.last;
}

/**
 * Either every client of the sheet is classified with every amount counted and a plan is made, or
 * the run stops — only for what must stop it — with issues that each name a cell or rows, and no plan.
 */
export function expectClassifiedOrRefused(s: QuirkySheet, analysis: Analysis): "classified" | "refused" {
  const read = analysis.read!;
  const { noResult, secondTable } = mustStop(s);
  if (!read.ok) {
    expect(analysis.plan).toBeNull();
    expect(read.issues.length).toBeGreaterThan(0);
    for (const issue of read.issues) {
      if (!namesAPlace(issue))
        throw new Error(`names no cell or row: ${describeIssue(issue, getLocale("en"))}`);
    }
    const codes = [...new Set(read.issues.map((x) => x.code))];
    if (!noResult) expect(codes).toEqual(["tableBelowBlankRows"]);
    if (!secondTable) expect(codes).toEqual(["noStoredResult"]);
    return "refused";
  }
  expect(noResult || secondTable).toBe(false);
  expect(analysis.plan).not.toBeNull();
  expect(analysis.classification!.clients.map((c) => c.name).sort()).toEqual([...s.names].sort());
  expect(read.value.sales.amount.reduce((sum, v) => sum + v, 0)).toBe(totalOf(s));
  return "classified";
}
