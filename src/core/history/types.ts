import type { AbcClass, PeriodId, Status, XyzClass } from "../results";
import type { Granularity } from "../settings";

/** A class or its absence, as the history's matrices name it. */
export type AbcOrNone = AbcClass | "none";
export type XyzOrNone = XyzClass | "none";

/** ABC codes of the history's arrays: the index in this list (3: no class). */
export const ABC_OR_NONE: readonly AbcOrNone[] = ["A", "B", "C", "none"];
/** XYZ codes of the history's arrays: the index in this list (3: no class). */
export const XYZ_OR_NONE: readonly XyzOrNone[] = ["X", "Y", "Z", "none"];
/** The code of "no class" in both lists. */
export const NO_CLASS = 3;
/** Status codes of the history's arrays: the index in this list. */
export const HISTORY_STATUSES: readonly Status[] = ["potential", "new", "permanent", "lost", "restored"];

/** Clients by (class at t − 1, class at t), summed over every pair of consecutive period ends. */
export type Transitions<K extends string> = Readonly<Record<K, Readonly<Record<K, number>>>>;

/** One class at one period end: its clients and their share of that period end's ABC total. */
export interface ClassAtPeriod {
  readonly clients: number;
  /** The class's clients' positive metric ÷ the period end's total (0 when the total is 0). */
  readonly share: number;
  /** The class's clients' positive metric. */
  readonly metric: number;
}

/** The ABC classes at one period end, and the total their shares are of (§3's Total as of t). */
export interface PeriodClasses {
  readonly total: number;
  readonly classes: Readonly<Record<AbcClass, ClassAtPeriod>>;
}

/**
 * METHODOLOGY §14: each client's ABC, XYZ and status at each of the last H period ends, as a run made at
 * the end of that period would write them, and what they add up to.
 */
export interface ClassHistory {
  readonly granularity: Granularity;
  /** The period ends, oldest first; the last is T. */
  readonly periods: readonly PeriodId[];
  /** Number of clients, in table order. */
  readonly clients: number;
  /** Client-major codes into ABC_OR_NONE: client c at period end j is at c × periods.length + j. */
  readonly abc: Uint8Array;
  /** Client-major codes into XYZ_OR_NONE. */
  readonly xyz: Uint8Array;
  /** Client-major codes into HISTORY_STATUSES. */
  readonly status: Uint8Array;
  /** Per client: consecutive period ends, ending at T, with its ABC class at T (0 without one). */
  readonly abcStreak: Int32Array;
  readonly transitions: { readonly abc: Transitions<AbcOrNone>; readonly xyz: Transitions<XyzOrNone> };
  /** Kept ÷ classed at both ends of a pair, over every pair; null when no client has a class at both ends. */
  readonly stability: { readonly abc: number | null; readonly xyz: number | null };
  /** One per period end, oldest first. */
  readonly byPeriod: readonly PeriodClasses[];
}
