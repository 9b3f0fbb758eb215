/** Every setting of METHODOLOGY.md; every default is the method's. */
import { periodOf } from "./periods/periodOf";

export type Granularity = "month" | "quarter" | "week";
export type SigmaKind = "population" | "sample";
export type Metric = "turnover" | "margin" | "count";
/** The languages come from one list: src/locales/languages.ts. */
export type { Language } from "../locales/languages";

/** Where the analysis ends (period T). */
export type AsOf =
  | { readonly kind: "last" } // the last period present in the data
  | { readonly kind: "previous" } // the last period is incomplete: use the one before it
  | { readonly kind: "date"; readonly serial: number }; // the period that contains this date

export interface Settings {
  /** ABC thresholds as fractions of turnover: A while P < a, B while P < b. */
  readonly abc: { readonly a: number; readonly b: number };
  /** XYZ thresholds as fractions: X if CV ≤ x, Y if CV ≤ y. */
  readonly xyz: { readonly x: number; readonly y: number };
  readonly granularity: Granularity;
  readonly asOf: AsOf;
  /** Excel serial of the window's first day, or null for the first period in the data. */
  readonly from: number | null;
  /** The activity window of §5, in months. */
  readonly windowMonths: number;
  readonly sigma: SigmaKind;
  readonly metric: Metric;
}

export const DEFAULT_SETTINGS: Settings = {
  abc: { a: 0.5, b: 0.8 },
  xyz: { x: 0.1, y: 0.25 },
  granularity: "month",
  asOf: { kind: "last" },
  from: null,
  windowMonths: 3,
  sigma: "population",
  metric: "turnover",
};

export const ABC_PRESETS: readonly { readonly a: number; readonly b: number }[] = [
  { a: 0.5, b: 0.8 },
  { a: 0.8, b: 0.95 },
  { a: 0.7, b: 0.9 },
];

/**
 * The activity window in periods: 3 months are 3 months, 1 quarter, 13 ISO weeks.
 * @example windowPeriods(3, "week") // 13
 */
export function windowPeriods(windowMonths: number, granularity: Granularity): number {
  if (granularity === "month") return Math.max(1, Math.round(windowMonths));
  if (granularity === "quarter") return Math.max(1, Math.round(windowMonths / 3));
  return Math.max(1, Math.round((windowMonths * 13) / 3));
}

export type SettingsIssue =
  | { readonly code: "abcOrder"; readonly a: number; readonly b: number }
  | { readonly code: "xyzOrder"; readonly x: number; readonly y: number }
  | { readonly code: "outOfRange"; readonly field: string; readonly value: number }
  | { readonly code: "windowMonths"; readonly value: number }
  /** The window's first day falls in a period after period T asked for (`--from` after `--as-of`). */
  | { readonly code: "fromAfterAsOf"; readonly from: number; readonly asOf: number };

/** Checks a settings object; an empty list means usable. */
export function validateSettings(s: Settings): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  const frac = (field: string, v: number) => {
    if (!Number.isFinite(v) || v <= 0 || v >= 1) issues.push({ code: "outOfRange", field, value: v });
  };
  frac("abc.a", s.abc.a);
  frac("abc.b", s.abc.b);
  if (s.abc.a >= s.abc.b) issues.push({ code: "abcOrder", a: s.abc.a, b: s.abc.b });
  if (!Number.isFinite(s.xyz.x) || s.xyz.x < 0) issues.push({ code: "outOfRange", field: "xyz.x", value: s.xyz.x });
  if (!Number.isFinite(s.xyz.y) || s.xyz.y <= 0) issues.push({ code: "outOfRange", field: "xyz.y", value: s.xyz.y });
  if (s.xyz.x >= s.xyz.y) issues.push({ code: "xyzOrder", x: s.xyz.x, y: s.xyz.y });
  if (!Number.isInteger(s.windowMonths) || s.windowMonths < 1 || s.windowMonths > 60)
    issues.push({ code: "windowMonths", value: s.windowMonths });
  if (s.from !== null && s.asOf.kind === "date" && periodOf(s.from, s.granularity) > periodOf(s.asOf.serial, s.granularity))
    issues.push({ code: "fromAfterAsOf", from: s.from, asOf: s.asOf.serial });
  return issues;
}

/**
 * Reads a threshold given as a fraction (0.5) or a percent (50): a value above 1 is a percent.
 * @example thresholdFraction(80) // 0.8
 */
export function thresholdFraction(value: number): number {
  return value > 1 ? value / 100 : value;
}
