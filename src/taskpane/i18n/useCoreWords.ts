import { useMemo } from "react";
import {
  describeIssue,
  describePlanIssue,
  describeSettingsIssue,
  describeWarning,
  formatPeriod,
  getLocale,
  type Granularity,
  type InputIssue,
  type Language,
  type PlanIssue,
  type PeriodId,
  type ResultWarning,
  type SettingsIssue,
  type Status,
} from "../../core";
import { usePaneLanguage } from "./usePaneLanguage";

/** The engine's words (issues, statuses, warnings, periods) in the pane's current language. */
export interface CoreWords {
  readonly issue: (issue: InputIssue) => string;
  readonly settingsIssue: (issue: SettingsIssue) => string;
  readonly planIssue: (issue: PlanIssue) => string;
  readonly status: (status: Status) => string;
  readonly warning: (warning: ResultWarning) => string;
  readonly period: (id: PeriodId, granularity: Granularity) => string;
}

export function coreWords(lang: Language): CoreWords {
  const locale = getLocale(lang);
  return {
    issue: (issue) => describeIssue(issue, locale),
    settingsIssue: (issue) => describeSettingsIssue(issue, locale),
    planIssue: (issue) => describePlanIssue(issue, locale),
    status: (status) => locale.statuses[status],
    warning: (warning) => describeWarning(warning, locale),
    period: (id, granularity) => formatPeriod(id, granularity, locale),
  };
}

export function useCoreWords(): CoreWords {
  const lang = usePaneLanguage();
  return useMemo(() => coreWords(lang), [lang]);
}
