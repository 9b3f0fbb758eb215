import type { Locale } from "../locale/Locale";
import { format } from "../locale/format";
import { formatMoney, formatNumber } from "../locale/intlFormat";
import { DIRECTION_FILLS, moveDirection } from "../plan/classColours";
import { rect } from "../plan/rangeMath";
import { segmentaSheetName } from "../plan/segmentaSheet";
import { NAME_PREFIX, type PlanValue, type WriteOp, type WritePlan } from "../plan/types";
import type { Granularity } from "../settings";
import type { WorkbookSnapshot } from "../snapshot";
import type { team as TeamWordsEn } from "../../locales/en/team";
import type { Words } from "../../locales/Words";
import { formatDay, periodRange } from "./teamText";
import type { MigrationMatrix, TeamFigures, TeamRow } from "./types";
import { periodEnd } from "../periods";
import { padRows } from "../plan/padRow";

export type TeamWords = Words<typeof TeamWordsEn>;

/** The sheet-scoped names that mark Segmenta's Team and Migration sheets. */
const TEAM_SHEET_MARKER = `${NAME_PREFIX}Sheet_team`;
const MIGRATION_SHEET_MARKER = `${NAME_PREFIX}Sheet_migration`;

/** How a column's numbers are written. */
export type TeamColumnFormat = "count" | "money" | "percent" | "decimal";

const FORMATS: Readonly<Record<TeamColumnFormat, string>> = {
  count: "#,##0",
  money: "#,##0.00",
  percent: "0.0%",
  decimal: "0.00",
};

/** One column of the Team sheet: its header, its figure for a row (null: not available) and its format. */
export interface TeamColumn {
  readonly header: string;
  readonly value: (row: TeamRow) => number | null;
  readonly format: TeamColumnFormat;
}

/** Columns under one group title; the Team sheet is a list of these, so more groups can follow. */
export interface TeamColumnGroup {
  readonly title: string;
  readonly columns: readonly TeamColumn[];
}

/**
 * The method's per-manager table in order: counts (clients by status, lost in R, new, restored),
 * amounts (primary, repeat, new directions), class changes, health.
 * @example teamColumnGroups(words)[0].columns[0].header // "Potential"
 */
export function teamColumnGroups(words: TeamWords): TeamColumnGroup[] {
  const c = words.columns;
  const count = (header: string, value: (r: TeamRow) => number | null): TeamColumn => ({
    header,
    value,
    format: "count",
  });
  const money = (header: string, value: (r: TeamRow) => number | null): TeamColumn => ({
    header,
    value,
    format: "money",
  });
  const percent = (header: string, value: (r: TeamRow) => number | null): TeamColumn => ({
    header,
    value,
    format: "percent",
  });
  return [
    {
      title: words.groups.clients,
      columns: [
        count(c.potential, (r) => r.clients.potential),
        count(c.new, (r) => r.clients.new),
        count(c.permanent, (r) => r.clients.permanent),
        count(c.restored, (r) => r.clients.restored),
        count(c.lost, (r) => r.clients.lost),
      ],
    },
    {
      title: words.groups.flow,
      columns: [
        count(c.lostInPeriod, (r) => r.lostInPeriod),
        count(c.primaryClients, (r) => r.primary.clients),
        count(c.restoredClients, (r) => r.restored.clients),
        count(c.newDirectionClients, (r) => r.newDirections?.clients ?? null),
      ],
    },
    {
      title: words.groups.amounts,
      columns: [
        money(c.primary, (r) => r.primary.amount),
        money(c.repeat, (r) => r.repeat.amount),
        money(c.newDirections, (r) => r.newDirections?.amount ?? null),
        money(c.restoredAmount, (r) => r.restored.amount),
        money(c.turnover, (r) => r.turnover),
      ],
    },
    {
      title: words.groups.changes,
      columns: [
        count(c.abcUp, (r) => r.classChanges?.abcUp ?? null),
        count(c.abcDown, (r) => r.classChanges?.abcDown ?? null),
        count(c.xyzChanged, (r) => r.classChanges?.xyzChanged ?? null),
      ],
    },
    {
      title: words.groups.health,
      columns: [
        percent(c.loyaltyIndex, (r) => r.health.loyaltyIndex),
        percent(c.permanentShare, (r) => r.health.permanentShare),
        percent(c.oldClientsShare, (r) => r.health.oldClientsShare),
        { header: c.productsPerClient, value: (r) => r.health.productsPerClient, format: "decimal" },
      ],
    },
  ];
}

/** What the team sheets need besides the figures. */
export interface TeamSheetOptions {
  readonly words: TeamWords;
  readonly locale: Locale;
  readonly granularity: Granularity;
  /** Default: {@link teamColumnGroups}. */
  readonly groups?: readonly TeamColumnGroup[];
}

/** Pads rows to one width. */
function block(rows: readonly (readonly PlanValue[])[]): { values: PlanValue[][]; width: number } {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return { values: padRows(rows, width), width };
}

/**
 * The Team sheet (§8), Segmenta's own, rewritten in place on every run: a title naming R, group
 * titles, headers, one row per manager ("(no manager)" last) and a total row, formatted as counts,
 * money and percents; "n/a" where a figure is not available.
 * @example teamSheetPlan(workbook, team, options).ops[0] // { kind: "sheet", sheet: "Team", … }
 */
export function teamSheetPlan(
  workbook: WorkbookSnapshot,
  team: TeamFigures,
  options: TeamSheetOptions,
): WritePlan {
  const { words, locale } = options;
  const groups = options.groups ?? teamColumnGroups(words);
  const sheet = segmentaSheetName(workbook, TEAM_SHEET_MARKER, words.sheets.team);
  const columns = groups.flatMap((g) => g.columns);
  const period = periodRange(team.period.first, team.period.last, options.granularity, locale);
  const groupRow: PlanValue[] = [null];
  for (const g of groups) groupRow.push(g.title, ...new Array<PlanValue>(g.columns.length - 1).fill(null));
  const line = (r: TeamRow, name: string): PlanValue[] => [
    name,
    ...columns.map((c) => c.value(r) ?? words.notAvailable),
  ];
  const rows: PlanValue[][] = [
    [format(words.title, { period })],
    [],
    groupRow,
    [words.columns.manager, ...columns.map((c) => c.header)],
    ...team.managers.map((m) => line(m, m.manager ?? words.noManager)),
    line(team.total, words.total),
  ];
  const { values, width } = block(rows);
  const all = rect(sheet, 0, 0, values.length, width);
  const first = 4;
  const count = team.managers.length + 1;
  const ops: WriteOp[] = [
    { kind: "sheet", sheet, marker: TEAM_SHEET_MARKER, clear: true },
    { kind: "values", range: all, values },
    { kind: "style", range: rect(sheet, 0, 0, 1, 1), style: { bold: true } },
    { kind: "style", range: rect(sheet, 2, 0, 2, width), style: { bold: true, wrap: true } },
    { kind: "style", range: rect(sheet, first + count - 1, 0, 1, width), style: { bold: true } },
    ...columns.map((c, i): WriteOp => ({
      kind: "numberFormat",
      range: rect(sheet, first, i + 1, count, 1),
      format: FORMATS[c.format],
    })),
    { kind: "style", range: rect(sheet, first, 1, count, width - 1), style: { horizontal: "right" } },
    { kind: "columnWidths", sheet, col: 0, widths: [24, ...new Array<number>(width - 1).fill(13)] },
    { kind: "freeze", sheet, rows: first, cols: 1 },
    { kind: "name", name: TEAM_SHEET_MARKER, range: all },
  ];
  return { ops, owned: [all] };
}

const ABC_ORDER = ["A", "B", "C", "none"] as const;
const XYZ_ORDER = ["X", "Y", "Z", "none"] as const;

/**
 * The Migration sheet (§8): the ABC and XYZ matrices (class at T − w in rows, at T in columns), each
 * cell clients and turnover before → after, coloured by direction; the clients who moved down from A
 * with their manager, largest first; and a chart of turnover by ABC class at T − w and at T.
 * @example migrationSheetPlan(workbook, team, options).ops[0] // { kind: "sheet", sheet: "Migration", … }
 */
export function migrationSheetPlan(
  workbook: WorkbookSnapshot,
  team: TeamFigures,
  options: TeamSheetOptions,
): WritePlan {
  const { words, locale, granularity } = options;
  const m = words.migration;
  const sheet = segmentaSheetName(workbook, MIGRATION_SHEET_MARKER, words.sheets.migration);
  const lastDay = (p: number) => formatDay(periodEnd(p, granularity), locale);
  const dates = {
    before: lastDay(team.period.first - 1),
    last: lastDay(team.period.last),
    period: periodRange(team.period.first, team.period.last, granularity, locale),
  };
  const rows: PlanValue[][] = [[format(m.title, dates)], []];
  const bold: number[] = [0];
  const fills: WriteOp[] = [];
  const migration = team.migration;
  let chartSource: { row: number } | null = null;
  if (migration === null) {
    const w = team.period.last - team.period.first + 1;
    rows.push([
      format(m.notAvailable, {
        periods: w,
        start: formatDay(periodEnd(team.period.first - 1, granularity) + 1, locale),
      }),
    ]);
  } else {
    const matrix = <K extends string>(title: string, keys: readonly K[], cells: MigrationMatrix<K>) => {
      const name = (k: K) => (k === "none" ? m.none : k);
      bold.push(rows.length, rows.length + 1);
      rows.push([format(title, dates)]);
      rows.push([null, ...keys.map(name)]);
      keys.forEach((from, i) => {
        const r = rows.length;
        rows.push([
          name(from),
          ...keys.map((to) => {
            const cell = cells[from][to];
            return cell.clients === 0
              ? null
              : format(m.cell, {
                  clients: formatNumber(cell.clients, locale),
                  before: formatMoney(cell.before, locale),
                  after: formatMoney(cell.after, locale),
                });
          }),
        ]);
        keys.forEach((to, j) => {
          if (cells[from][to].clients === 0) return;
          fills.push({
            kind: "style",
            range: rect(sheet, r, j + 1, 1, 1),
            style: { ...DIRECTION_FILLS[moveDirection(i, j)] },
          });
        });
      });
      rows.push([]);
    };
    matrix(m.abc, ABC_ORDER, migration.abc);
    matrix(m.xyz, XYZ_ORDER, migration.xyz);
    chartSource = { row: rows.length };
    bold.push(rows.length);
    rows.push([m.chart, format(m.seriesBefore, dates), format(m.seriesAfter, dates)]);
    for (const k of ["A", "B", "C"] as const) {
      const before = ABC_ORDER.reduce((s, to) => s + migration.abc[k][to].before, 0);
      const after = ABC_ORDER.reduce((s, from) => s + migration.abc[from][k].after, 0);
      rows.push([k, before, after]);
    }
    rows.push([]);
  }
  bold.push(rows.length);
  rows.push([m.downFromA]);
  if (team.downFromA.length === 0) rows.push([m.noneDown]);
  else {
    bold.push(rows.length);
    rows.push([m.client, m.manager, m.to, m.before, m.after]);
  }
  const listTop = rows.length;
  for (const d of team.downFromA)
    rows.push([d.name, d.manager ?? words.noManager, d.to === "none" ? m.none : d.to, d.before, d.after]);
  const { values, width } = block(rows);
  const all = rect(sheet, 0, 0, values.length, Math.max(width, 5));
  const padded = padRows(values, all.cols);
  const ops: WriteOp[] = [
    { kind: "sheet", sheet, marker: MIGRATION_SHEET_MARKER, clear: true },
    { kind: "values", range: all, values: padded },
    ...bold.map((row): WriteOp => ({
      kind: "style",
      range: rect(sheet, row, 0, 1, all.cols),
      style: { bold: true },
    })),
    ...fills,
    { kind: "columnWidths", sheet, col: 0, widths: [26, ...new Array<number>(all.cols - 1).fill(22)] },
  ];
  if (chartSource !== null) {
    ops.push(
      { kind: "numberFormat", range: rect(sheet, chartSource.row + 1, 1, 3, 2), format: FORMATS.money },
      {
        kind: "chart",
        name: `${NAME_PREFIX}Migration`,
        chart: "columns",
        title: m.chart,
        source: rect(sheet, chartSource.row, 0, 4, 3),
        anchor: rect(sheet, 2, all.cols + 1, 18, 8),
      },
    );
  }
  if (team.downFromA.length > 0)
    ops.push({
      kind: "numberFormat",
      range: rect(sheet, listTop, 3, team.downFromA.length, 2),
      format: FORMATS.money,
    });
  ops.push({ kind: "name", name: MIGRATION_SHEET_MARKER, range: all });
  return { ops, owned: [all] };
}
