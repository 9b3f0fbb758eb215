/**
 * The Data step's words, in English: a part of `pane` (`pane.ts`), in a file of its own to keep each
 * file short. A file named `<surface>.<part>.ts` is part of a surface, not a surface of its own.
 */
export const detect = {
  sheet: {
    label: "Sheet",
    hint: "The sheet Segmenta takes the table from",
  },
  reading: {
    label: "Reading the sheet…",
  },
  failed: {
    title: "The sheet could not be read",
  },
  reread: {
    button: "Read again",
  },
  none: "No table was found on this sheet.",
  table: {
    title: "Table found",
    address: "Range",
    shape: "Layout",
    clients: "Clients",
    periods: "Data from",
    range: "{from} – {to}",
    asOf: "As of",
  },
  shape: {
    wide: "one column per period",
    long: "one row per sale",
  },
  roles: {
    title: "Columns",
    column: "{letters} · {header}",
    noHeader: "(no header)",
    periods: {
      one: "{count} period column ({from})",
      other: "{count} period columns ({from}–{to})",
    },
    by: {
      header: "Found by its header",
      values: "Found by its values",
      override: "Your choice",
    },
  },
  role: {
    client: "Client (key)",
    clientName: "Client name",
    date: "Date",
    amount: "Amount",
    margin: "Margin",
    quantity: "Quantity",
    segment: "Segment",
    product: "Product",
    manager: "Manager",
    sci: "Reliability index (SCI)",
    period: "Period",
    total: "Total (ignored)",
    ignore: "Not used",
  },
  issues: {
    title: {
      one: "{n} input error",
      other: "{n} input errors",
    },
    someShown: {
      one: "{n} input error, the first {shown} listed",
      other: "{n} input errors, the first {shown} listed",
    },
    select: "Select {cell}",
  },
  note: {
    choseOrderDate: "{chosen} is read as the date of sale (not {over}).",
    choseSalesAmount: "{chosen} is read as the sales amount (not {over}).",
    choseIdKey: "{chosen} is the client key; {over} is kept as the name.",
    totalsRowSkipped: "Row {row} holds totals: it is not a client.",
    totalsColumnSkipped: "{chosen} holds totals: it is ignored.",
    titleRowsSkipped: "Title rows above the table are skipped.",
  },
  notes: {
    label: "How the table was read",
  },
};
