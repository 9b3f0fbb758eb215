import type { InputIssue } from "../dataset";
import { columnLetters } from "../cells";
import type { PlanIssue } from "../plan/types";
import type { SettingsIssue } from "../settings";
import { format } from "./format";
import type { Locale } from "./Locale";
import { formatNumber, formatPercent } from "./intlFormat";
import { isoDate } from "../periods/serialDate";

/**
 * An input issue in words, naming its cell.
 * @example describeIssue({ code: "notAnAmount", cell: "Sales!C17", content: "abc" }, en) // 'Sales!C17: "abc" is not an amount'
 */
export function describeIssue(issue: InputIssue, locale: Locale): string {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(issue)) values[key] = String(value);
  if ("role" in issue) values.role = locale.roles[issue.role];
  return format(locale.issues[issue.code], values);
}

/**
 * A settings issue in words; thresholds as percents.
 * @example describeSettingsIssue({ code: "abcOrder", a: 0.8, b: 0.5 }, en) // "The A threshold (80%) must be below the B threshold (50%)"
 */
export function describeSettingsIssue(issue: SettingsIssue, locale: Locale): string {
  const template = locale.settingsIssues[issue.code];
  const pct = (v: number) => formatPercent(v, locale);
  switch (issue.code) {
    case "abcOrder":
      return format(template, { a: pct(issue.a), b: pct(issue.b) });
    case "xyzOrder":
      return format(template, { x: pct(issue.x), y: pct(issue.y) });
    case "outOfRange":
      return format(template, {
        field: locale.settingsFields[issue.field] ?? issue.field,
        value: formatNumber(issue.value, locale),
      });
    case "windowMonths":
      return format(template, { value: formatNumber(issue.value, locale) });
    case "fromAfterAsOf":
      return format(template, { from: isoDate(issue.from), asOf: isoDate(issue.asOf) });
  }
}

/**
 * A write-plan issue in words: the sheet, and the limit as Excel shows it (a column letter, a row count).
 * @example describePlanIssue({ code: "noRoom", sheet: "Sales", cols: 7, limit: 16384 }, en) // "Sales: there is no room … (the sheet ends at column XFD)"
 */
export function describePlanIssue(issue: PlanIssue, locale: Locale): string {
  const template = locale.planIssues[issue.code];
  if (issue.code === "noRoom") {
    return format(template, { sheet: issue.sheet, cols: formatNumber(issue.cols, locale), limit: columnLetters(issue.limit - 1) });
  }
  return format(template, { sheet: issue.sheet, rows: formatNumber(issue.rows, locale), limit: formatNumber(issue.limit, locale) });
}
