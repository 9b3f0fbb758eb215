import type { Locale } from "../locale/Locale";
import { format } from "../locale/format";
import { rect } from "../plan/rangeMath";
import { segmentaSheetName } from "../plan/segmentaSheet";
import { NAME_PREFIX, type PlanValue, type WriteOp, type WritePlan } from "../plan/types";
import type { Granularity } from "../settings";
import type { WorkbookSnapshot } from "../snapshot";
import type { team as TeamWordsEn } from "../../locales/en/team";
import type { Words } from "../../locales/Words";
import { periodRange } from "./teamText";
import type { TeamFigures, TeamRow } from "./types";
import { padRows } from "../plan/padRow";

export type TeamWords = Words<typeof TeamWordsEn>;

/** The sheet-scoped name that marks Segmenta's Team sheet. */
const TEAM_SHEET_MARKER = `${NAME_PREFIX}Sheet_team`;

/** How a column's numbers are written. */
export type TeamColumnFormat = "count" | "money" | "percent" | "decimal";

export const FORMATS: Readonly<Record<TeamColumnFormat, string>> = {
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
export function block(rows: readonly (readonly PlanValue[])[]): { values: PlanValue[][]; width: number } {
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
