/** Why a CSV file (.csv, .txt, .tsv) could not be read, as the command line and the standalone page say it. */
export const csvFile = {
  /** A quote opened on `{line}` is never closed where its field ends. */
  unbalancedQuote:
    '{file}: line {line}: a quote (") opens a field here and is never closed where the field ends, so the lines after it would run into one cell. Close or remove the quote, then run again',
  /** `{line}` is split by `{found}` while the file uses `{delimiter}` (`{fields}` fields a line). */
  mixedDelimiters:
    '{file}: line {line}: the fields are separated by "{found}", but the rest of the file uses "{delimiter}" ({fields} fields a line). Save the file again with one separator',
  /** `{line}` has `{content}` in field `{field}`, right of the table's `{fields}` columns. */
  extraField:
    "{file}: line {line} has a value in field {field} (\"{content}\"), right of the table's {fields} columns: a decimal comma without quotes, or a stray separator. Quote the amount (\"100,50\") or save the file with another separator, then run again",
  /** The standalone page: a file that is not Unicode, and the encoding detector (loaded on demand) did not load. */
  detectorMissing:
    "{file} is not saved as UTF-8, and the page could not load what recognises its encoding (the connection dropped?). Open the file again, or save it from Excel as \"CSV UTF-8\" and open that",
};
