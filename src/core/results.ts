import type { SciBand } from "./sci/types";
import type { Granularity, Settings } from "./settings";

export type AbcClass = "A" | "B" | "C";
export type XyzClass = "X" | "Y" | "Z";
export type Status = "potential" | "new" | "permanent" | "lost" | "restored";

export const STATUSES: readonly Status[] = ["potential", "new", "permanent", "lost", "restored"];

/**
 * A period as a whole number, ordered in time: months are `year * 12 + month0`, quarters
 * `year * 4 + quarter0`, ISO weeks the number of weeks since the Monday of Excel's epoch.
 */
export type PeriodId = number;

export interface PeriodAxis {
  readonly granularity: Granularity;
  /** First period of the window. */
  readonly first: PeriodId;
  /** Period T, the as-of period (inclusive). */
  readonly last: PeriodId;
  /** Number of periods first..last. */
  readonly count: number;
}

/** Why a client got its ABC class (§10); rendered into words by the locale tables. */
export type AbcReason =
  | {
      readonly code: "abc";
      readonly cls: AbcClass;
      /** P: share of turnover held by clients with a strictly larger metric. */
      readonly before: number;
      readonly a: number;
      readonly b: number;
    }
  | { readonly code: "nonPositive"; readonly metric: number } // net returns: C with share 0
  | { readonly code: "potential" }; // no active period: no class

/** Why a client got (or did not get) an XYZ class (§10). */
export type XyzReason =
  | { readonly code: "xyz"; readonly cls: XyzClass; readonly cv: number; readonly n: number; readonly x: number; readonly y: number }
  | { readonly code: "new"; readonly first: PeriodId }
  | { readonly code: "potential" }
  | { readonly code: "nonPositiveMean" }
  | { readonly code: "singlePeriod" } // sample σ with n = 1
  | { readonly code: "noActiveInWindow" }; // bought only before the window (user-chosen start): nothing to measure

export interface ClientResult {
  /** Index into `Dataset.clients` (table order). */
  readonly index: number;
  readonly key: string;
  readonly name: string;
  readonly segment: string | null;
  readonly manager: string | null;
  /** Zero-based sheet row of the client (see `ClientInfo.row`). */
  readonly row: number;
  /** The chosen metric summed over the window. */
  readonly metric: number;
  /** metric / Total for metric > 0, else 0. */
  readonly share: number;
  /** Inclusive cumulative share (P + share); null for potential clients. */
  readonly cumShare: number | null;
  readonly abc: AbcClass | null;
  readonly cv: number | null;
  readonly xyz: XyzClass | null;
  readonly status: Status;
  /** First active period (any time, not only inside the window), null for potential clients. */
  readonly firstActive: PeriodId | null;
  readonly reason: { readonly abc: AbcReason; readonly xyz: XyzReason };
  /** Reliability index as a fraction 0–1 (§11); null without a value; absent when the table has no SCI column. */
  readonly sci?: number | null;
  readonly sciBand?: SciBand | null;
}

/** Something the user should know about the result as a whole (§4). */
export type ResultWarning =
  | { readonly code: "mostlyZ"; readonly share: number; readonly granularity: Granularity; readonly suggest: Granularity | null }
  | { readonly code: "noPositiveTotal" }
  | { readonly code: "metricMissing"; readonly metric: "margin" | "count" }
  /** A wide table's period columns are longer than the chosen granularity: they were used as they are. */
  | { readonly code: "coarserPeriods"; readonly native: Granularity; readonly requested: Granularity };

export interface MatrixCell {
  readonly count: number;
  readonly metric: number;
  readonly share: number;
}

/** §6: rows A/B/C, columns X/Y/Z and "none" (no XYZ class). Potential clients are not in it. */
export interface AbcXyzMatrix {
  readonly cells: Readonly<Record<AbcClass, Readonly<Record<XyzClass | "none", MatrixCell>>>>;
  readonly total: MatrixCell;
}

export interface Classification {
  readonly settings: Settings;
  readonly axis: PeriodAxis;
  /** Activity window length in periods (w of §5). */
  readonly window: number;
  /** Total of §3: sum of positive metrics. */
  readonly total: number;
  /** One per client, in table order. */
  readonly clients: readonly ClientResult[];
  readonly counts: {
    readonly abc: Readonly<Record<AbcClass, number>>;
    readonly xyz: Readonly<Record<XyzClass, number>>;
    readonly status: Readonly<Record<Status, number>>;
  };
  readonly matrix: AbcXyzMatrix;
  readonly warnings: readonly ResultWarning[];
  /** True when the table (or the client list) has an SCI column: the clients carry `sci` and `sciBand`. */
  readonly hasSci?: boolean;
}
