/**
 * What a custom function's pure implementation returns: a value, or a problem a manager can read.
 * The problem is a code plus values; `functionMessage` turns it into words, and the runner turns it
 * into the Excel error (`#VALUE!` for `invalidValue`, `#N/A` for `notAvailable`).
 */

/** The two Excel errors that show a message of our own. */
export type FunctionErrorCode = "invalidValue" | "notAvailable";

/** A problem with a function's arguments or data, as a code with its values (no words). */
export type FunctionProblem =
  | { readonly code: "textInRange"; readonly text: string; readonly row: number; readonly col: number }
  | { readonly code: "errorInRange"; readonly text: string; readonly row: number; readonly col: number }
  | { readonly code: "emptyRange" }
  | { readonly code: "notOneLine"; readonly rows: number; readonly cols: number }
  | { readonly code: "notANumber"; readonly argument: string; readonly text: string }
  | { readonly code: "noPositive" }
  | { readonly code: "nonPositiveMean" }
  | { readonly code: "singlePeriod" }
  | { readonly code: "negativeCv"; readonly value: number }
  | { readonly code: "thresholdRange"; readonly argument: string; readonly value: number }
  | {
      readonly code: "thresholdOrder";
      readonly first: string;
      readonly second: string;
      readonly low: number;
      readonly high: number;
    }
  | { readonly code: "windowRange"; readonly value: number }
  | { readonly code: "noClientRows" }
  | { readonly code: "noClientColumn"; readonly header: string }
  | { readonly code: "noPeriodColumns" }
  | { readonly code: "amountsWithoutClient"; readonly row: number }
  | { readonly code: "notOneValue"; readonly rows: number; readonly cols: number }
  | { readonly code: "notAnSci"; readonly text: string }
  | { readonly code: "notAScore"; readonly text: string; readonly row: number; readonly col: number }
  | { readonly code: "noScore" };

/** The Excel error each problem shows as: missing data is `#N/A`, a wrong argument `#VALUE!`. */
export function errorCodeOf(problem: FunctionProblem): FunctionErrorCode {
  switch (problem.code) {
    case "noPositive":
    case "nonPositiveMean":
    case "singlePeriod":
    case "noScore":
      return "notAvailable";
    default:
      return "invalidValue";
  }
}

export type FunctionResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: FunctionProblem };

export function ok<T>(value: T): FunctionResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(problem: FunctionProblem): FunctionResult<T> {
  return { ok: false, problem };
}
