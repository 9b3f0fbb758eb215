import type { AbcClass, Status, XyzClass } from "../results";

/**
 * What the data says about segments × products in the analysis window (METHODOLOGY §7).
 * Matrices are row-major typed arrays. Group rows are the named segments in `segments` order,
 * then one last row for clients without a segment ("(no segment)").
 */
export interface PortraitFacts {
  /** Named segments, sorted by name. */
  readonly segments: readonly string[];
  /** Products, sorted by name. */
  readonly products: readonly string[];
  /** Per client (table order): index into `segments`, or -1 for no segment. */
  readonly clientSegment: Int32Array;
  /** Per client: 1 when the client is active (status ≠ potential and bought in the window). */
  readonly clientActive: Uint8Array;
  /** Clients × products: the client's summed amount of the product in the window. */
  readonly clientTurnover: Float64Array;
  /** Per group (segments, then no segment): every client of the group. */
  readonly clients: Int32Array;
  /** Per group: its active clients. */
  readonly active: Int32Array;
  /** Groups × products: active clients of the group that bought the product (summed amount > 0). */
  readonly buyers: Int32Array;
  /** Groups × products: the turnover of those buyers in the product. */
  readonly turnover: Float64Array;
}

/** The target matrix (the ideal client portrait): which products each segment should buy. */
export interface TargetMatrix {
  readonly segments: readonly string[];
  readonly products: readonly string[];
  /** Marked cells as `targetKey(segment, product)`. */
  readonly marks: ReadonlySet<string>;
  /** Segments and products kept from an earlier run that are no longer in the data. */
  readonly flagged: { readonly segments: ReadonlySet<string>; readonly products: ReadonlySet<string> };
  /** The marks as the user typed them ("x", 1, …), so a re-run writes them back unchanged. */
  readonly labels?: ReadonlyMap<string, string | number | boolean>;
  /** Rows and columns the sheet's layout took when it was read (header, names, notes), for clearing it. */
  readonly extent?: { readonly rows: number; readonly cols: number };
}

/** One client measured against its segment's targets. */
export interface ClientPortrait {
  /** Index into `Dataset.clients`. */
  readonly index: number;
  readonly key: string;
  readonly name: string;
  readonly segment: string | null;
  readonly manager: string | null;
  readonly abc: AbcClass | null;
  readonly xyz: XyzClass | null;
  readonly status: Status;
  /** The client's metric over the window (for sorting). */
  readonly metric: number;
  /** Target products of its segment that are in the data. */
  readonly targets: number;
  /** Of those, the ones it bought in the window. */
  readonly bought: number;
  /** bought / targets; null when the client has no segment or the segment has no targets. */
  readonly degree: number | null;
  /** Target products it does not buy, in `PortraitFacts.products` order. */
  readonly missing: readonly string[];
  /** The missing product to offer first, or null when nothing is missing. */
  readonly next: string | null;
}

export interface PortraitGaps {
  readonly facts: PortraitFacts;
  /** One per client, table order. */
  readonly clients: readonly ClientPortrait[];
}

/** The stage a manager keeps for a plan row: the method's sales stages (§12), in order, then refused. */
export type Stage = "notOffered" | "presentation" | "offer" | "contract" | "payment" | "closed" | "refused";
export const STAGES: readonly Stage[] = ["notOffered", "presentation", "offer", "contract", "payment", "closed", "refused"];

/**
 * open: a current gap; done: the client now buys the product; dropped: the product is no longer a
 * target of the client's segment; gone: the client or the product is no longer in the data.
 */
export type PlanRowState = "open" | "done" | "dropped" | "gone";
export const PLAN_ROW_STATES: readonly PlanRowState[] = ["open", "done", "dropped", "gone"];

/** What a manager types into a plan row, kept through re-runs. */
export interface PlanEntry {
  readonly stage: Stage;
  /** A stage typed in words Segmenta does not know, kept as typed. */
  readonly stageText?: string;
  /** An Excel date serial, or text as typed, or null. */
  readonly date: number | string | null;
  readonly comment: string;
  /** The stage the row had at the run before it turned to refused (§12), kept while it stays refused. */
  readonly refusedAt?: Stage | null;
  /** The stage Segmenta wrote at the last run, so that the next run sees what changed. */
  readonly lastStage?: Stage | null;
}

/** A plan row as Segmenta's plan sheet holds it. */
export interface PreviousPlanRow extends PlanEntry {
  readonly clientKey: string;
  readonly client: string;
  readonly segment: string | null;
  readonly manager: string | null;
  readonly product: string;
}

export interface PlanRow extends PreviousPlanRow {
  readonly abc: AbcClass | null;
  readonly status: Status | null;
  readonly metric: number;
  readonly state: PlanRowState;
}

/** §7: what the method uses to correct the portrait. */
export interface PortraitCheck {
  /** Products sold in the window that no segment targets. */
  readonly untargeted: readonly { readonly product: string; readonly turnover: number; readonly buyers: number }[];
  /** Target cells that no active client of the segment buys; `turnover` is the product's turnover in all other groups. */
  readonly unbought: readonly {
    readonly segment: string;
    readonly product: string;
    readonly activeClients: number;
    readonly turnover: number;
  }[];
}
