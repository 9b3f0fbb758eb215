import type { AbcReason, Classification, ClientResult, ResultWarning, XyzReason } from "../results";
import type { Granularity, Metric } from "../settings";
import { format } from "./format";
import { formatPeriod } from "./formatPeriod";
import type { Locale } from "./Locale";
import { countedWord, formatNumber, formatPercent } from "./intlFormat";

/**
 * The ABC half of a §10 reason.
 * @example describeAbcReason({ code: "abc", cls: "B", before: 0.624, a: 0.5, b: 0.8 }, "turnover", en)
 * // "B: clients larger than this one already hold 62.4% of turnover (A ends at 50%)"
 */
export function describeAbcReason(reason: AbcReason, metric: Metric, locale: Locale): string {
  const r = locale.reasons;
  switch (reason.code) {
    case "abc":
      return format(r.abc[reason.cls], {
        before: formatPercent(reason.before, locale),
        metric: r.metric[metric],
        a: formatPercent(reason.a, locale),
        b: formatPercent(reason.b, locale),
      });
    case "nonPositive":
      return format(r.nonPositive, { value: formatNumber(reason.metric, locale) });
    case "potential":
      return r.potentialAbc;
  }
}

/**
 * The XYZ half of a §10 reason.
 * @example describeXyzReason({ code: "xyz", cls: "Z", cv: 0.41, n: 14, x: 0.1, y: 0.25 }, "month", en)
 * // "Z: CV 41% over 14 months (Y ends at 25%)"
 */
export function describeXyzReason(reason: XyzReason, granularity: Granularity, locale: Locale): string {
  const r = locale.reasons;
  switch (reason.code) {
    case "xyz":
      return format(r.xyz[reason.cls], {
        cv: formatPercent(reason.cv, locale),
        n: reason.n,
        periods: countedWord(reason.n, locale.granularity.counted[granularity], locale),
        x: formatPercent(reason.x, locale),
        y: formatPercent(reason.y, locale),
      });
    case "new":
      return format(r.newClient, { period: formatPeriod(reason.first, granularity, locale) });
    case "potential":
      return r.potentialXyz;
    case "nonPositiveMean":
      return r.nonPositiveMean;
    case "singlePeriod":
      return r.singlePeriod;
    case "noActiveInWindow":
      return r.noActiveInWindow;
  }
}

/**
 * A client's one-line reason (§10): the ABC part and the XYZ part, or a single sentence for a
 * potential client.
 * @example describeReason(client, classification, en) // "A: clients larger than this one hold 0% of turnover (A ends at 50%); X: CV 0% over 4 months (X up to 10%)"
 */
export function describeReason(
  result: Pick<ClientResult, "reason">,
  classification: Pick<Classification, "axis" | "settings">,
  locale: Locale,
): string {
  const { abc, xyz } = result.reason;
  if (abc.code === "potential" && xyz.code === "potential") return locale.reasons.potential;
  return format(locale.reasons.line, {
    abc: describeAbcReason(abc, classification.settings.metric, locale),
    xyz: describeXyzReason(xyz, classification.axis.granularity, locale),
  });
}

/**
 * A warning about the whole result in words.
 * @example describeWarning({ code: "mostlyZ", share: 0.97, granularity: "month", suggest: "quarter" }, en) // "97% of clients are Z by month: try quarters"
 */
export function describeWarning(warning: ResultWarning, locale: Locale): string {
  const w = locale.warnings;
  const g = locale.granularity;
  switch (warning.code) {
    case "mostlyZ":
      return warning.suggest === null
        ? format(w.mostlyZLongest, {
            share: formatPercent(warning.share, locale),
            by: g.by[warning.granularity],
          })
        : format(w.mostlyZ, {
            share: formatPercent(warning.share, locale),
            by: g.by[warning.granularity],
            suggest: g.plural[warning.suggest],
          });
    case "noPositiveTotal":
      return w.noPositiveTotal;
    case "metricMissing":
      return format(w.metricMissing, { metric: locale.columns.metric[warning.metric] });
    case "coarserPeriods":
      return format(w.coarserPeriods, {
        native: g.plural[warning.native],
        by: g.by[warning.native],
        requested: g.by[warning.requested],
      });
  }
}
