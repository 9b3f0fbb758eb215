/**
 * Untidy sheets as managers keep them: blank rows inside the table and under its header, a stray
 * cell far away, formulas with and without a stored result, amounts typed as text, a totals row, a
 * title, subtotal rows and quarter columns that add up or not, blank months at the end of a yearly
 * template, the same table again below (or another one), and client names that look like numbers,
 * dates, formulas or totals, or need an encoding beyond ASCII. For property tests.
 */
import fc from "fast-check";
import {
  cellAddress,
  describeIssue,
  getLocale,
  periodOf,
  serialFromYMD,
  type Analysis,
  type CellValue,
  type InputIssue,
  type WorkbookSnapshot,
} from "../../src/core";

export const MONTHS = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"];
/** Client names a sheet may hold that look like numbers, dates, formulas or booleans. */
const ODD_NAMES = ["00123", "1e5", "1/2", "-2+3", "@SUM(A1)", "TRUE", "3-12", "12%"];
/** Real clients whose names start or end like a total: never a totals row. */
export const TOTAL_LIKE_NAMES = ["Итого-Сервис", "Total Logistics", "Всего Хорошего", "Logistics Total"];
/** Names a single-byte export garbles when read in the wrong encoding. */
export const ACCENTED_NAMES = ["Société Générale", "Müller", "Ibáñez", "Ромашка", "Ёлка"];
/** Labels of a subtotal row inside a wide table. */
const SUBTOTAL_LABELS = ["Subtotal", "Итого по группе", "Total de grupo", "Промежуточный итог"];
/** The quarter columns a sheet may put after March and after June, closing their months. */
const QUARTERS = [{ after: 2, header: "Q1 2024" }, { after: 5, header: "Q2 2024" }];

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
  /** The second header: the same columns (one table in blocks) or others (another table), under a title or not. */
  readonly second: { readonly same: boolean; readonly title: boolean };
  /** A blank row right under the header. */
  readonly blankUnderHeader: boolean;
  /** A subtotal row after the client at `after` (never the last), adding up the clients above it, or off by one. */
  readonly subtotal: { readonly after: number; readonly label: string; readonly wrong: boolean } | null;
  /** Quarter columns between the months, adding up their months, or one off by one. */
  readonly quarters: "none" | "right" | "wrong";
  /** How many of the last months are blank for every client (a yearly template's future). */
  readonly emptyTail: number;
}

export const quirkySheet: fc.Arbitrary<QuirkySheet> = fc
  .integer({ min: 1, max: 12 })
  .chain((n) =>
    fc.record({
      names: fc.shuffledSubarray([...ODD_NAMES, ...TOTAL_LIKE_NAMES, ...ACCENTED_NAMES, ...Array.from({ length: 12 }, (_, i) => `Client ${i + 1}`)], {
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
      second: fc.record({ same: fc.boolean(), title: fc.boolean() }),
      blankUnderHeader: fc.boolean(),
      subtotal:
        n < 2
          ? fc.constant(null)
          : sometimes(fc.record({ after: fc.integer({ min: 0, max: n - 2 }), label: fc.constantFrom(...SUBTOTAL_LABELS), wrong: fc.boolean() })),
      quarters: fc.constantFrom<"none" | "right" | "wrong">("none", "none", "right", "wrong"),
      emptyTail: fc.constantFrom(0, 0, 1, 2),
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
  .map(({ noResult, ...s }) => {
    const blankTail = s.amounts.map((line) => line.map((a, m) => (m >= MONTHS.length - s.emptyTail ? { kind: "blank" as const } : a)));
    return { ...s, amounts: noResult ? withNoResult(blankTail, ...noResult) : blankTail };
  });

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

/** The header's cells after the client column: the months, with the quarter columns where the sheet has them. */
export function periodHeaders(s: QuirkySheet): string[] {
  return MONTHS.flatMap((month, m) => [month, ...(s.quarters === "none" ? [] : QUARTERS.filter((q) => q.after === m).map((q) => q.header))]);
}

/** A client's cells after its name: its months, with each quarter's sum where the sheet has them. */
function lineCells(s: QuirkySheet, line: readonly Amount[], row: number, first: boolean): CellValue[] {
  const cells: CellValue[] = [];
  line.forEach((a, m) => {
    cells.push(cellOf(a, cellAddress(row, cells.length + 1)));
    for (const q of s.quarters === "none" ? [] : QUARTERS.filter((x) => x.after === m)) {
      const sum = line.slice(q.after - 2, q.after + 1).reduce((t, x) => t + counted(x), 0);
      cells.push(sum + (s.quarters === "wrong" && first && q.after === 2 ? 1 : 0));
    }
  });
  return cells;
}

/** Column sums of client rows as written (numbers; text as its value; blank and errors as 0). */
function columnSums(rows: readonly (readonly CellValue[])[]): number[] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, c) => rows.reduce((t, r) => t + valueOf(r[c] ?? null), 0));
}

function valueOf(v: CellValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "string") return Number(v.replace(/ /g, "")) || 0;
  return 0;
}

/** The sheet's rows from its title to its totals row, without the stray cell (ragged, as readers give them). */
export function quirkyRows(s: QuirkySheet): CellValue[][] {
  const values: CellValue[][] = [];
  const header = ["Client", ...periodHeaders(s)];
  if (s.title) values.push(["Turnover by client"], []);
  values.push(header);
  if (s.blankUnderHeader) values.push([]);
  const clientLines: CellValue[][] = [];
  s.names.forEach((name, i) => {
    for (let b = 0; b < (s.blanksBefore.get(i) ?? 0); b++) values.push([]);
    if (s.secondHeader === i) {
      values.push([]);
      if (s.second.title) values.push(["Sales: part 2"]);
      values.push(s.second.same ? header : ["Client", "2025-01", "2025-02"]);
    }
    const row = values.length;
    const cells = lineCells(s, s.amounts[i], row, i === 0);
    values.push([name, ...cells]);
    clientLines.push(cells);
    if (s.subtotal !== null && s.subtotal.after === i) {
      const sums = columnSums(clientLines);
      // Off by one in January (and so in Q1, so that the row stays a consistent subtotal of its own months).
      if (s.subtotal.wrong) {
        sums[0] += 1;
        if (s.quarters !== "none") sums[3] += 1;
      }
      values.push([s.subtotal.label, ...sums]);
    }
  });
  if (s.totals) values.push(["Total", ...columnSums(clientLines)]);
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

/** What a sheet holds that must stop a run, by the issue that names it. */
export function mustStop(s: QuirkySheet): {
  readonly noStoredResult: boolean;
  readonly twoTables: boolean;
  readonly subtotalMismatch: boolean;
  readonly subtotalColumnMismatch: boolean;
} {
  return {
    noStoredResult: s.amounts.some((line) => line.some((a) => a.kind === "noResult")),
    twoTables: s.secondHeader !== null && s.secondHeader < s.names.length && !s.second.same,
    subtotalMismatch: s.subtotal !== null && s.subtotal.wrong,
    subtotalColumnMismatch: s.quarters === "wrong",
  };
}

/** The sum of every amount the sheet's clients hold. */
export const totalOf = (s: QuirkySheet) => s.amounts.flat().reduce((sum, a) => sum + counted(a), 0);

/** True when the issue points at a cell (`Sales!C17`) or at ranges of the sheet. */
export function namesAPlace(issue: InputIssue): boolean {
  if ("cell" in issue) return /(![A-Z]{1,3}\d+|: [A-Z]{1,3}\d+)$/.test(issue.cell);
  const range = /^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/;
  return issue.code === "twoTables" && range.test(issue.first) && range.test(issue.second) && issue.first !== issue.second;
}

/** The last month (index) a client holds a value in, or -1: period T of a run asked for the last period. */
export function lastFilledMonth(s: QuirkySheet): number {
  for (let m = MONTHS.length - 1; m >= 0; m--) if (s.amounts.some((line) => line[m].kind !== "blank")) return m;
  return -1;
}

/**
 * Either every client of the sheet is classified with every amount counted, period T the last month
 * holding a value and a note for each thing skipped, and a plan is made; or the run stops — only
 * for what must stop it — with issues that each name a cell or ranges, and no plan.
 */
export function expectClassifiedOrRefused(s: QuirkySheet, analysis: Analysis): "classified" | "refused" {
  const read = analysis.read!;
  const stops = mustStop(s);
  const allowed = Object.entries(stops).filter(([, stop]) => stop).map(([code]) => code);
  if (!read.ok) {
    expect(analysis.plan).toBeNull();
    expect(read.issues.length).toBeGreaterThan(0);
    for (const issue of read.issues) {
      if (!namesAPlace(issue)) throw new Error(`names no cell or range: ${describeIssue(issue, getLocale("en"))}`);
      if (!allowed.includes(issue.code)) throw new Error(`stopped for nothing that must stop it: ${describeIssue(issue, getLocale("en"))}`);
    }
    return "refused";
  }
  expect(allowed).toEqual([]);
  expect(analysis.plan).not.toBeNull();
  expect(analysis.classification!.clients.map((c) => c.name).sort()).toEqual([...s.names].sort());
  expect(read.value.sales.amount.reduce((sum, v) => sum + v, 0)).toBe(totalOf(s));
  const notes = read.value.table.notes.map((n) => n.code);
  const last = lastFilledMonth(s);
  if (last >= 0) {
    const [year, month] = MONTHS[last].split("-").map(Number);
    expect(analysis.classification!.axis.last).toBe(periodOf(serialFromYMD(year, month, 1), "month"));
    expect(notes.includes("emptyTrailingPeriods")).toBe(last < MONTHS.length - 1);
  }
  if (s.subtotal !== null) expect(notes).toContain("subtotalRowsSkipped");
  if (s.quarters === "right") expect(notes).toContain("subtotalColumnsSkipped");
  if (s.secondHeader !== null && s.secondHeader < s.names.length) expect(notes).toContain("tablesJoined");
  return "classified";
}
