/**
 * The one runner every custom function goes through: it reads arguments as Excel (web or desktop)
 * or HyperFormula hands them over, and turns a problem into the Excel error with a message.
 * The pure implementations return `FunctionResult`s and never touch the `CustomFunctions` global.
 */
import {
  DEFAULT_SETTINGS,
  isBlank,
  parseAmount,
  thresholdFraction,
  validateSettings,
  type Language,
} from "../core";
import {
  errorCodeOf,
  fail,
  ok,
  type FunctionErrorCode,
  type FunctionProblem,
  type FunctionResult,
} from "./functionResult";
import { functionMessage, languageOf } from "./functionMessage";

/** A range argument: rows of cells. A single value stands for a 1 × 1 range. */
export type RangeArg = readonly (readonly unknown[])[];

/**
 * The number a cell holds (Excel and HyperFormula hand over finite numbers only), 0 for a blank
 * (`null` on the web, `0` on desktop, empty text), an amount typed as text the way the engine's
 * reader takes it (`1 234,56`, `(120)`), or the problem with it. `row` and `col` are one-based
 * positions inside the range, for the message.
 * @example amountOf(null, 1, 1) // 0
 */
export function amountOf(cell: unknown, row: number, col: number): number | FunctionProblem {
  if (typeof cell === "number") return cell;
  if (cell === null || cell === undefined) return 0;
  if (typeof cell === "string")
    return parseAmount(cell) ?? { code: "textInRange", text: clip(cell), row, col };
  if (typeof cell === "boolean") return { code: "textInRange", text: cell ? "TRUE" : "FALSE", row, col };
  return { code: "errorInRange", text: errorText(cell), row, col };
}

/** A value as a range: Excel passes ranges as rows of cells, a single value as itself. */
export function asRange(arg: unknown): RangeArg {
  if (Array.isArray(arg)) return arg.length > 0 && !Array.isArray(arg[0]) ? [arg] : (arg as RangeArg);
  return [[arg]];
}

/**
 * Every cell of a range as numbers, row by row (blanks are 0).
 * @example readAmounts([[1], [null], [3]]) // { ok: true, value: Float64Array [1, 0, 3] }
 */
export function readAmounts(arg: unknown): FunctionResult<Float64Array> {
  const rows = asRange(arg);
  let count = 0;
  for (const row of rows) count += row.length;
  if (count === 0) return fail({ code: "emptyRange" });
  const out = new Float64Array(count);
  let k = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      const v = typeof cell === "number" ? cell : amountOf(cell, r + 1, c + 1);
      if (typeof v !== "number") return fail(v);
      out[k++] = v;
    }
  }
  return ok(out);
}

/**
 * Period amounts from one row or one column, oldest first.
 * @example readLine([[1, 2, 3]]) // { ok: true, value: Float64Array [1, 2, 3] }
 */
export function readLine(arg: unknown): FunctionResult<Float64Array> {
  const rows = asRange(arg);
  const cols = rows.reduce((m, row) => Math.max(m, row.length), 0);
  if (rows.length > 1 && cols > 1) return fail({ code: "notOneLine", rows: rows.length, cols });
  return readAmounts(rows);
}

/** Each row of a range as numbers (blanks are 0). */
export function readRows(arg: unknown): FunctionResult<Float64Array[]> {
  const rows = asRange(arg);
  if (rows.length === 0 || rows.every((row) => row.length === 0)) return fail({ code: "emptyRange" });
  const out: Float64Array[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const values = new Float64Array(row.length);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      const v = typeof cell === "number" ? cell : amountOf(cell, r + 1, c + 1);
      if (typeof v !== "number") return fail(v);
      values[c] = v;
    }
    out.push(values);
  }
  return ok(out);
}

/** An optional number argument: `null`/`undefined`/blank give `fallback`. */
export function readNumber(arg: unknown, argument: string, fallback: number): FunctionResult<number> {
  const value = Array.isArray(arg) ? asRange(arg)[0]?.[0] : arg;
  if (value === null || value === undefined || (typeof value === "string" && isBlank(value)))
    return ok(fallback);
  if (typeof value === "number" && Number.isFinite(value)) return ok(value);
  return fail({
    code: "notANumber",
    argument,
    text: typeof value === "string" ? clip(value) : errorText(value),
  });
}

/** The pair of thresholds of one method, as fractions (a value above 1 is a percent). */
export interface Thresholds {
  readonly low: number;
  readonly high: number;
}

/**
 * ABC thresholds `a`, `b` (default 50 % / 80 %), checked by the engine's own settings rules.
 * @example readAbcThresholds(80, 95) // { ok: true, value: { low: 0.8, high: 0.95 } }
 */
export function readAbcThresholds(a: unknown, b: unknown): FunctionResult<Thresholds> {
  return readPair(a, b, "a", "b", DEFAULT_SETTINGS.abc.a, DEFAULT_SETTINGS.abc.b, (low, high) => ({
    ...DEFAULT_SETTINGS,
    abc: { a: low, b: high },
  }));
}

/**
 * XYZ thresholds `x`, `y` (default 10 % / 25 %), checked by the engine's own settings rules.
 * @example readXyzThresholds(null, 0.3) // { ok: true, value: { low: 0.1, high: 0.3 } }
 */
export function readXyzThresholds(x: unknown, y: unknown): FunctionResult<Thresholds> {
  return readPair(x, y, "x", "y", DEFAULT_SETTINGS.xyz.x, DEFAULT_SETTINGS.xyz.y, (low, high) => ({
    ...DEFAULT_SETTINGS,
    xyz: { x: low, y: high },
  }));
}

function readPair(
  lowArg: unknown,
  highArg: unknown,
  lowName: string,
  highName: string,
  lowDefault: number,
  highDefault: number,
  settings: (low: number, high: number) => typeof DEFAULT_SETTINGS,
): FunctionResult<Thresholds> {
  const lowRead = readNumber(lowArg, lowName, lowDefault);
  if (!lowRead.ok) return lowRead;
  const highRead = readNumber(highArg, highName, highDefault);
  if (!highRead.ok) return highRead;
  const low = thresholdFraction(lowRead.value);
  const high = thresholdFraction(highRead.value);
  for (const issue of validateSettings(settings(low, high))) {
    if (issue.code === "outOfRange") {
      const isLow = issue.field.endsWith(`.${lowName}`);
      return fail({
        code: "thresholdRange",
        argument: isLow ? lowName : highName,
        value: isLow ? lowRead.value : highRead.value,
      });
    }
    if (issue.code === "abcOrder" || issue.code === "xyzOrder") {
      return fail({ code: "thresholdOrder", first: lowName, second: highName, low, high });
    }
  }
  return ok({ low, high });
}

/**
 * The activity window in periods (default 3): a whole number from 1.
 * @example readWindow(null) // { ok: true, value: 3 }
 */
export function readWindow(arg: unknown, fallback = 3): FunctionResult<number> {
  const read = readNumber(arg, "window", fallback);
  if (!read.ok) return read;
  if (!Number.isInteger(read.value) || read.value < 1)
    return fail({ code: "windowRange", value: read.value });
  return ok(read.value);
}

/** What the functions throw when there is no `CustomFunctions` global (tests, HyperFormula, Node). */
export class FunctionError extends Error {
  constructor(
    readonly code: FunctionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "FunctionError";
  }
}

/**
 * The value of a result, or the Excel error with the problem in the user's display language:
 * `CustomFunctions.Error` inside Excel, `FunctionError` elsewhere.
 */
export function toExcel<T>(result: FunctionResult<T>): T {
  if (result.ok) return result.value;
  const code = errorCodeOf(result.problem);
  const message = functionMessage(result.problem, displayLanguage());
  const excel = (globalThis as { CustomFunctions?: CustomFunctionsGlobal }).CustomFunctions;
  if (excel !== undefined) throw new excel.Error(excel.ErrorCode[code], message);
  throw new FunctionError(code, message);
}

/** The part of Excel's `CustomFunctions` global the runner uses (present only inside Excel). */
interface CustomFunctionsGlobal {
  readonly Error: new (code: string, message: string) => Error;
  readonly ErrorCode: Readonly<Record<FunctionErrorCode, string>>;
}

/** Office's display language in the shared runtime, English elsewhere. */
export function displayLanguage(): Language {
  if (typeof Office === "undefined") return "en";
  try {
    return languageOf(Office.context?.displayLanguage);
  } catch {
    return "en";
  }
}

function clip(text: string): string {
  const t = text.trim();
  return t.length > 30 ? `${t.slice(0, 29)}…` : t;
}

function errorText(cell: unknown): string {
  if (typeof cell === "object" && cell !== null) {
    const e = cell as { error?: unknown; errorType?: unknown; message?: unknown };
    if (typeof e.error === "string") return e.error;
    if (typeof e.errorType === "string") return `#${e.errorType}`;
  }
  return String(cell);
}
