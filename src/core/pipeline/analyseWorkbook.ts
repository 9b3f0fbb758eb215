import type { ColumnOverrides, Dataset, DetectionNote, ReadResult } from "../dataset";
import {
  analyseTeam,
  latestManagers,
  migrationSheetPlan,
  teamColumnGroups,
  teamSheetPlan,
  type TeamFigures,
} from "../team";
import { surfaceWords } from "../../locales";
import { getLocale } from "../locale";
import { buildMatrixPlan, buildResultsPlan, type PlanIssue, type WritePlan } from "../plan";
import {
  PORTRAIT_WORDS,
  buildPortraitPlan,
  portraitModel,
  portraitSummary,
  type PortraitIssue,
  type PortraitModel,
  type PortraitSummary,
} from "../portrait";
import { classifyInput } from "../classify";
import { classHistory, historySheetPlan, type ClassHistory } from "../history";
import { readTable, type ReadOptions } from "../read";
import { rangeAddress, type RangeRef } from "../cells";
import type { Classification } from "../results";
import { readSci, sciSourceOf, sciSourceOfList, sciTeamGroup, sciWords, withSci } from "../sci";
import { funnelModel, funnelSheetPlan, funnelWords, type FunnelModel } from "../funnel";
import { serialFromYMD } from "../periods/serialDate";
import type { Language, Settings } from "../settings";
import { validateSettings, type SettingsIssue } from "../settings";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { combinePlans } from "./combinePlans";
import {
  analyseVoice,
  voiceColumns,
  voiceFigures,
  voiceSheetPlan,
  voiceTeamGroup,
  voiceWords,
  type VoiceAnalysis,
  type VoiceSources,
} from "../voice";
import { snapshotAfter } from "./snapshotAfter";

/** What the portrait step of a run is asked to do (METHODOLOGY §7). */
export interface PortraitOptions {
  /** Add the suggested targets to the target sheet (marks are never removed). */
  readonly suggest?: boolean;
  /** A target cell whose share of buyers is below this is a segment's gap. Default 0.5. */
  readonly gapShare?: number;
  /**
   * Segments from a client list sheet (client as written → segment, see `readClientList`) instead of
   * the table's segment column; a client missing from the list has no segment.
   */
  readonly clientSegments?: ReadonlyMap<string, string>;
  /** The run's day (Excel serial) that the funnel's overdue dates are measured against; default today. */
  readonly today?: number;
}

export interface AnalyseOptions {
  readonly settings: Settings;
  readonly lang: Language;
  readonly overrides?: ColumnOverrides;
  /** How issues name a cell; the add-in's default is `Sheet!C17`, the command line passes `file.csv: C17`. */
  readonly cellLabel?: (row: number, col: number) => string;
  /** Also plan the ABC-XYZ matrix sheet (default true). */
  readonly matrix?: boolean;
  /** Also plan the Team and Migration sheets of §8 (default true). */
  readonly team?: boolean;
  /** Build the write plan at all (default true); false when only the classes are wanted (JSON, CSV). */
  readonly plan?: boolean;
  /**
   * A client list sheet (see `readClientList`): its SCI column gives the clients' reliability index
   * when the table has none (§11).
   */
  readonly clientList?: SheetSnapshot;
  /** Also build the ideal client portrait sheets (needs a product column). */
  readonly portrait?: PortraitOptions;
  /** Hears each step as it is done, so that a caller can show how far the run is. */
  readonly onStep?: (step: AnalyseStep) => void;
  /** The class history of §14 over this many period ends (fewer when the window is shorter); none when absent. */
  readonly history?: number;
  /** No history for a table of more clients than this (its cost grows with clients × period ends); no limit when absent. */
  readonly historyLimit?: number;
  /** Read only this range of the active sheet (the user's pick between two tables). */
  readonly range?: RangeRef;
  /** The day order of `a/b/yyyy` dates: the user's choice, and the locale's for when none is made. */
  readonly dateOrder?: ReadOptions["dateOrder"];
  /** The complaints and survey tables (§13); see `voiceSourcesOf`. */
  readonly voice?: VoiceSources;
}

/** The steps of `analyseWorkbook`, in order: the table read, the classes and team figures, the sheets planned, the portrait. */
export type AnalyseStep = "table" | "classes" | "sheets" | "portrait";

/** The portrait step's outcome: the model and its summary, or why there is none. */
export interface PortraitAnalysis {
  readonly model: PortraitModel | null;
  readonly summary: PortraitSummary | null;
  readonly issues: readonly PortraitIssue[];
  /** The funnel of the development plan (§12), with the portrait. */
  readonly funnel?: FunnelModel | null;
  /** The name of the Funnel sheet when the run writes one. */
  readonly funnelSheet?: string | null;
}

/** Everything one run produces, step by step; later steps are null when an earlier one stopped. */
export interface Analysis {
  readonly settingsIssues: readonly SettingsIssue[];
  readonly read: ReadResult | null;
  readonly classification: Classification | null;
  readonly plan: WritePlan | null;
  readonly planIssues: readonly PlanIssue[];
  /** Null when the portrait was not asked for. Its issues do not stop the other sheets. */
  readonly portrait?: PortraitAnalysis | null;
  /** The sales team and the client base (§8), with the classification. */
  readonly team?: TeamFigures | null;
  /** The class history (§14) when it was asked for. */
  readonly history?: ClassHistory | null;
  /** Set when the history was asked for and left out because the table has more clients than the limit. */
  readonly historyOff?: { readonly clients: number; readonly limit: number } | null;
  /** Complaints and satisfaction (§13); absent without those tables; issues stop the run. */
  readonly voice?: VoiceAnalysis | null;
}

/** A client's segment from the list: by its key, else by its display name, letter case aside (as the reader groups clients). */
function segmentFromList(
  dataset: Dataset,
  list: ReadonlyMap<string, string>,
): (clientIndex: number) => string | null {
  const folded = new Map<string, string>();
  for (const [client, segment] of list)
    if (!folded.has(client.toLowerCase())) folded.set(client.toLowerCase(), segment);
  return (i) => {
    const client = dataset.clients[i];
    return (
      list.get(client.key) ??
      folded.get(client.key.toLowerCase()) ??
      folded.get(client.name.toLowerCase()) ??
      null
    );
  };
}

/** A read with the notes of the file's reader (its encoding, the sheet chosen, the range asked for) first. */
function withSourceNotes(read: ReadResult, notes: readonly DetectionNote[]): ReadResult {
  if (notes.length === 0) return read;
  const table = read.ok ? read.value.table : read.table;
  if (table === null) return read;
  const noted = { ...table, notes: [...notes, ...table.notes] };
  return read.ok ? { ok: true, value: { ...read.value, table: noted } } : { ...read, table: noted };
}

/** How many lines the portrait summary keeps per list. */
const SUMMARY_TOP = 5;

/**
 * The whole engine in one call, the same for the task pane, the standalone page and the command
 * line: snapshot → records → classes → write plan (results, matrix sheet, portrait sheets), one plan
 * after another, each built on the workbook as the plans before it leave it. Pure: it reads the
 * snapshot and returns data. Segmenta's earlier output on the sheet is masked out before the table
 * is looked for, so a re-run reads the user's table and updates its own cells in place.
 * @example analyseWorkbook(snapshot, { settings: DEFAULT_SETTINGS, lang: "en" }).plan?.ops.length
 */
export function analyseWorkbook(workbook: WorkbookSnapshot, options: AnalyseOptions): Analysis {
  const settingsIssues = validateSettings(options.settings);
  if (settingsIssues.length > 0) {
    return { settingsIssues, read: null, classification: null, plan: null, planIssues: [], portrait: null };
  }
  const owned = workbook.owned.filter((o) => o.range.sheet === workbook.active.name).map((o) => o.range);
  const read = withSourceNotes(
    readTable(workbook.active, {
      overrides: options.overrides,
      cellLabel: options.cellLabel,
      owned,
      ...(options.range ? { range: options.range } : {}),
      ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
    }),
    [
      ...(workbook.notes ?? []),
      ...(options.range ? [{ code: "rangeUsed" as const, text: rangeAddress(options.range, false) }] : []),
    ],
  );
  if (!read.ok)
    return { settingsIssues, read, classification: null, plan: null, planIssues: [], portrait: null };
  options.onStep?.("table");

  const dataset = read.value;
  // The SCI column is read first: a value it refuses stops the run before any figure is computed.
  const sciSource =
    sciSourceOf(workbook.active, dataset.table, options.cellLabel) ??
    (options.clientList ? sciSourceOfList(options.clientList) : null);
  const sciValues = sciSource === null ? null : readSci(sciSource, dataset.clients);
  if (sciValues !== null && !sciValues.ok) {
    const refused = { ok: false as const, issues: sciValues.issues, table: dataset.table };
    return { settingsIssues, read: refused, classification: null, plan: null, planIssues: [], portrait: null };
  }
  // So are the complaints and survey tables: a bad score stops the run with nothing written.
  const voiceRead = analyseVoice(options.voice, dataset);
  if (voiceRead !== null && !voiceRead.ok) {
    const voice = { ok: false as const, issues: voiceRead.issues };
    return { settingsIssues, read, classification: null, plan: null, planIssues: [], portrait: null, voice };
  }
  const prepared = classifyInput(dataset, options.settings, true);
  const analysed = analyseTeam(
    dataset,
    options.settings,
    (axis) => latestManagers(workbook.active, dataset, axis),
    prepared,
  );
  const limit = options.historyLimit ?? Infinity;
  const tooMany = options.history !== undefined && dataset.clients.length > limit;
  const history = options.history === undefined || tooMany ? null : classHistory(prepared, options.history);
  const historyOff = tooMany ? { clients: dataset.clients.length, limit } : null;
  const classification =
    sciValues === null ? analysed.classification : withSci(analysed.classification, sciValues.value);
  options.onStep?.("classes");
  const locale = getLocale(options.lang);
  const sci = sciWords(options.lang);
  const vWords = voiceWords(options.lang);
  const figures =
    voiceRead === null
      ? null
      : voiceFigures(voiceRead.records, {
          dataset,
          classification,
          managers: analysed.clientManagers,
          turnoverInR: analysed.turnoverInR,
        });
  const voice = figures === null ? {} : { voice: voiceColumns(figures, vWords) };
  const wantPlan = options.plan !== false;
  const plans: WritePlan[] = [];
  const planIssues: PlanIssue[] = [];
  let after = workbook;
  const add = (result: { ok: true; value: WritePlan } | { ok: false; issues: readonly PlanIssue[] }) => {
    if (!result.ok) {
      planIssues.push(...result.issues);
      return;
    }
    plans.push(result.value);
    after = snapshotAfter(after, result.value);
  };
  if (wantPlan) {
    add(buildResultsPlan({ workbook: after, dataset, classification, locale, sci, ...voice }));
    if (options.matrix !== false && planIssues.length === 0)
      add(buildMatrixPlan({ workbook: after, dataset, classification, locale, sci }));
    if (options.team !== false && planIssues.length === 0) {
      const teamWords = surfaceWords("team")[options.lang];
      // With an SCI column, the reliability bands per manager follow the method's columns (§11).
      const groups =
        classification.hasSci || figures !== null
          ? [
              ...teamColumnGroups(teamWords),
              ...(classification.hasSci
                ? [sciTeamGroup(analysed.team, classification.clients, analysed.clientManagers, analysed.turnoverInR, sci)]
                : []),
              ...(figures === null ? [] : [voiceTeamGroup(analysed.team, figures, vWords)]),
            ]
          : undefined;
      const teamOptions = {
        words: teamWords,
        locale,
        granularity: classification.axis.granularity,
        ...(groups ? { groups } : {}),
      };
      add({ ok: true, value: teamSheetPlan(after, analysed.team, teamOptions) });
      add({ ok: true, value: migrationSheetPlan(after, analysed.team, teamOptions) });
    }
    if (history !== null && planIssues.length === 0) {
      const value = historySheetPlan({
        workbook: after,
        history,
        classification,
        managers: analysed.clientManagers,
        words: surfaceWords("history")[options.lang],
        noManager: surfaceWords("team")[options.lang].noManager,
        locale,
      });
      add({ ok: true, value });
    }
    if (figures !== null && planIssues.length === 0) {
      const voiceOptions = {
        words: vWords,
        locale,
        granularity: classification.axis.granularity,
        noManager: surfaceWords("team")[options.lang].noManager,
      };
      add({ ok: true, value: voiceSheetPlan(after, figures, voiceOptions) });
    }
  }
  options.onStep?.("sheets");
  let portrait: PortraitAnalysis | null = null;
  if (options.portrait && planIssues.length === 0) {
    const p = options.portrait;
    const input = {
      workbook: after,
      dataset,
      classification,
      lang: options.lang,
      ...(p.suggest ? { suggest: true } : {}),
      ...(p.gapShare !== undefined ? { gapShare: p.gapShare } : {}),
      ...(p.clientSegments ? { segmentOf: segmentFromList(dataset, p.clientSegments) } : {}),
    };
    // Without a write plan (JSON, a summary) the sheets' cells are never built.
    const withPlan = wantPlan ? buildPortraitPlan(input) : null;
    const built = withPlan ?? portraitModel(input);
    if (withPlan?.ok) plans.push(withPlan.value);
    if (built.ok) {
      const now = new Date();
      const today = p.today ?? serialFromYMD(now.getFullYear(), now.getMonth() + 1, now.getDate());
      const funnel = funnelModel(built.model.plan, today);
      const funnelSheet = withPlan?.ok
        ? funnelSheetPlan(after, funnel, funnelWords(options.lang), PORTRAIT_WORDS[options.lang].stages)
        : null;
      if (funnelSheet) plans.push(funnelSheet);
      portrait = {
        model: built.model,
        summary: portraitSummary(built.model, SUMMARY_TOP),
        issues: [],
        funnel,
        funnelSheet: funnelSheet?.owned[0]?.sheet ?? null,
      };
    } else {
      portrait = { model: null, summary: null, issues: built.issues };
    }
    options.onStep?.("portrait");
  }
  const plan = wantPlan && planIssues.length === 0 ? combinePlans(plans) : null;
  return {
    settingsIssues,
    read,
    classification,
    plan,
    planIssues,
    portrait,
    team: analysed.team,
    history,
    historyOff,
    voice: figures === null ? null : { ok: true, figures },
  };
}
