import type { CellValue, Language } from "../../core";
import { dateOfSerial, formattersFor } from "./format";

/** What a cell's number format asks for, as far as the preview shows it. */
type Shown =
  | { readonly kind: "general" }
  | { readonly kind: "text" }
  | { readonly kind: "date"; readonly day: boolean; readonly time: boolean }
  | { readonly kind: "number"; readonly decimals: number; readonly grouping: boolean; readonly percent: boolean };

const GENERAL: Shown = { kind: "general" };
const parsed = new Map<string, Shown>();

/**
 * How an Excel number format shows a number: a date (with or without the day, with the time), a
 * percent or a number with its decimals and thousands separators, text, or General.
 * @example shownBy("mmm yyyy") // { kind: "date", day: false, time: false }
 * @example shownBy("#,##0.00") // { kind: "number", decimals: 2, grouping: true, percent: false }
 */
function shownBy(numberFormat: string | undefined): Shown {
  if (!numberFormat || /^general$/i.test(numberFormat)) return GENERAL;
  const known = parsed.get(numberFormat);
  if (known) return known;
  // The positive section, without quoted text, escaped characters and [colour]/[$-locale] blocks.
  const bare = (numberFormat.split(";")[0] ?? "").replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, "");
  let shown: Shown;
  if (bare.includes("@")) shown = { kind: "text" };
  else if (/[dy]/i.test(bare) || /m/i.test(bare) || /[hs]/i.test(bare)) {
    shown = { kind: "date", day: /d/i.test(bare) || !/[my]/i.test(bare), time: /[hs]/i.test(bare) };
  } else if (/[0#?]/.test(bare)) {
    const decimals = /\.([0#?]+)/.exec(bare)?.[1]?.length ?? 0;
    shown = { kind: "number", decimals, grouping: /[0#?],[0#?]/.test(bare), percent: bare.includes("%") };
  } else shown = GENERAL;
  if (parsed.size > 512) parsed.clear();
  parsed.set(numberFormat, shown);
  return shown;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(lang: Language, decimals: number, grouping: boolean, percent: boolean): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${grouping}|${percent}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, {
      ...(percent ? { style: "percent" as const } : {}),
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      // Excel groups every number a `#,##0` format covers; Spanish `Intl` would leave 4 digits alone.
      useGrouping: grouping,
    });
    numberFormats.set(key, f);
  }
  return f;
}

function dateFormat(lang: Language, day: boolean, time: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${day}|${time}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, {
      timeZone: "UTC",
      year: "numeric",
      ...(day ? { month: "2-digit" as const, day: "2-digit" as const } : { month: "short" as const }),
      ...(time ? { hour: "2-digit" as const, minute: "2-digit" as const } : {}),
    });
    dateFormats.set(key, f);
  }
  return f;
}

/**
 * A cell as Excel shows it, in the pane's language: a number through its number format (dates as
 * dates, in the language's own order; percents; the format's decimals and separators), text as
 * written, an error by its code.
 * @example cellDisplay(45292, "yyyy-mm-dd", "ru") // "01.01.2024"
 * @example cellDisplay(45292, "mmm yyyy", "es") // "ene 2024"
 * @example cellDisplay(5223.3, "#,##0.00", "es") // "5.223,30"
 */
export function cellDisplay(value: CellValue | undefined, format: string | undefined, lang: Language): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const shown = shownBy(format);
  switch (shown.kind) {
    case "general":
    case "text":
      return formattersFor(lang).number(value);
    case "number":
      return numberFormat(lang, shown.decimals, shown.grouping, shown.percent).format(value);
    case "date": {
      // Excel's days run from 1900-01-00; a negative or absurd serial is shown as Excel's ####.
      if (!Number.isFinite(value) || value < 0 || value > 2_958_465) return "#####";
      const day = Math.floor(value);
      const ms = Math.round((value - day) * 86_400_000);
      const date = new Date(dateOfSerial(day).getTime() + ms);
      return dateFormat(lang, shown.day, shown.time).format(date);
    }
  }
}
