import { InvalidArgumentError } from "commander";
import { columnIndex, dateOrderOfLocale } from "../core";

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
