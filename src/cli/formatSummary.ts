import { STATUSES, columnLetters, describeReadNote, isReadNote, countedWord, describeWarning, format, formatNumber, formatPercent, formatPeriod, rangeAddress } from "../core";
import type { AbcClass, Classification, ColumnInfo, Dataset, DetectionNote, Locale, PluralForms, ReadNoteWords, XyzClass } from "../core";
import { surfaceWords } from "../locales";
import type { CliWords } from "../locales/cliWords";
import { sciLines } from "./sciLines";
import type { OutputInfo } from "./resultJson";

const ABC: readonly AbcClass[] = ["A", "B", "C"];
const XYZ: readonly XyzClass[] = ["X", "Y", "Z"];

function columnLine(c: ColumnInfo, locale: Locale, words: CliWords): string {
  return `  ${columnLetters(c.col).padEnd(3)} ${c.header || "—"} → ${locale.roles[c.role]} (${words.by[c.by]})`;
}

/** The columns and their roles; a wide table's period columns as one line (first – last). */
function columnLines(dataset: Dataset, locale: Locale, words: CliWords): string[] {
  const columns = dataset.table.columns.filter((c) => c.role !== "ignore");
  const periods = columns.filter((c) => c.role === "period");
  const lines = columns.filter((c) => c.role !== "period").map((c) => columnLine(c, locale, words));
  if (periods.length > 0) {
    const first = periods[0];
    const last = periods[periods.length - 1];
    const span = `${columnLetters(first.col)}:${columnLetters(last.col)}`;
    lines.push(`  ${span.padEnd(3)} ${first.header} … ${last.header} → ${locale.roles.period} ×${periods.length}`);
  }
  return lines;
}

function noteLine(note: DetectionNote, words: CliWords, dataset: Dataset, readWords: ReadNoteWords): string {
  if (isReadNote(note)) return `  ${describeReadNote(note, readWords)}`;
  const header = (col: number | undefined) => {
    const info = dataset.table.columns.find((c) => c.col === col);
    return col === undefined ? "" : `${columnLetters(col)} "${info?.header ?? ""}"`;
  };
  return `  ${format(words.notes[note.code as keyof CliWords["notes"]], {
    chosen: header(note.chosen),
    over: (note.over ?? []).map(header).join(", "),
    row: note.row === undefined ? "" : note.row + 1,
    header: dataset.table.headerRow,
  })}`;
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
}

/** The ABC × XYZ table: clients and share of the total in each cell. */
function matrixLines(result: Classification, locale: Locale, words: CliWords): string[] {
  const cell = (m: { count: number; share: number }) => `${formatNumber(m.count, locale)} (${formatPercent(m.share, locale)})`;
  const header = ["", ...XYZ, words.noXyz, "Σ"];
  const rows = ABC.map((abc) => {
    const cells = result.matrix.cells[abc];
    const sum = [...XYZ, "none" as const].reduce(
      (acc, x) => ({ count: acc.count + cells[x].count, share: acc.share + cells[x].share }),
      { count: 0, share: 0 },
    );
    return [abc, ...XYZ.map((x) => cell(cells[x])), cell(cells.none), cell(sum)];
  });
  const total = ["Σ", ...XYZ.map((x) => cell(sumColumn(result, x))), cell(sumColumn(result, "none")), cell(result.matrix.total)];
  const table = [header, ...rows, total];
  const widths = header.map((_h, i) => Math.max(...table.map((r) => r[i].length)));
  return table.map((r) => `  ${pad(r, widths)}`);
}

function sumColumn(result: Classification, x: XyzClass | "none"): { count: number; share: number } {
  return ABC.reduce((acc, abc) => ({ count: acc.count + result.matrix.cells[abc][x].count, share: acc.share + result.matrix.cells[abc][x].share }), {
    count: 0,
    share: 0,
  });
}

/**
 * The readable summary of a run: what was detected (table, shape, columns and roles, the deliberate
 * choices), the window, counts per class and status, the ABC × XYZ table, warnings, the portrait
 * lines (see `formatPortrait`), and the output.
 */
export function formatSummary(
  file: string,
  dataset: Dataset,
  result: Classification,
  locale: Locale,
  words: CliWords,
  output: OutputInfo,
  portrait: readonly string[] = [],
  readWords: ReadNoteWords = surfaceWords("readNotes")[locale.language],
): string {
  const t = dataset.table;
  const { granularity } = result.axis;
  const noXyz = ABC.reduce((sum, abc) => sum + result.matrix.cells[abc].none.count, 0);
  const n = (count: number) => formatNumber(count, locale);
  const counted = (count: number, forms: PluralForms) => format(countedWord(count, forms, locale), { n: n(count) });
  const lines = [
    format(words.table, { file, shape: words.shape[t.shape], range: rangeAddress(t.range), rows: counted(t.lastRow - t.firstRow + 1, words.dataRows) }),
    words.columns,
    ...columnLines(dataset, locale, words),
    ...t.notes.map((n) => noteLine(n, words, dataset, readWords)),
    format(words.window, {
      first: formatPeriod(result.axis.first, granularity, locale),
      last: formatPeriod(result.axis.last, granularity, locale),
      count: counted(result.axis.count, words.periods),
      by: locale.granularity.by[granularity],
      window: counted(result.window, words.periods),
    }),
    "",
    format(words.clients, { count: formatNumber(result.clients.length, locale), total: formatNumber(result.total, locale) }),
    `  ${words.abc}: ${ABC.map((c) => `${c} ${n(result.counts.abc[c])}`).join(" · ")}`,
    `  ${words.xyz}: ${XYZ.map((c) => `${c} ${n(result.counts.xyz[c])}`).join(" · ")} · ${words.noXyz} ${n(noXyz)}`,
    `  ${words.statuses}: ${STATUSES.map((s) => `${locale.statuses[s]} ${n(result.counts.status[s])}`).join(" · ")}`,
    ...sciLines(result, locale),
    "",
    words.matrix,
    ...matrixLines(result, locale, words),
  ];
  if (result.warnings.length > 0) lines.push("", words.warnings, ...result.warnings.map((w) => `  ${describeWarning(w, locale)}`));
  if (portrait.length > 0) lines.push("", ...portrait);
  lines.push("");
  if (output.file !== null) lines.push(format(words.written, { file: output.file }));
  if (output.skippedCharts.length > 0) lines.push(format(words.chartsSkipped, { names: output.skippedCharts.join(", ") }));
  return `${lines.join("\n")}\n`;
}
