/** Why a workbook file (.xlsx, .xlsm) could not be read, as the command line and the standalone page say it. */
export const workbookFile = {
  notZip: "{file} is not an Excel workbook: it is not an .xlsx file, or it was cut short while being copied",
  encrypted:
    "{file} is protected with a password to open it, so it cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear the box), save it, and run again",
  notWorkbook: "{file} is not an Excel workbook: it is a zip archive, but holds no workbook",
  /** `{what}` is one of the `parts` below. */
  unreadable:
    "{file}: {what} could not be read; the file is damaged. Open it in Excel, save it again, and run again",
  /** A decompression bomb, or a file built like one; `{part}` is the archive path. */
  implausible:
    "{file} is not a workbook a spreadsheet program saved: {what} ({part}) would unpack to far more than any spreadsheet writes, or is built as none writes. It was not read",
  /** A part declaring a DOCTYPE (entities, external files). */
  entities:
    "{file} is not a workbook a spreadsheet program saved: {what} ({part}) declares XML entities, which no spreadsheet writes. It was not read",
  /** A cell pointing past the end of the shared texts. */
  badSharedString:
    "{file}: {what} could not be read: cell {cell} points at a shared text the file does not hold; the file is damaged. Open it in Excel, save it again, and run again",
  missing:
    "{file}: {what} is missing from the workbook; the file is incomplete. Open it in Excel, save it again, and run again",
  parts: {
    whole: "the workbook",
    sheet: 'the sheet "{sheet}"',
    sharedStrings: "the table of texts the cells share",
    styles: "the cell formats",
    workbook: "the list of sheets",
    other: "the part {part}",
  },
};
