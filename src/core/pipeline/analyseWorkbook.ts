import type { Dataset, DetectionNote, ReadResult } from "../dataset";
import { analyseTeam, latestManagers, migrationSheetPlan, teamColumnGroups, teamSheetPlan } from "../team";
import { surfaceWords } from "../../locales";
import { getLocale } from "../locale";
import { buildMatrixPlan, buildResultsPlan, type PlanIssue, type WritePlan } from "../plan";
import { PORTRAIT_WORDS, buildPortraitPlan, portraitModel, portraitSummary } from "../portrait";
import { classifyInput } from "../classify";
import { classHistory, historySheetPlan } from "../history";
import { readTable } from "../read";
import { rangeAddress } from "../cells";
import { readSci, sciSourceOf, sciSourceOfList, sciTeamGroup, sciWords, withSci } from "../sci";
import { funnelModel, funnelSheetPlan, funnelWords } from "../funnel";
import { serialFromYMD } from "../periods/serialDate";
import { validateSettings } from "../settings";
import type { WorkbookSnapshot } from "../snapshot";
import { combinePlans } from "./combinePlans";
import {
  analyseVoice,
  voiceColumns,
  voiceFigures,
  voiceSheetPlan,
  voiceTeamGroup,
  voiceWords,
} from "../voice";
import { snapshotAfter } from "./snapshotAfter";
import type {
  AnalyseOptions,
  AnalyseStep,
  Analysis,
  PortraitAnalysis,
  PortraitOptions,
} from "./analysisTypes";

export type { AnalyseOptions, AnalyseStep, Analysis, PortraitAnalysis, PortraitOptions };

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
    return {
      settingsIssues,
      read: refused,
      classification: null,
      plan: null,
      planIssues: [],
      portrait: null,
    };
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
                ? [
                    sciTeamGroup(
                      analysed.team,
                      classification.clients,
                      analysed.clientManagers,
                      analysed.turnoverInR,
                      sci,
                    ),
                  ]
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
