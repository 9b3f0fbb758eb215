import type { CliWords } from "../cliWords";

/** The command line's own words, in English (the shape the other languages follow). */
export const cli = {
  table: "{file}: {shape} table {range}, {rows}",
  dataRows: { one: "{n} data row", other: "{n} data rows" },
  shape: { wide: "wide (client × period)", long: "long (one row per sale)" },
  window: "Window: {first} – {last} ({count} {by}), activity window {window}",
  periods: { one: "{n} period", other: "{n} periods" },
  columns: "Columns:",
  by: { header: "by header", values: "by values", override: "as given" },
  notes: {
    choseOrderDate: "date: {chosen} chosen over {over}",
    choseSalesAmount: "amount: {chosen} chosen over {over}",
    choseIdKey: "client: the id {chosen} is the key, {over} kept as the name",
    totalsRowSkipped: "totals row {row} skipped",
    totalsColumnSkipped: "totals column {chosen} skipped",
    titleRowsSkipped: "title rows {row}–{header} above the header skipped",
  },
  clients: "Clients: {count}, total {total}",
  abc: "ABC",
  xyz: "XYZ",
  noXyz: "no XYZ",
  statuses: "Statuses",
  matrix: "ABC × XYZ (clients, share of total)",
  warnings: "Warnings:",
  written: "Written: {file}",
  notWritten: "No file written.",
  chartsSkipped: "Charts are not written to .xlsx files by the command line: {names}",
  moreIssues: "… and {count} more problems ({total} in all)",
  columnsHint:
    "Name the columns yourself with --client, --date, --amount (header text or column letter, e.g. --amount C).",
  portrait: {
    title: "Ideal client portrait: {sheets}",
    gaps: "Top gaps per segment (share of its active clients buying a target product):",
    gap: "{product} {share} ({missing} do not buy it)",
    lowest: "Least developed clients (target products bought):",
    client: "{name} ({segment}): {bought} of {targets} ({degree}), offer next: {next}",
    noNext: "—",
    noTargets: 'No target cells are marked yet: mark them on the sheet "{sheet}" or run once with --suggest.',
    notBuilt: "Portrait not built: {reason}",
  },
  problems: {
    missingFile: "{file}: no such file, or it cannot be read",
    unknownType: "{file}: only .csv and .xlsx files can be read",
    noSheet: '{file}: no sheet "{sheet}" (sheets: {sheets})',
    unbalancedQuote:
      '{file}: line {line}: a quote (") opens a field here and is never closed where the field ends, so the lines after it would run into one cell. Close or remove the quote, then run again',
    mixedDelimiters:
      '{file}: line {line}: the fields are separated by "{found}", but the rest of the file uses "{delimiter}" ({fields} fields a line). Save the file again with one separator',
    badOut: "{file}: --out must end in .xlsx (.xlsm for a workbook with macros) or .csv",
    sameFile: "{file}: --out would overwrite the input; choose another file",
    outExists:
      "{file} already exists and may hold your edits (target marks, plan stages), so Segmenta leaves it as it is. To update it, run Segmenta on {file} itself; or choose another --out file; or add --overwrite to replace it",
    writeFailed: "{file}: cannot write the file ({detail})",
    protectedSheet: "{file}: the sheet {sheet} is protected; unprotect it in Excel and run again. Nothing was written",
    noClientList: '{file}: the sheet "{sheet}" has no client and segment columns',
    unexpected: "Unexpected error: {detail} (run with --debug for details)",
    interrupted: "Stopped before the end: nothing was written",
  },
  /** Usage errors: `{option}` as typed, `{value}` the value refused, `{choices}` the values it takes. */
  usage: {
    unknownOption: "Unknown option {option}: segmenta --help lists the options",
    missingValue: "{option} needs a value after it",
    missingFile: "Name the file to classify: segmenta sales.xlsx",
    tooManyFiles: "One file at a time: put a file name with spaces in quotes",
    invalidChoice: '{option}: "{value}" is not one of {choices}',
    notADate: '{option}: "{value}" is not a date (use 2024-03-31)',
    notAShare: '{option}: "{value}" is not a share (use 50 for 50 %)',
    notTwoShares: '{option}: "{value}" is not two thresholds (use 50,80)',
    notWhole: '{option}: "{value}" is not a whole number of months',
  },
} satisfies CliWords;
