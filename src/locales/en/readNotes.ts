/**
 * What a run assumed or skipped while reading the input, in English: the command line's summary,
 * its `--json` and the task pane's Data step say the same sentences. `{rows}` and `{cols}` list
 * rows and columns as Excel shows them, `{name}` a sheet, an encoding or a range.
 */
export const readNotes = {
  subtotalRowsSkipped: "Subtotal rows {rows} add up the rows above them: skipped, not clients.",
  subtotalColumnsSkipped: "Subtotal columns {cols} add up the periods they close: skipped, not periods.",
  tablesJoined: "The header is repeated in rows {rows}: the blocks have the same columns and are read as one table.",
  emptyTrailingPeriods:
    "Period columns {cols} are blank in every row: the analysis ends at the last period holding a value (a later end period can still be chosen).",
  dateOrderAssumed:
    "Every date in {cols} could be read either way (day and month both 12 or less): read as {order}. Choose the other order if that is wrong.",
  dateOrders: { dmy: "day/month/year", mdy: "month/day/year" },
  sheetUsed: 'Sheet "{name}" is read: the first visible sheet with a table.',
  sheetUsedHidden: 'Sheet "{name}" is read: the first visible sheet with a table (hidden sheets passed over: {others}).',
  encodingUsed: "The file is read as {name}.",
  encodingTie: "The file is read as {name}; {others} is just as likely. If names look wrong, choose that encoding.",
  rangeUsed: "Only the range {name} is read.",
  choices: {
    table: "This sheet holds two tables. Which one to read?",
    dateOrder: "Dates such as 03/04/2024 read as",
    /** A CSV file two encodings explain as well: which to read it in (the standalone page). */
    encoding: "Read the file as",
  },
};
