import type { Locale } from "./Locale";

const percentFormats = new Map<string, Intl.NumberFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const moneyFormats = new Map<string, Intl.NumberFormat>();
const monthFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
/** Percents already written, per tag, by tenths of a percent: shares and CVs repeat in every reason of a table. */
const percentTexts = new Map<string, Map<number, string>>();
/** Plural forms already chosen, per tag, by count. */
const pluralForms = new Map<string, Map<number, Intl.LDMLPluralRule>>();
/** Short month names already written, per tag, by month. */
const monthNames = new Map<string, Map<number, string>>();
const MAX_REMEMBERED = 4096;
/** Below this many tenths of a percent, a fraction times 1000 is within a millionth of its exact decimal. */
const TENTHS_EXACT = 1e9;

/** The value of `tag` in `cache`, made by `make(tag)` the first time (a function made once, not a closure per call). */
function cached<T>(cache: Map<string, T>, tag: string, make: (tag: string) => T): T {
  let value = cache.get(tag);
  if (value === undefined) {
    value = make(tag);
    cache.set(tag, value);
  }
  return value;
}

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= MAX_REMEMBERED) map.clear();
  map.set(key, value);
  return value;
}

/**
 * A fraction as a percent with at most one decimal, written the locale's way. A fraction ≥ 0 that is
 * not on a tie between two tenths rounds to the tenth the formatter would round it to, so the text
 * of that tenth is written once and reused; any other is formatted as it is.
 * @example formatPercent(0.624, ru) // "62,4 %"
 */
export function formatPercent(fraction: number, locale: Locale): string {
  const tenths = fraction * 1000;
  // -0 is left out too: Intl writes it "-0%", and a map does not tell it from 0.
  if (!(tenths >= 0 && tenths < TENTHS_EXACT) || Object.is(tenths, -0) || Math.abs((tenths % 1) - 0.5) < 1e-6)
    return cached(percentFormats, locale.tag, newPercentFormat).format(fraction);
  const rounded = Math.round(tenths);
  const texts = cached(percentTexts, locale.tag, newTextMap);
  return texts.get(rounded) ?? remember(texts, rounded, cached(percentFormats, locale.tag, newPercentFormat).format(rounded / 1000));
}

const newPercentFormat = (tag: string) => new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 });
const newNumberFormat = (tag: string) => new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
const newMoneyFormat = (tag: string) =>
  new Intl.NumberFormat(tag, { useGrouping: true, minimumFractionDigits: 2, maximumFractionDigits: 2 });
const newMonthFormat = (tag: string) => new Intl.DateTimeFormat(tag, { month: "short", timeZone: "UTC" });
const newPluralRules = (tag: string) => new Intl.PluralRules(tag);
const newTextMap = () => new Map<number, string>();
const newFormMap = () => new Map<number, Intl.LDMLPluralRule>();

/**
 * A number with at most two decimals, written the locale's way.
 * @example formatNumber(-1234.5, en) // "-1,234.5"
 */
export function formatNumber(value: number, locale: Locale): string {
  return cached(numberFormats, locale.tag, newNumberFormat).format(value);
}

/**
 * The short name of a month (1–12) in the locale's language.
 * @example shortMonthName(1, es) // "ene"
 */
export function shortMonthName(month: number, locale: Locale): string {
  const names = cached(monthNames, locale.tag, newTextMap);
  let name = names.get(month);
  if (name === undefined) {
    name = cached(monthFormats, locale.tag, newMonthFormat).format(new Date(Date.UTC(2000, month - 1, 1)));
    names.set(month, name);
  }
  return name;
}

/**
 * The plural form of a word for a count, by the language's plural rules.
 * @example countedWord(14, ru.granularity.counted.month, ru) // "месяцев"
 */
export function countedWord(
  count: number,
  forms: Locale["granularity"]["counted"]["month"],
  locale: Locale,
): string {
  const known = cached(pluralForms, locale.tag, newFormMap);
  const rule = known.get(count) ?? remember(known, count, cached(pluralRules, locale.tag, newPluralRules).select(count));
  if (rule === "one") return forms.one;
  if (rule === "few") return forms.few ?? forms.other;
  if (rule === "many") return forms.many ?? forms.other;
  return forms.other;
}

/**
 * An amount with exactly two decimals and every thousands separator, as Excel writes `#,##0.00`
 * (Spanish `Intl` leaves 4-digit numbers ungrouped; Excel does not).
 * @example formatMoney(5223.3, es) // "5.223,30"
 */
export function formatMoney(value: number, locale: Locale): string {
  return cached(moneyFormats, locale.tag, newMoneyFormat).format(value);
}
