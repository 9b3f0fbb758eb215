import { formatMoney, formatNumber } from "../locale/intlFormat";
import { DIRECTION_FILLS, moveDirection } from "../plan/classColours";
import { rect } from "../plan/rangeMath";
import { segmentaSheetName } from "../plan/segmentaSheet";
import { NAME_PREFIX, type PlanValue, type WriteOp, type WritePlan } from "../plan/types";
import type { WorkbookSnapshot } from "../snapshot";
import { format } from "../locale/format";
import { periodEnd } from "../periods";
import { formatDay, periodRange } from "./teamText";
import { padRows } from "../plan/padRow";
import { block, FORMATS, type TeamSheetOptions } from "./teamSheetPlan";
import type { MigrationMatrix, TeamFigures } from "./types";

/** The sheet-scoped name that marks Segmenta's Migration sheet. */
const MIGRATION_SHEET_MARKER = `${NAME_PREFIX}Sheet_migration`;

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
