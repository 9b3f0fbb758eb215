import type { Locale } from "../locale";
import { describeReason, format } from "../locale";
import type { Classification, ClientResult, Status } from "../results";
import type { SciBand } from "../sci/types";
import type { SciWords } from "../sci/sciWords";
import type { ConditionalRule, PlanValue } from "./types";

/**
 * Every word a plan writes, taken from the locale tables once per plan, so that the layout code
 * deals with strings only.
 */
export interface PlanWords {
  /** Share, Cum. share, ABC, CV, XYZ, Status, Reason. */
  readonly resultHeaders: readonly string[];
  /** Client, Name, Segment, Manager, metric, then the seven result headers. */
  readonly clientHeaders: readonly string[];
  readonly sheets: { readonly clients: string; readonly matrix: string };
  readonly matrix: {
    readonly title: string;
    readonly count: string;
    readonly metric: string;
    readonly share: string;
    readonly none: string;
    readonly total: string;
    readonly byStatus: string;
    readonly noClass: string;
    readonly pareto: string;
    /** The row that sums the clients not shown one by one. */
    readonly others: (count: number) => string;
    readonly client: string;
    readonly cumShare: string;
  };
  readonly status: (status: Status) => string;
  readonly reason: (client: ClientResult) => string;
  /** Present when the clients carry a reliability index: the SCI and band columns follow XYZ. */
  readonly sci?: { readonly band: (band: SciBand) => string; readonly words: SciWords };
  /** Present when the run has complaints or survey tables: their columns follow Reason (§13). */
  readonly voice?: ResultExtraColumns;
}

/** Columns a run adds after Reason: headers, each client's cells, widths and formats. */
export interface ResultExtraColumns {
  readonly headers: readonly string[];
  readonly cells: (client: ClientResult) => PlanValue[];
  readonly widths: readonly number[];
  /** Number formats by offset among these columns (a date column's). */
  readonly formats: readonly { readonly offset: number; readonly format: string }[];
  /** Conditional rules by offset (a satisfaction column's colours). */
  readonly rules: readonly { readonly offset: number; readonly rule: ConditionalRule }[];
}

/**
 * The words of a plan in the locale's language, the reason column by `describeReason`.
 * @example planWords(en, classification).resultHeaders // ["Share", "Cum. share", "ABC", "CV", "XYZ", "Status", "Reason"]
 */
export function planWords(
  locale: Locale,
  classification: Classification,
  sci?: SciWords,
  voice?: ResultExtraColumns,
): PlanWords {
  const c = locale.columns;
  const metric = classification.settings.metric;
  const withSci = classification.hasSci === true && sci !== undefined ? sci : null;
  const sciHeaders = withSci ? [withSci.columns.sci, withSci.columns.band] : [];
  const resultHeaders = [c.share, c.cumShare, c.abc, c.cv, c.xyz, ...sciHeaders, c.status, c.reason, ...(voice?.headers ?? [])];
  const m = locale.matrix;
  return {
    resultHeaders,
    clientHeaders: [c.client, c.name, c.segment, c.manager, c.metric[metric], ...resultHeaders],
    sheets: { clients: locale.sheets.clients, matrix: locale.sheets.matrix },
    matrix: {
      title: m.title,
      count: m.clients,
      metric: m.metric[metric],
      share: m.share,
      none: m.noXyz,
      total: m.total,
      byStatus: m.byStatus,
      noClass: m.noAbc,
      pareto: m.pareto,
      others: (count) => format(m.others, { count }),
      client: c.client,
      cumShare: c.cumShare,
    },
    status: (status) => locale.statuses[status],
    reason: (client) => describeReason(client, classification, locale),
    ...(withSci ? { sci: { band: (band: SciBand) => withSci.bands[band], words: withSci } } : {}),
    ...(voice ? { voice } : {}),
  };
}
