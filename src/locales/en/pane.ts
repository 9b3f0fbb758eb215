/**
 * The task pane's words, in English (the shape the other languages follow). i18next reads them with
 * `{name}` placeholders; a counted word is `PluralForms` (`{ one, few?, many?, other }`).
 */
import { detect } from "./pane.detect";

export const pane = {
  app: {
    header: {
      title: "Segmenta",
    },
    language: {
      label: "Language",
      en: "English",
      ru: "Русский",
      es: "Español",
    },
    tabs: {
      label: "Steps",
      more: "More steps",
      detect: "Data",
      settings: "Settings",
      run: "Run",
      portrait: "Portrait",
    },
    start: {
      failed: "Segmenta could not start: {message}",
    },
  },
  source: {
    bar: {
      label: "Workbook",
    },
    file: {
      current: "Workbook: {name}",
    },
    sample: {
      button: "Open the sample workbook",
    },
    open: {
      button: "Open a workbook or a CSV file (.xlsx, .csv)",
    },
  },
  detect,
  settings: {
    unit: {
      percent: "%",
    },
    abc: {
      title: "ABC: share of turnover",
      presets: "Threshold presets",
      preset: "{a} / {b}",
      a: "A ends at",
      b: "B ends at",
    },
    xyz: {
      title: "XYZ: variation of demand",
      x: "X up to CV",
      y: "Y up to CV",
    },
    sigma: {
      label: "Standard deviation",
      population: "Population (n)",
      sample: "Sample (n − 1)",
    },
    periods: {
      title: "Periods",
    },
    granularity: {
      label: "Period length",
      month: "Month",
      quarter: "Quarter",
      week: "Week",
    },
    asOf: {
      label: "Analyse up to",
      last: "The last period in the data",
      previous: "The period before the last (last one incomplete)",
      date: "A date I choose",
      dateField: "Date",
    },
    window: {
      label: "Activity window (months)",
      hint: "Clients who bought in this window are active",
    },
    metric: {
      label: "Rank clients by",
      turnover: "Turnover",
      margin: "Margin",
      count: "Number of sales",
    },
    reset: {
      button: "Restore the defaults",
    },
    from: {
      label: "Analyse from",
      hint: "Empty: from the first period in the data",
    },
  },
  run: {
    start: {
      button: "Run",
    },
    again: {
      button: "Run again",
    },
    cancel: {
      button: "Cancel",
    },
    download: {
      button: "Download the result",
    },
    stage: {
      read: "Reading the sheet…",
      classify: "Classifying clients…",
      write: "Writing the results…",
    },
    progress: {
      percent: "{value} %",
    },
    settingsInvalid: "Some settings need fixing before a run (see Settings).",
    cancelled: "The run was cancelled.",
    invalid: {
      title: "The data needs fixing first",
      showData: "Show the data",
    },
    blocked: {
      title: "Nothing was written",
    },
    failed: {
      title: "The run failed",
    },
    writeIssue: {
      protected: "The sheet {sheet} is protected: unprotect it and run again.",
      filtered: "A filter is on in {sheet}: clear it and run again.",
      blocked: {
        one: "{n} cell of yours on {sheet} is where Segmenta would write ({cells}). Move it and run again.",
        other:
          "{n} cells of yours on {sheet} are where Segmenta would write ({cells}). Move them and run again.",
      },
      sheetTaken: "A sheet named {sheet} already exists and is not Segmenta's: rename it and run again.",
    },
  },
  summary: {
    title: "Result",
    clients: {
      one: "{n} client",
      other: "{n} clients",
    },
    counts: {
      label: "Clients per class and status",
      classes: "Clients per class",
      statuses: "Clients per status",
    },
    abcClass: "Class {cls}",
    xyzClass: "Class {cls}",
    goResults: {
      button: "Go to the results",
    },
    goMatrix: {
      button: "Go to the matrix",
    },
  },
  matrix: {
    caption: "Clients in ABC × XYZ",
    corner: "ABC \\ XYZ",
    none: "no XYZ",
    /** The name of a matrix row's cell for clients without an XYZ class. */
    noneCell: "{abc}, no XYZ",
    cell: {
      one: "{cell}: {n} client, {share} of turnover",
      other: "{cell}: {n} clients, {share} of turnover",
    },
  },
  preview: {
    title: "Workbook preview",
    sheets: "Sheets",
    grid: "Cells of {sheet}",
    more: {
      one: "{n} more row not shown",
      other: "{n} more rows not shown",
    },
  },
  portrait: {
    intro:
      "The ideal client portrait: which products each segment should buy, which it buys, and where each client falls short. Segmenta writes it to its own sheets and keeps your marks and plan entries on every update.",
    column: "{letters} · {header}",
    noColumn: "No column chosen",
    noSegment: "(no segment)",
    segment: {
      label: "Segment column",
      hint: "Clients without a segment are grouped as “(no segment)”.",
      wholeBase: "Without a segment column the whole base is one segment, “{name}”.",
    },
    product: {
      label: "Product column",
      hint: "One product per sale row.",
    },
    needsProduct:
      "The portrait needs a product column: choose the column that names the product of each sale.",
    suggest: {
      label: "Suggest targets",
      hint: "Marks the products that at least half of a segment's active clients buy. Check and change them on the target sheet.",
    },
    create: {
      button: "Create portrait sheets",
    },
    update: {
      button: "Update portrait sheets",
    },
    invalid: {
      title: "No portrait was written",
    },
    summary: {
      title: "Portrait",
      size: "{segments} × {products}, {marks}",
      segments: { one: "{n} segment", other: "{n} segments" },
      products: { one: "{n} product", other: "{n} products" },
      targets: { one: "{n} target", other: "{n} targets" },
      noTargets:
        "No target is marked yet: mark the products each segment should buy on the sheet “{sheet}” (any mark), then update.",
      noSuggestion:
        "No product is bought by at least half of a segment's active clients, so none was suggested: mark the products each segment should buy on the sheet “{sheet}” (any mark), then update.",
    },
    goTargets: {
      button: "Go to the target sheet",
    },
    goPlan: {
      button: "Go to the plan",
    },
    gaps: {
      title: "Top gaps per segment",
      product: "Target product",
      share: "Buy it",
      missing: "Clients without",
    },
    lowest: {
      title: "Least developed clients",
      client: "Client",
      degree: "Development",
      next: "Offer next",
      of: "{bought} of {targets}",
    },
  },
  errors: {
    timeout: "Excel did not answer within {seconds} s. Check that the workbook is not busy, then try again.",
    blockTooLarge: "Excel refused a single row (block row {row}) as too large.",
  },
};
