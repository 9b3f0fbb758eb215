import { cellAddress, type RangeRef } from "../cells";
import type { Locale } from "../locale/Locale";
import { format } from "../locale/format";
import { formatPeriod } from "../locale/formatPeriod";
import { ABC_RULE, CLASS_FILLS, DIRECTION_FILLS, moveDirection } from "../plan/classColours";
import { padRows } from "../plan/padRow";
import { rect } from "../plan/rangeMath";
import { segmentaSheetName } from "../plan/segmentaSheet";
import { NAME_PREFIX, type PlanValue, type WriteOp, type WritePlan } from "../plan/types";
import type { Classification } from "../results";
import type { WorkbookSnapshot } from "../snapshot";
import type { history as HistoryWordsEn } from "../../locales/en/history";
import type { Words } from "../../locales/Words";
import { historyLists } from "./historyLists";
import { ABC_OR_NONE, NO_CLASS, XYZ_OR_NONE, type ClassHistory, type Transitions } from "./types";

export type HistoryWords = Words<typeof HistoryWordsEn>;

/** The sheet-scoped name that marks Segmenta's History sheet. */
export const HISTORY_SHEET_MARKER = `${NAME_PREFIX}Sheet_history`;
/** The name of its chart. */
const CHART_NAME = `${NAME_PREFIX}History`;

const COUNT = "#,##0";
const MONEY = "#,##0.00";
const PERCENT = "0.0%";
/** The XYZ matrix starts this many columns right of the ABC one. */
const SECOND_BLOCK = 6;
/** The chart's size in rows and columns. */
const CHART_ROWS = 18;
const CHART_COLS = 8;
/** Client, manager, metric, streak, then one column per period end. */
const LEAD_COLUMNS = 4;

export interface HistorySheetInput {
  readonly workbook: WorkbookSnapshot;
  readonly history: ClassHistory;
  readonly classification: Classification;
  /** Each client's manager (null: none), indexed like the clients. */
  readonly managers: readonly (string | null)[];
  readonly words: HistoryWords;
  /** The words for "(no manager)". */
  readonly noManager: string;
  readonly locale: Locale;
}

/** Values laid out on a grid of rows that grows as blocks are placed, with the ops that format them. */
class Grid {
  readonly rows: PlanValue[][] = [];
  readonly ops: WriteOp[] = [];
  constructor(readonly sheet: string) {}

  put(row: number, col: number, values: readonly PlanValue[]): void {
    while (this.rows.length <= row) this.rows.push([]);
    const r = this.rows[row];
    while (r.length < col) r.push(null);
    values.forEach((v, i) => (r[col + i] = v));
  }

  range(row: number, col: number, rows: number, cols: number): RangeRef {
    return rect(this.sheet, row, col, rows, cols);
  }

  bold(row: number, col: number, cols: number): void {
    this.ops.push({ kind: "style", range: this.range(row, col, 1, cols), style: { bold: true } });
  }

  numbers(row: number, col: number, rows: number, cols: number, numberFormat: string): void {
    if (rows > 0 && cols > 0)
      this.ops.push({ kind: "numberFormat", range: this.range(row, col, rows, cols), format: numberFormat });
  }
}

/** A transition matrix at (row, col): title, header, a row per class at t − 1, cells coloured by direction. */
function matrixBlock<K extends string>(
  grid: Grid,
  at: { row: number; col: number },
  title: string,
  keys: readonly K[],
  matrix: Transitions<K>,
  stability: number | null,
  words: HistoryWords,
): void {
  const name = (k: K) => (k === "none" ? words.none : k);
  grid.put(at.row, at.col, [title]);
  grid.bold(at.row, at.col, 1);
  grid.put(at.row + 1, at.col, [null, ...keys.map(name)]);
  grid.bold(at.row + 1, at.col, keys.length + 1);
  keys.forEach((from, i) => {
    const row = at.row + 2 + i;
    grid.put(row, at.col, [name(from), ...keys.map((to) => matrix[from][to])]);
    keys.forEach((to, j) => {
      if (matrix[from][to] === 0) return;
      grid.ops.push({
        kind: "style",
        range: grid.range(row, at.col + 1 + j, 1, 1),
        style: { ...DIRECTION_FILLS[moveDirection(i, j)] },
      });
    });
  });
  grid.numbers(at.row + 2, at.col + 1, keys.length, keys.length, COUNT);
  const stabilityRow = at.row + 2 + keys.length;
  grid.put(stabilityRow, at.col, [words.sheet.stability, stability ?? words.notAvailable]);
  grid.bold(stabilityRow, at.col, 1);
  if (stability !== null) grid.numbers(stabilityRow, at.col + 1, 1, 1, PERCENT);
}

/**
 * The History sheet (§14), Segmenta's own, rewritten in place on every run: both transition matrices
 * with their stability, each period end's share of turnover per ABC class with a stacked chart of it,
 * the clients who slipped at the last step and those A throughout (largest first), then one row per
 * client — by class at T, then turnover — with its streak and a column per period end holding "A X",
 * coloured by ABC with a conditional format, so a sort or a filter keeps the colours.
 * @example historySheetPlan(input).ops[0] // { kind: "sheet", sheet: "Class history", … }
 */
export function historySheetPlan(input: HistorySheetInput): WritePlan {
  const { history, classification, words, locale } = input;
  const w = words.sheet;
  const h = history.periods.length;
  const sheet = segmentaSheetName(input.workbook, HISTORY_SHEET_MARKER, w.name);
  const grid = new Grid(sheet);
  const period = (j: number) => formatPeriod(history.periods[j], history.granularity, locale);
  const first = h > 0 ? period(0) : "";
  const last = h > 0 ? period(h - 1) : "";
  grid.put(0, 0, [format(w.title, { first, last })]);
  grid.bold(0, 0, 1);

  const { abc, xyz } = history.transitions;
  matrixBlock(grid, { row: 2, col: 0 }, w.abc, ABC_OR_NONE, abc, history.stability.abc, words);
  matrixBlock(grid, { row: 2, col: SECOND_BLOCK }, w.xyz, XYZ_OR_NONE, xyz, history.stability.xyz, words);

  const chartTop = 10;
  grid.put(chartTop, 0, [w.chart]);
  grid.bold(chartTop, 0, 1);
  grid.put(chartTop + 1, 0, [w.periodEnd, "A", "B", "C"]);
  grid.bold(chartTop + 1, 0, 4);
  history.byPeriod.forEach((p, j) =>
    grid.put(chartTop + 2 + j, 0, [period(j), p.classes.A.share, p.classes.B.share, p.classes.C.share]),
  );
  grid.numbers(chartTop + 2, 1, h, 3, PERCENT);
  const chart: WriteOp = {
    kind: "chart",
    name: CHART_NAME,
    chart: "stacked",
    title: w.chart,
    source: grid.range(chartTop + 1, 0, h + 1, 4),
    anchor: grid.range(chartTop, SECOND_BLOCK, CHART_ROWS, CHART_COLS),
  };

  const metricHeader = locale.columns.metric[classification.settings.metric];
  const manager = (c: number) => input.managers[c] ?? input.noManager;
  const metric = (c: number) => classification.clients[c].metric;
  const lists = historyLists(history, classification);
  const listTop = Math.max(chartTop + 2 + h, chartTop + CHART_ROWS) + 1;
  const code = (c: number, j: number) => history.abc[c * h + j];
  const listBlock = (col: number, title: string, none: string, header: PlanValue[], rows: PlanValue[][]) => {
    grid.put(listTop, col, [title]);
    grid.bold(listTop, col, 1);
    if (rows.length === 0) {
      grid.put(listTop + 1, col, [none]);
      return;
    }
    grid.put(listTop + 1, col, header);
    grid.bold(listTop + 1, col, header.length);
    rows.forEach((r, i) => grid.put(listTop + 2 + i, col, r));
  };
  listBlock(
    0,
    format(w.slipping, { before: h > 1 ? period(h - 2) : "", last }),
    w.noneSlipping,
    [w.client, w.manager, w.before, w.now, metricHeader],
    lists.slipping.map((c) => [
      classification.clients[c].name,
      manager(c),
      ABC_OR_NONE[code(c, h - 2)],
      ABC_OR_NONE[code(c, h - 1)],
      metric(c),
    ]),
  );
  listBlock(
    SECOND_BLOCK,
    w.steadyA,
    w.noneSteadyA,
    [w.client, w.manager, metricHeader],
    lists.steadyA.map((c) => [classification.clients[c].name, manager(c), metric(c)]),
  );
  if (lists.slipping.length > 0) {
    grid.numbers(listTop + 2, 4, lists.slipping.length, 1, MONEY);
    grid.ops.push({
      kind: "conditionalFormat",
      range: grid.range(listTop + 2, 2, lists.slipping.length, 2),
      rule: ABC_RULE,
    });
  }
  grid.numbers(listTop + 2, SECOND_BLOCK + 2, lists.steadyA.length, 1, MONEY);

  const tableTop = listTop + 3 + Math.max(lists.slipping.length, lists.steadyA.length, 1);
  clientTable(grid, tableTop, input, { metricHeader, last, period });

  const width = Math.max(LEAD_COLUMNS + h, SECOND_BLOCK + CHART_COLS, SECOND_BLOCK + 5);
  const all = rect(sheet, 0, 0, grid.rows.length, width);
  const ops: WriteOp[] = [
    { kind: "sheet", sheet, marker: HISTORY_SHEET_MARKER, clear: true },
    { kind: "values", range: all, values: padRows(grid.rows, width) },
    ...grid.ops,
    {
      kind: "columnWidths",
      sheet,
      col: 0,
      widths: [28, 18, 14, 12, ...new Array<number>(width - 4).fill(10)],
    },
    ...(h > 0 ? [chart] : []),
    { kind: "name", name: HISTORY_SHEET_MARKER, range: all },
  ];
  return { ops, owned: [all] };
}

/** One row per client — by class at T (none last), then turnover, largest first — with its path. */
function clientTable(
  grid: Grid,
  top: number,
  input: HistorySheetInput,
  text: { metricHeader: string; last: string; period: (j: number) => string },
): void {
  const { history, classification, words } = input;
  const w = words.sheet;
  const h = history.periods.length;
  const n = history.clients;
  const atT = (c: number) => (h === 0 ? NO_CLASS : history.abc[c * h + h - 1]);
  const order = Array.from({ length: n }, (_, c) => c).sort(
    (p, q) => atT(p) - atT(q) || classification.clients[q].metric - classification.clients[p].metric || p - q,
  );
  grid.put(top, 0, [format(w.clients, { last: text.last })]);
  grid.bold(top, 0, 1);
  grid.put(top + 1, 0, [
    w.client,
    w.manager,
    text.metricHeader,
    w.streak,
    ...history.periods.map((_, j) => text.period(j)),
  ]);
  grid.bold(top + 1, 0, LEAD_COLUMNS + h);
  order.forEach((c, i) => {
    const cells: PlanValue[] = [
      classification.clients[c].name,
      input.managers[c] ?? input.noManager,
      classification.clients[c].metric,
      history.abcStreak[c],
    ];
    for (let j = 0; j < h; j++) {
      const a = history.abc[c * h + j];
      const x = history.xyz[c * h + j];
      cells.push(
        a === NO_CLASS ? null : x === NO_CLASS ? ABC_OR_NONE[a] : `${ABC_OR_NONE[a]} ${XYZ_OR_NONE[x]}`,
      );
    }
    grid.put(top + 2 + i, 0, cells);
  });
  grid.numbers(top + 2, 2, n, 1, MONEY);
  grid.numbers(top + 2, 3, n, 1, COUNT);
  if (n === 0 || h === 0) return;
  const paths = grid.range(top + 2, LEAD_COLUMNS, n, h);
  const corner = cellAddress(paths.row, paths.col);
  CLASS_FILLS.forEach((fill, i) =>
    grid.ops.push({
      kind: "conditionalFormat",
      range: paths,
      rule: { kind: "formula", formula: `=LEFT(${corner},1)="${ABC_OR_NONE[i]}"`, ...fill },
    }),
  );
}
