import type { PluralForms } from "../../locales/Words";
import type { PlanIssue } from "../plan/types";
import type { InputIssue, Role } from "../dataset";
import type { Status } from "../results";
import type { Granularity, Language, Metric, SettingsIssue } from "../settings";

/** Word forms for a count, chosen by `Intl.PluralRules`: one definition for every catalog. */
export type { PluralForms };

/**
 * Every word Segmenta shows, in one language. Templates hold `{placeholders}` filled by `format`;
 * sentences are never glued together from pieces.
 */
export interface Locale {
  readonly language: Language;
  /** BCP-47 tag for `Intl` (numbers, percents, month names). */
  readonly tag: string;
  /** Headers of the result columns. */
  readonly columns: {
    readonly client: string;
    readonly name: string;
    readonly segment: string;
    readonly manager: string;
    /** The metric column, by the metric chosen. */
    readonly metric: Readonly<Record<Metric, string>>;
    readonly share: string;
    readonly cumShare: string;
    readonly abc: string;
    readonly cv: string;
    readonly xyz: string;
    readonly status: string;
    readonly reason: string;
    readonly segmentAbcXyz: string;
  };
  /** Names of the sheets Segmenta creates (at most 31 characters, no `[]:*?/\`). */
  readonly sheets: {
    readonly clients: string;
    readonly matrix: string;
    readonly portrait: string;
    readonly actual: string;
    readonly clientProducts: string;
    readonly plan: string;
    readonly check: string;
  };
  /** Labels of the ABC-XYZ matrix sheet (§6). */
  readonly matrix: {
    readonly title: string;
    readonly clients: string;
    /** The metric of the matrix cells, by the metric chosen. */
    readonly metric: Readonly<Record<Metric, string>>;
    readonly share: string;
    readonly noXyz: string;
    readonly noAbc: string;
    readonly total: string;
    readonly byStatus: string;
    readonly pareto: string;
    readonly others: string;
  };
  readonly statuses: Readonly<Record<Status, string>>;
  /** What each column role is called in messages. */
  readonly roles: Readonly<Record<Role, string>>;
  /** One template per input issue code; placeholders are the issue's fields. */
  readonly issues: { readonly [C in InputIssue["code"]]: string };
  /** One template per settings issue code; placeholders are the issue's fields. */
  readonly settingsIssues: { readonly [C in SettingsIssue["code"]]: string };
  /** One template per write-plan issue code: `{sheet}`, `{cols}`, `{rows}`, `{limit}` (a column letter for noRoom, a row count for tooManyRows). */
  readonly planIssues: { readonly [C in PlanIssue["code"]]: string };
  /** Names of the settings fields that `outOfRange` can name (`abc.a`, …). */
  readonly settingsFields: Readonly<Record<string, string>>;
  /**
   * §10 sentences. Placeholders: `{before}`, `{a}`, `{b}`, `{x}`, `{y}`, `{cv}` as percents,
   * `{metric}` the metric's name in the sentence, `{value}` a number, `{n}` and `{periods}` a count of
   * periods, `{period}` a period.
   */
  readonly reasons: {
    readonly abc: Readonly<Record<"A" | "B" | "C", string>>;
    readonly nonPositive: string;
    readonly potentialAbc: string;
    readonly xyz: Readonly<Record<"X" | "Y" | "Z", string>>;
    readonly newClient: string;
    readonly potentialXyz: string;
    readonly nonPositiveMean: string;
    readonly singlePeriod: string;
    readonly noActiveInWindow: string;
    /** A potential client, said once for both classes. */
    readonly potential: string;
    /** Both parts of a one-line reason: `{abc}` and `{xyz}`. */
    readonly line: string;
    /** The metric as it reads inside a reason ("of {metric}"). */
    readonly metric: Readonly<Record<Metric, string>>;
  };
  readonly warnings: {
    readonly mostlyZ: string;
    readonly mostlyZLongest: string;
    readonly noPositiveTotal: string;
    readonly metricMissing: string;
    readonly coarserPeriods: string;
  };
  /** Granularity words: "by month" and the plural noun ("months") for advice. */
  readonly granularity: {
    readonly by: Readonly<Record<Granularity, string>>;
    readonly plural: Readonly<Record<Granularity, string>>;
    /** Counted periods: "14 months". */
    readonly counted: Readonly<Record<Granularity, PluralForms>>;
  };
  /** Period labels: `{month}` (from Intl), `{q}`, `{week}` and `{year}`. */
  readonly periods: {
    readonly month: string;
    readonly quarter: string;
    readonly week: string;
  };
}
