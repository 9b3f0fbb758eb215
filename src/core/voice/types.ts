import type { AbcClass } from "../results";

/** A client's satisfaction band (METHODOLOGY §13), or `notSurveyed` without a survey row up to D. */
export type Satisfaction = "satisfied" | "hidden" | "discontent" | "notSurveyed";

export const SATISFACTIONS: readonly Satisfaction[] = ["satisfied", "hidden", "discontent", "notSurveyed"];

/** A band of a surveyed client (a score was given). */
export type ScoreBand = Exclude<Satisfaction, "notSurveyed">;

/** One complaint row as read, up to any date (the figures cut it at D). */
export interface ComplaintRecord {
  /** Index into the dataset's clients, -1 for a client the sales do not have. */
  readonly client: number;
  /** The client as written (trimmed, letter case folded for unknown clients' counting). */
  readonly key: string;
  /** Excel serial day. */
  readonly day: number;
  readonly category: string;
  readonly product: string | null;
  /** Excel serial day, null when not resolved. */
  readonly resolved: number | null;
}

/** One answered questionnaire (a row with at least one score). */
export interface SurveyRecord {
  readonly client: number;
  readonly key: string;
  readonly day: number;
  /** Null: a general questionnaire. */
  readonly product: string | null;
  /** The lowest answered score. */
  readonly score: number;
}

/** Both tables as read; null where the table is not given. */
export interface VoiceRecords {
  readonly complaints: readonly ComplaintRecord[] | null;
  readonly survey: readonly SurveyRecord[] | null;
  /** Complaint categories in the order they first appear. */
  readonly categories: readonly string[];
  /** The survey's question headers. */
  readonly questions: readonly string[];
}

/** A problem in a complaints or survey table, with its cell. Words come from the voice catalog. */
export type VoiceIssue =
  | { readonly code: "notAScore"; readonly cell: string; readonly content: string }
  | { readonly code: "resolvedBeforeDate"; readonly cell: string; readonly content: string; readonly date: string }
  | { readonly code: "noClientInRow"; readonly cell: string }
  | { readonly code: "noVoiceHeader"; readonly sheet: string; readonly table: "complaints" | "survey" }
  | { readonly code: "noQuestions"; readonly sheet: string };

/** A client × product (null: the client, without a product column) due a survey after its first purchase. */
export interface SurveyDue {
  readonly product: string | null;
  /** The first day of the pair's first active period. */
  readonly since: number;
}

/** What §13 says about one client of the sales. */
export interface ClientVoice {
  /** Null for a potential client. */
  readonly satisfaction: Satisfaction | null;
  /** The band of `score` whatever the status (null without a survey). */
  readonly band: ScoreBand | null;
  readonly score: number | null;
  readonly lastSurvey: number | null;
  readonly complaintsInPeriod: number;
  readonly openComplaints: number;
  readonly surveyOverdue: boolean;
  /** Bought in the last year (the denominator of coverage). */
  readonly boughtInYear: boolean;
  readonly surveyedInYear: boolean;
  readonly surveysDue: readonly SurveyDue[];
}

/** Complaints, satisfaction and surveys of one manager, or of the total row (§13). */
export interface VoiceRow {
  /** Null: "(no manager)" (and the total row). */
  readonly manager: string | null;
  readonly complaints: {
    readonly inPeriod: number;
    readonly byCategory: Readonly<Record<string, number>>;
    readonly open: number;
    /** Null when no complaint was resolved in R. */
    readonly meanDaysToResolve: number | null;
  };
  readonly satisfaction: Readonly<Record<Satisfaction, number>>;
  readonly surveys: {
    /** Null when no client bought in the last year. */
    readonly coverage: number | null;
    readonly overdue: number;
    readonly dueAfterFirstPurchase: number;
  };
}

export type AbcKey = AbcClass | "none";
export const ABC_KEYS: readonly AbcKey[] = ["A", "B", "C", "none"];

export interface ClientsTurnover {
  readonly clients: number;
  readonly turnover: number;
}

export type AbcVoice = Readonly<Record<Satisfaction | "openComplaints", ClientsTurnover>>;

/** A client that needs a call: an open complaint, discontent or hidden discontent. */
export interface AttentionEntry {
  readonly index: number;
  readonly client: string;
  readonly manager: string | null;
  readonly abc: AbcClass | null;
  readonly openComplaints: number;
  readonly lastSurvey: number | null;
  readonly score: number | null;
  readonly turnover: number;
}

/** A survey the team owes: overdue (product null, since = last survey or null) or due after a first purchase. */
export interface SurveyTask {
  readonly index: number;
  readonly client: string;
  readonly manager: string | null;
  readonly kind: "overdue" | "firstPurchase";
  readonly product: string | null;
  /** Overdue: the last survey (null: never); first purchase: the pair's first active period's first day. */
  readonly since: number | null;
}

export interface VoiceFigures {
  /** The reporting period R and the last year, as Excel serial days (first, last = D). */
  readonly period: { readonly first: number; readonly last: number };
  readonly year: { readonly first: number; readonly last: number };
  readonly hasComplaints: boolean;
  readonly hasSurvey: boolean;
  readonly categories: readonly string[];
  readonly clients: readonly ClientVoice[];
  readonly managers: readonly VoiceRow[];
  readonly total: VoiceRow;
  readonly byAbc: Readonly<Record<AbcKey, AbcVoice>>;
  readonly attention: readonly AttentionEntry[];
  readonly tasks: readonly SurveyTask[];
  readonly unknownClients: number;
  /** Complaints per category per period of the last year (periods oldest first). */
  readonly trend: { readonly periods: readonly number[]; readonly counts: readonly (readonly number[])[] };
}
