import type { FunctionProblem } from "../../functions/functionResult";

/** The class limits' parameters, the same for XYZCLASS and XYZ. */
const xyzLimits = {
  x: {
    name: "x",
    description: "Highest CV for X: 0.1 or 10 (default 10 %).",
  },
  y: {
    name: "y",
    description: "Highest CV for Y: 0.25 or 25 (default 25 %).",
  },
};

/** The class limits' parameters, the same for ABCCLASS and ABC. */
const abcLimits = {
  a: {
    name: "a",
    description: "Share that ends class A: 0.5 or 50 (default 50 %).",
  },
  b: {
    name: "b",
    description: "Share that ends class B: 0.8 or 80 (default 80 %).",
  },
};

/** The period amounts of CV.P and CV.S. */
const periodAmounts = {
  name: "values",
  description: "Period amounts, oldest first: one row or one column. Blanks count as 0.",
};

/** The activity window of CLIENTSTATUS and CLASSIFY. */
const activityWindow = {
  name: "window",
  description: "Activity window in periods (default 3: three months).",
};

/**
 * The custom functions' names and descriptions, in English: the same words as the JSDoc of
 * src/functions/functions.ts, from which Excel's functions.json is generated; the build checks that
 * the two agree. Keys are the functions' ids and their parameters' names, which never change.
 */
export const functions = {
  "CV.P": {
    name: "CV.P",
    description:
      "Coefficient of variation (population σ / mean) of period amounts from the first purchase to the end.",
    parameters: {
      values: periodAmounts,
    },
  },
  "CV.S": {
    name: "CV.S",
    description:
      "Coefficient of variation with the sample σ (divides by n − 1) from the first purchase to the end.",
    parameters: {
      values: periodAmounts,
    },
  },
  XYZCLASS: {
    name: "XYZCLASS",
    description:
      "XYZ class (X steady, Y variable, Z irregular) of period amounts, or of a CV given as one number.",
    parameters: {
      values_or_cv: {
        name: "values_or_cv",
        description: "Period amounts, oldest first (a row or a column), or one CV.",
      },
      ...xyzLimits,
    },
  },
  ABCCLASS: {
    name: "ABCCLASS",
    description:
      "ABC class of one amount among all amounts: A while larger clients hold less than a of the total.",
    parameters: {
      value: {
        name: "value",
        description: "The client's turnover.",
      },
      values: {
        name: "values",
        description: "The turnover of every client (the whole column, fixed with $).",
      },
      ...abcLimits,
    },
  },
  ABC: {
    name: "ABC",
    description:
      "ABC classes of a whole column of turnovers at once, spilled beside it. Faster than ABCCLASS filled down.",
    parameters: {
      values: {
        name: "values",
        description: "The turnover of every client.",
      },
      ...abcLimits,
    },
  },
  XYZ: {
    name: "XYZ",
    description: "XYZ class of every row of a client × period table, spilled as a column.",
    parameters: {
      table: {
        name: "table",
        description: "Period amounts, one row per client, oldest period first.",
      },
      ...xyzLimits,
    },
  },
  CLIENTSTATUS: {
    name: "CLIENTSTATUS",
    description:
      "Client status from period amounts whose last cell is the current period: potential, new, permanent, lost or restored.",
    parameters: {
      values: {
        name: "values",
        description: "Period amounts, oldest first, ending with the current period.",
      },
      window: activityWindow,
    },
  },
  SCIBAND: {
    name: "SCIBAND",
    description:
      "Reliability band of a client's index (SCI): secure from 90 %, favourable from 80 %, vulnerable from 70 %, else at risk.",
    parameters: {
      value: {
        name: "value",
        description: "The client's reliability index: 0.85 or 85 or 85 %.",
      },
    },
  },
  SATISFACTION: {
    name: "SATISFACTION",
    description:
      "Satisfaction band of one questionnaire from its scores 1–5: discontent (2 or less), hidden (3) or satisfied (4 or 5), by the lowest answered score.",
    parameters: {
      scores: {
        name: "scores",
        description: "One questionnaire's scores, 1 to 5; blank for a question not asked.",
      },
    },
  },
  CLASSIFY: {
    name: "CLASSIFY",
    description:
      "The whole client table from a sales table: turnover, shares, ABC, CV, XYZ and status, spilled and live.",
    parameters: {
      table: {
        name: "table",
        description: "The table with its header row: clients in the first column, one column per period.",
      },
      a: {
        name: "a",
        description: "Share that ends class A (default 50 %).",
      },
      b: {
        name: "b",
        description: "Share that ends class B (default 80 %).",
      },
      x: {
        name: "x",
        description: "Highest CV for X (default 10 %).",
      },
      y: {
        name: "y",
        description: "Highest CV for Y (default 25 %).",
      },
      window: activityWindow,
    },
  },
};

/** What a custom function says in its cell when it cannot compute, in English; `{placeholders}` are the problem's fields. */
export const functionMessages = {
  textInRange: "Text '{text}' in the range (row {row}, column {col}): amounts only",
  errorInRange: "Error {text} in the range (row {row}, column {col}): fix that cell first",
  emptyRange: "The range is empty",
  notOneLine: "Give one row or one column of period amounts, not {rows} × {cols}",
  notANumber: "{argument} must be a number, not '{text}'",
  noPositive: "No positive amount in the range: no CV",
  nonPositiveMean: "The average from the first purchase is not positive (returns): no CV",
  singlePeriod: "Only one period since the first purchase: the sample CV needs two",
  negativeCv: "A CV cannot be negative ({value})",
  thresholdRange: "Threshold {argument} must be above 0 and below 100% (got {value})",
  thresholdOrder: "Threshold {first} ({low}) must be below {second} ({high})",
  windowRange: "The window must be a whole number of periods from 1 (got {value})",
  noClientRows: "The table needs a header row and at least one client row",
  noClientColumn: "The first column must hold clients, but its header '{header}' is a period or an amount",
  noPeriodColumns: "The table has no period columns after the client column",
  amountsWithoutClient: "Row {row} of the table has amounts but no client",
  notOneValue: "Give one cell, not {rows} × {cols}",
  notAnSci: "'{text}' is not a reliability index: give a fraction from 0 to 1 or a percent from 0 to 100",
  notAScore: "'{text}' is not a score (row {row}, column {col}): give a whole number from 1 to 5, or leave the cell blank",
  noScore: "No score in the row: the questionnaire has no answer",
} satisfies Readonly<Record<FunctionProblem["code"], string>>;

/** The header row CLASSIFY writes above its client rows, in English. */
export const classifyHeader = {
  client: "Client",
  turnover: "Turnover",
  share: "Share",
  cumShare: "Cumulative share",
  abc: "ABC",
  cv: "CV",
  xyz: "XYZ",
  status: "Status",
};

/** The size of a range a function refused: `{rows}` and `{cols}` of its messages. */
export const functionCounts = {
  rows: { one: "{n} row", other: "{n} rows" },
  cols: { one: "{n} column", other: "{n} columns" },
};
