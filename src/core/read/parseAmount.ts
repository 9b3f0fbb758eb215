import type { CellValue } from "../cells";

/** Options of {@link parseAmount}. */
export interface AmountOptions {
  /**
   * The column writes decimals with a comma (`12,50`, `1 234,56`): then a lone `1,234` is 1.234 and a
   * lone `1.234` is 1234. Default false: `1,234` is 1234 and `1.234` is 1.234. See
   * {@link decimalCommaEvidence} to decide it from a column's values.
   */
  readonly decimalComma?: boolean;
}

const CURRENCY = String.raw`(?:[$€£¥₽₸₴₹]|us\$|руб\.?|р\.|р|rub|usd|eur|gbp|mxn|ars|cop|clp|pen|uah|kzt|byn)`;
/** Sign, opening parenthesis, currency, the digits, currency, closing parenthesis, trailing minus. */
const AMOUNT_TEXT = new RegExp(
  String.raw`^([-−+]?)\s*(\()?\s*([-−+]?)\s*${CURRENCY}?\s*([-−]?)\s*(\d[\d\s.,']*)\s*${CURRENCY}?\s*(\))?\s*([-−]?)$`,
  "iu",
);
/** Plain decimal text such as `29.33` or `-120`, which `Number` reads as it is. */
export const SIMPLE_NUMBER = /^-?\d+(\.\d+)?$/;
/** A lone dash is how accounting formats and many reports write zero. */
const DASH_ONLY = /^[-−–—]$/;
const GROUPED_SPACES = /^\d{1,3}(?:[ ']\d{3})+(?:[.,]\d+)?$/;

/**
 * Reads an amount cell: numbers as they are, blank as 0, and text the way people type amounts.
 * Returns null when the cell is not an amount (a word, a percentage, a boolean, an error value).
 *
 * Separator rules, in order: spaces (normal, no-break, narrow) and apostrophes separate thousands
 * and must group by three; with both `,` and `.` present the last one is the decimal mark and the
 * other must group by three; a repeated mark separates thousands; a lone mark is the decimal mark,
 * except a lone comma followed by exactly three digits after 1-3 leading digits (`1,234` = 1234),
 * which the column's {@link AmountOptions.decimalComma} turns around.
 * `(120)` and a trailing minus are negative; a lone dash (`-`, `—`) is zero, as accounting formats show it.
 *
 * @example parseAmount("1 234,56") // 1234.56
 * @example parseAmount("(120)") // -120
 * @example parseAmount("$1,234") // 1234
 * @example parseAmount("12%") // null
 */
export function parseAmount(value: CellValue | undefined, options: AmountOptions = {}): number | null {
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  if (options.decimalComma !== true && SIMPLE_NUMBER.test(value)) return Number(value);
  return parseAmountText(value, options.decimalComma === true);
}

function parseAmountText(raw: string, decimalComma: boolean): number | null {
  const text = raw.replace(/[\u00a0\u202f\u2009\u2007]/g, " ").trim();
  if (text === "" || DASH_ONLY.test(text)) return 0;
  const m = AMOUNT_TEXT.exec(text);
  if (!m) return null;
  const signs = [m[1], m[3], m[4], m[7]].filter((s) => s !== "");
  if (signs.length > 1 || (m[2] === undefined) !== (m[6] === undefined)) return null;
  const negative = m[2] !== undefined || (signs.length === 1 && signs[0] !== "+");
  if (m[2] !== undefined && signs.length > 0) return null;
  const magnitude = readDigits(m[5].trim(), decimalComma);
  if (magnitude === null) return null;
  return negative ? -magnitude : magnitude;
}

/** The value of digits with separators (no sign), or null when the separators make no sense. */
function readDigits(digits: string, decimalComma: boolean): number | null {
  if (/[ ']/.test(digits)) {
    if (!GROUPED_SPACES.test(digits)) return null;
    return Number(digits.replace(/[ ']/g, "").replace(",", "."));
  }
  const commas = count(digits, ",");
  const dots = count(digits, ".");
  if (commas > 0 && dots > 0) {
    const decimal = digits.lastIndexOf(",") > digits.lastIndexOf(".") ? "," : ".";
    const thousands = decimal === "," ? "." : ",";
    if (count(digits, decimal) > 1) return null;
    return grouped(digits, thousands, decimal);
  }
  if (commas + dots === 0) return Number(digits);
  const mark = commas > 0 ? "," : ".";
  if (count(digits, mark) > 1) return grouped(digits, mark, null);
  const [whole, fraction] = digits.split(mark);
  if (whole === "" || fraction === "") return null;
  const looksGrouped = fraction.length === 3 && whole.length <= 3 && whole !== "0";
  const markIsThousands = looksGrouped && (mark === "," ? !decimalComma : decimalComma);
  return markIsThousands ? Number(whole + fraction) : Number(`${whole}.${fraction}`);
}

/** Digits whose `thousands` marks group by three, with an optional `decimal` part. */
function grouped(digits: string, thousands: string, decimal: string | null): number | null {
  const [integer, fraction = ""] = decimal === null ? [digits] : digits.split(decimal);
  const groups = integer.split(thousands);
  if (groups[0].length < 1 || groups[0].length > 3 || groups.slice(1).some((g) => g.length !== 3)) return null;
  if (decimal !== null && fraction === "") return null;
  return Number(groups.join("") + (fraction === "" ? "" : `.${fraction}`));
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text[i] === ch) n++;
  return n;
}

/**
 * What an amount text says about the column's decimal mark: "comma" for `12,50`, `1 234,56`,
 * `1.234,56`; "dot" for `12.5`, `1,234.56`; null when it says nothing (`1,234`, `1234`).
 * @example decimalCommaEvidence("1 234,56") // "comma"
 */
export function decimalCommaEvidence(text: string): "comma" | "dot" | null {
  const m = /(\d)([.,])(\d+)\D*$/.exec(text);
  if (!m) return null;
  const lastMark = m[2];
  const other = lastMark === "," ? "." : ",";
  const before = text.slice(0, m.index + 1);
  if (before.includes(other) || /\d[\s\u00a0\u202f']\d/.test(before)) return lastMark === "," ? "comma" : "dot";
  if (count(text, lastMark) > 1) return null;
  if (m[3].length !== 3) return lastMark === "," ? "comma" : "dot";
  return null;
}
