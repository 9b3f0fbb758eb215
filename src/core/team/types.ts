import type { EarlierClasses } from "./earlierClasses";
import type { AbcClass, Classification, PeriodId, Status, XyzClass } from "../results";

/** Clients and an amount: turnover in R unless said otherwise. */
export interface ClientsAmount {
  readonly clients: number;
  readonly amount: number;
}

/** Class changes between T − w and T of clients with a class at both dates (§8). */
export interface ClassChanges {
  readonly abcUp: number;
  readonly abcDown: number;
  readonly xyzChanged: number;
}

/** Health of the client base (§8); null where the denominator is zero or the data cannot tell. */
export interface Health {
  readonly loyaltyIndex: number | null;
  readonly permanentShare: number | null;
  readonly oldClientsShare: number | null;
  readonly productsPerClient: number | null;
}

/** One manager's figures, or the total row's (METHODOLOGY §8). */
export interface TeamRow {
  /** The manager's name; null for the clients without one (and for the total row). */
  readonly manager: string | null;
  readonly clients: Readonly<Record<Status, number>>;
  /** Active in R′ and not in R. */
  readonly lostInPeriod: number;
  readonly primary: ClientsAmount;
  /** Null without a product column. */
  readonly newDirections: ClientsAmount | null;
  readonly repeat: { readonly amount: number };
  readonly restored: ClientsAmount;
  /** Null when the classification at T − w is not available. */
  readonly classChanges: ClassChanges | null;
  readonly health: Health;
  /** Turnover in R (primary + new directions + repeat). */
  readonly turnover: number;
}

export type AbcFrom = AbcClass | "none";
export type XyzFrom = XyzClass | "none";

/** Clients moving from one class to another, with their turnover in R′ (before) and R (after). */
export interface MigrationCell {
  readonly clients: number;
  readonly before: number;
  readonly after: number;
}

export type MigrationMatrix<K extends string> = Readonly<Record<K, Readonly<Record<K, MigrationCell>>>>;

export interface Migration {
  readonly abc: MigrationMatrix<AbcFrom>;
  readonly xyz: MigrationMatrix<XyzFrom>;
}

/** A client that was A at T − w and is not A at T. */
export interface DownFromA {
  readonly index: number;
  readonly key: string;
  readonly name: string;
  readonly manager: string | null;
  readonly to: AbcFrom;
  readonly before: number;
  readonly after: number;
}

export interface TeamFigures {
  /** R: its first and last period (T). */
  readonly period: { readonly first: PeriodId; readonly last: PeriodId };
  /** Managers in the order of their first client in the table; the "(no manager)" row (manager null) last. */
  readonly managers: readonly TeamRow[];
  readonly total: TeamRow;
  /** Null when the data has fewer than w periods before T − w + 1. */
  readonly migration: Migration | null;
  /** Largest turnover in R′ first; empty without migration. */
  readonly downFromA: readonly DownFromA[];
}

/** The classification at T and the team's figures, from one bucketing of the sales. */
export interface TeamAnalysis {
  readonly classification: Classification;
  /** The classes at T − w (same start), null when not available. */
  readonly earlier: EarlierClasses | null;
  readonly team: TeamFigures;
  /** Each client's manager as the figures credit it (null: none), indexed like the clients. */
  readonly clientManagers: readonly (string | null)[];
  /** Each client's turnover in R, indexed like the clients. */
  readonly turnoverInR: Float64Array;
}
