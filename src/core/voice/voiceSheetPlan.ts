import type { Locale } from "../locale/Locale";
import { format } from "../locale/format";
import { formatPeriod } from "../locale/formatPeriod";
import { padRows } from "../plan/padRow";
import { rect } from "../plan/rangeMath";
import { segmentaSheetName } from "../plan/segmentaSheet";
import { NAME_PREFIX, type PlanValue, type WriteOp, type WritePlan } from "../plan/types";
import type { Granularity } from "../settings";
import type { WorkbookSnapshot } from "../snapshot";
import { formatDay } from "../team/teamText";
import { ABC_KEYS, SATISFACTIONS, type VoiceFigures, type VoiceRow } from "./types";
import { VOICE_SHEET_MARKER } from "./voiceHeaders";
import type { VoiceWords } from "./voiceWords";


/** What the sheet needs besides the figures. */
export interface VoiceSheetOptions {
  readonly words: VoiceWords;
  readonly locale: Locale;
  readonly granularity: Granularity;
  /** The "(no manager)" row's name. */
  readonly noManager: string;
}

const RED = { fill: "#FFC7CE", fontColor: "#9C0006", bold: true } as const;

/**
 * The Satisfaction sheet (§13), Segmenta's own, rewritten in place on every run: complaints per
 * manager and category in R with open complaints and mean days to resolve; satisfaction and surveys
 * per manager; satisfaction and open complaints per ABC class with turnover in R, the "A and
 * discontent" cells highlighted; the attention list; the surveys to make; and a column chart of
 * complaints by category per period of the last year.
 * @example voiceSheetPlan(workbook, figures, options).ops[0] // { kind: "sheet", sheet: "Satisfaction", … }
 */
export function voiceSheetPlan(workbook: WorkbookSnapshot, figures: VoiceFigures, options: VoiceSheetOptions): WritePlan {
  const { words, locale, granularity } = options;
  const w = words.sheet;
  const sheet = segmentaSheetName(workbook, VOICE_SHEET_MARKER, w.name);
  const rows: PlanValue[][] = [];
  const bold: number[] = [];
  const formats: { row: number; col: number; rows: number; cols: number; format: string }[] = [];
  const highlights: { row: number; col: number }[] = [];
  const heading = (values: PlanValue[]) => {
    bold.push(rows.length);
    rows.push(values);
  };
  const na = (v: number | null): PlanValue => v;
  const managerName = (r: VoiceRow) => r.manager ?? options.noManager;
  const category = (c: string) => (c === "" ? words.noCategory : c);
  const managerRows = (cells: (r: VoiceRow) => PlanValue[]) => {
    for (const r of figures.managers) rows.push([managerName(r), ...cells(r)]);
    heading([w.total, ...cells(figures.total)]);
  };

  heading([format(w.title, { period: `${formatDay(figures.period.first, locale)}–${formatDay(figures.period.last, locale)}` })]);
  if (figures.hasComplaints) {
    rows.push([]);
    heading([w.complaints]);
    heading([w.manager, ...figures.categories.map(category), w.inPeriod, w.open, w.meanDays]);
    const first = rows.length;
    managerRows((r) => [
      ...figures.categories.map((c) => r.complaints.byCategory[c] ?? 0),
      r.complaints.inPeriod,
      r.complaints.open,
      na(r.complaints.meanDaysToResolve),
    ]);
    formats.push({ row: first, col: figures.categories.length + 3, rows: rows.length - first, cols: 1, format: "0.0" });
  }
  if (figures.hasSurvey) {
    rows.push([]);
    heading([w.satisfaction]);
    heading([w.manager, ...SATISFACTIONS.map((s) => words.bands[s]), w.coverage, w.overdue, w.due]);
    const first = rows.length;
    managerRows((r) => [
      ...SATISFACTIONS.map((s) => r.satisfaction[s]),
      na(r.surveys.coverage),
      r.surveys.overdue,
      r.surveys.dueAfterFirstPurchase,
    ]);
    formats.push({ row: first, col: 5, rows: rows.length - first, cols: 1, format: "0.0%" });
  }

  rows.push([]);
  heading([w.byAbc]);
  const keys = [...(figures.hasSurvey ? SATISFACTIONS : []), ...(figures.hasComplaints ? (["openComplaints"] as const) : [])];
  const label = (k: (typeof keys)[number]) => (k === "openComplaints" ? w.openComplaints : words.bands[k]);
  heading([w.abc, ...keys.map((k) => `${label(k)}, ${w.clients}`), ...keys.map((k) => `${label(k)}, ${w.turnover}`)]);
  const abcFirst = rows.length;
  for (const abc of ABC_KEYS) {
    const cells = figures.byAbc[abc];
    if (abc === "A" && figures.hasSurvey) {
      const at = keys.indexOf("discontent");
      highlights.push({ row: rows.length, col: 1 + at }, { row: rows.length, col: 1 + keys.length + at });
    }
    rows.push([abc === "none" ? w.noClass : abc, ...keys.map((k) => cells[k].clients), ...keys.map((k) => cells[k].turnover)]);
  }
  formats.push({ row: abcFirst, col: 1 + keys.length, rows: ABC_KEYS.length, cols: keys.length, format: "#,##0.00" });

  rows.push([]);
  heading([w.attention]);
  if (figures.attention.length === 0) rows.push([w.noAttention]);
  else {
    heading([w.client, w.manager, w.abc, w.openComplaints, w.lastSurvey, w.score]);
    const first = rows.length;
    for (const a of figures.attention)
      rows.push([a.client, a.manager ?? options.noManager, a.abc ?? w.noClass, a.openComplaints, a.lastSurvey, a.score]);
    formats.push({ row: first, col: 4, rows: rows.length - first, cols: 1, format: "yyyy-mm-dd" });
  }

  if (figures.hasSurvey) {
    rows.push([]);
    heading([w.tasks]);
    if (figures.tasks.length === 0) rows.push([w.noTasks]);
    else {
      heading([w.client, w.product, w.manager, w.since, w.why]);
      const first = rows.length;
      for (const t of figures.tasks)
        rows.push([
          t.client,
          t.product ?? (t.kind === "overdue" ? null : words.general),
          t.manager ?? options.noManager,
          t.since ?? w.never,
          t.kind === "overdue" ? w.overdueWhy : w.firstPurchaseWhy,
        ]);
      formats.push({ row: first, col: 3, rows: rows.length - first, cols: 1, format: "yyyy-mm-dd" });
    }
  }
  if (figures.unknownClients > 0) {
    rows.push([]);
    rows.push([format(w.unknown, { n: figures.unknownClients })]);
  }

  const chartOps: WriteOp[] = [];
  if (figures.hasComplaints && figures.categories.length > 0) {
    rows.push([]);
    heading([w.chart]);
    const top = rows.length;
    heading([w.period, ...figures.categories.map(category)]);
    figures.trend.periods.forEach((p, k) => rows.push([formatPeriod(p, granularity, locale), ...figures.trend.counts[k]]));
    chartOps.push({
      kind: "chart",
      name: `${NAME_PREFIX}Complaints`,
      chart: "columns",
      title: w.chart,
      source: rect(sheet, top, 0, figures.trend.periods.length + 1, figures.categories.length + 1),
      anchor: rect(sheet, top, figures.categories.length + 2, 18, 9),
    });
  }

  const width = Math.max(...rows.map((r) => r.length));
  const values = padRows(rows, width);
  const block = rect(sheet, 0, 0, values.length, width);
  const ops: WriteOp[] = [
    { kind: "sheet", sheet, marker: VOICE_SHEET_MARKER, clear: true },
    { kind: "values", range: block, values },
    ...bold.map((row): WriteOp => ({ kind: "style", range: rect(sheet, row, 0, 1, width), style: { bold: true } })),
    ...formats
      .filter((f) => f.rows > 0 && f.cols > 0)
      .map((f): WriteOp => ({ kind: "numberFormat", range: rect(sheet, f.row, f.col, f.rows, f.cols), format: f.format })),
    ...highlights.map((h): WriteOp => ({ kind: "style", range: rect(sheet, h.row, h.col, 1, 1), style: RED })),
    { kind: "columnWidths", sheet, col: 0, widths: [28, ...new Array<number>(width - 1).fill(14)] },
    ...chartOps,
    { kind: "name", name: VOICE_SHEET_MARKER, range: block },
  ];
  return { ops, owned: [block] };
}
