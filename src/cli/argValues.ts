import { InvalidArgumentError } from "commander";
import { columnIndex, dateOrderOfLocale, parseDate, thresholdFraction, type AsOf } from "../core";
import { isKnownEncoding } from "./decodeText";

/** `A1:F200` (or `$A$1:$F$200`) as zero-based row, column and size; refused (commander's `InvalidArgumentError`) when it is not one. */
export function rangeArg(text: string): { row: number; col: number; rows: number; cols: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7}):\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  const r1 = m ? Number(m[2]) - 1 : -1;
  const r2 = m ? Number(m[4]) - 1 : -1;
  if (!m || r1 < 0 || r2 < r1 || r2 >= 1_048_576) throw new InvalidArgumentError(`"${text}" is not a range.`);
  const c1 = columnIndex(m[1].toUpperCase());
  const c2 = columnIndex(m[3].toUpperCase());
  if (c1 < 0 || c2 < c1 || c2 >= 16_384) throw new InvalidArgumentError(`"${text}" is not a range.`);
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

/**
 * The day order of the locale the system runs in: `LANG` (`en_US.UTF-8`) when set, else the one
 * Intl resolved; "mdy" when the locale writes the month before the day (`11/22/2024`), else "dmy".
 * @example dateOrderOfEnv("en_US.UTF-8") // "mdy"; dateOrderOfEnv("ru_RU.UTF-8") // "dmy"
 */
export function dateOrderOfEnv(lang: string | undefined): "dmy" | "mdy" {
  const tag = (lang ?? "").split(".")[0].split("@")[0].replace("_", "-");
  return dateOrderOfLocale(tag === "C" || tag === "POSIX" ? undefined : tag);
}

/**
 * A date given on the command line: `2024-03-31`, `31.03.2024`, `20240331` or a month `2024-03`.
 * @example dateArg("2024-03") // 45352 (1 March 2024)
 */
export function dateArg(text: string): number {
  const month = /^(\d{4})-(\d{1,2})$/.exec(text.trim());
  const serial = parseDate(month ? `${month[1]}-${month[2]}-01` : text);
  if (serial === null) throw new InvalidArgumentError(`"${text}" is not a date (use 2024-03-31).`);
  return serial;
}

export function asOfArg(text: string): AsOf {
  const word = text.trim().toLowerCase();
  if (word === "last" || word === "previous") return { kind: word };
  return { kind: "date", serial: dateArg(text) };
}

/** `50`, `50%` or `0.5` as a fraction (0.5); null when it is not a share from 0 to 100 %. */
function percentOrFraction(text: string): number | null {
  const n = Number(text.trim().replace(/%$/, ""));
  return text.trim() !== "" && Number.isFinite(n) && n >= 0 && n <= 100 ? thresholdFraction(n) : null;
}

/** `50` or `0.5` → one fraction between 0 and 1. */
export function shareArg(text: string): number {
  const share = percentOrFraction(text);
  if (share === null) throw new InvalidArgumentError(`"${text}" is not a share (use 50 for 50 %).`);
  return share;
}

/** `50,80` → two fractions; percents or fractions, as in the task pane. */
export function pairArg(text: string): [number, number] {
  const shares = text
    .split(/[,;/ ]+/)
    .filter((p) => p !== "")
    .map(percentOrFraction);
  if (shares.length !== 2 || shares[0] === null || shares[1] === null) {
    throw new InvalidArgumentError(`"${text}" is not two thresholds (use 50,80).`);
  }
  return [shares[0], shares[1]];
}

export function wholeArg(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`"${text}" is not a whole number of months.`);
  return n;
}

export function periodEndsArg(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`"${text}" is not a number of period ends.`);
  return n;
}

/** `--encoding`: a name iconv-lite knows, as given. */
export function encodingArg(text: string): string {
  if (!isKnownEncoding(text.trim())) throw new InvalidArgumentError(`"${text}" is not an encoding.`);
  return text.trim();
}
