import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { analyseWorkbook, cellAddress, describeIssue, describeVoiceIssue, voiceWords, describePlanIssue, describePortraitIssue, describeSettingsIssue, format, getLocale, quoteSheet, validateSettings } from "../core";
import type { Classification, Language, Locale, WorkbookSnapshot, WritePlan } from "../core";
import { combinePlans, snapshotAfter, voiceStartPlan } from "../core";
import { csvFileWords } from "../locales/csvFile";
import { workbookFileWords } from "../locales/workbookFile";
import { PackageError } from "../xlsx/package/PackageError";
import { describeWorkbookProblem, problemPlaceOf } from "../xlsx/read/describeProblem";
import { cliWords } from "./cliWords";
import type { CliWords } from "../locales/cliWords";
import { loadInput, type LoadProblem } from "./loadInput";
import { parseArgs } from "./parseArgs";
import { resultJson, type OutputInfo } from "./resultJson";
import { formatPortrait, portraitJson } from "./formatPortrait";
import { formatSummary } from "./formatSummary";
import { teamJson } from "./teamJson";
import { teamLines } from "./formatTeam";
import { historyLines } from "./formatHistory";
import { clientHistoryMark, historyJson, printJson } from "./historyJson";
import { surfaceWords } from "../locales";
import { portraitOptions } from "./portraitOptions";
import { clientTableCsv, OutputExistsError, writeAtomically, writeResultWorkbook } from "./writeOutput";
import { ProtectedSheetError } from "../xlsx/patch/ProtectedSheetError";
import { isVoiceSheet, voiceInput, voiceSheetsWanted } from "./voiceInput";
import { voiceClientJson, voiceJson } from "./voiceJson";
import { voiceLines } from "./voiceLines";

/** Where the command runs: the folder relative paths start from, the environment, the terminal. */
export interface CliContext {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Show a progress bar on stderr (only when stderr is a terminal). */
  readonly progress?: boolean;
}

export interface CliOutcome {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Input errors are listed up to this many, then counted. */
export const MAX_LISTED_ISSUES = 20;
/** Files at least this large get a progress bar (when stderr is a terminal). */
const PROGRESS_BYTES = 5_000_000;
const STEPS = 4;

const usage = (stderr: string): CliOutcome => ({ exitCode: 2, stdout: "", stderr });

/** True when `folder` exists and is a folder (`--out` is written into it). */
function isFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** The first issues and a count of the rest, one per line. */
export function issueLines(lines: readonly string[], words: CliWords): string {
  const shown = lines.slice(0, MAX_LISTED_ISSUES);
  if (lines.length > MAX_LISTED_ISSUES) {
    shown.push(format(words.moreIssues, { count: lines.length - MAX_LISTED_ISSUES, total: lines.length }));
  }
  return `${shown.join("\n")}\n`;
}

function loadProblemText(problem: LoadProblem, file: string, words: CliWords, language: Language): string {
  switch (problem.code) {
    case "noSheet":
      return format(words.problems.noSheet, { file, sheet: problem.sheet, sheets: problem.sheets.join(", ") });
    case "badWorkbook":
      return describeWorkbookProblem(problem.place, file, workbookFileWords(language));
    case "badCsv":
      return format(csvFileWords(language)[problem.csv.code], { file, ...problem.csv });
    case "noTableInWorkbook":
      return format(words.problems.noTableInWorkbook, { file, sheets: problem.sheets.join(", "), first: problem.sheets[0] ?? "" });
    default:
      return format(words.problems[problem.code], { file });
  }
}

/** The run's plan, then the empty Complaints and Survey sheets the workbook does not have yet (§13). */
function withVoiceSheets(workbook: WorkbookSnapshot, plan: WritePlan, language: Language): WritePlan {
  const start = voiceStartPlan(snapshotAfter(workbook, plan), voiceWords(language));
  return start === null ? plan : combinePlans([plan, start]);
}

/** The progress bar, or nothing when stderr is not a terminal or the file is small. */
function progressBar(show: boolean, file: string): { step: () => void; stop: () => void } {
  let size = 0;
  try {
    size = statSync(file).size;
  } catch {
    size = 0;
  }
  if (!show || size < PROGRESS_BYTES) return { step: () => undefined, stop: () => undefined };
  // Loaded only for the large files that show it: a small run starts faster without it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SingleBar } = require("cli-progress") as typeof import("cli-progress");
  const bar = new SingleBar({ stream: process.stderr, format: "{bar} {value}/{total}", clearOnComplete: true, hideCursor: true });
  bar.start(STEPS, 0);
  return { step: () => bar.increment(), stop: () => bar.stop() };
}

async function run(argv: readonly string[], context: CliContext): Promise<CliOutcome> {
  const parsed = parseArgs(argv, { LANG: context.env.LANG });
  if (!parsed.ok) return { exitCode: parsed.exitCode, stdout: parsed.stdout, stderr: parsed.stderr };
  const o = parsed.options;
  const locale: Locale = getLocale(o.language);
  const words = cliWords(o.language);
  const settingsIssues = validateSettings(o.settings);
  if (settingsIssues.length > 0) return usage(issueLines(settingsIssues.map((i) => describeSettingsIssue(i, locale)), words));

  const input = path.resolve(context.cwd, o.file);
  const label = o.file;
  const out = o.out === null ? null : path.resolve(context.cwd, o.out);
  const outKind = out === null ? null : path.extname(out).toLowerCase();
  // A workbook is written as the kind it was read: a macro workbook (.xlsm) keeps its macros and its extension.
  const workbookOut = path.extname(input).toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
  if (out !== null && outKind !== workbookOut && outKind !== ".csv") return usage(`${format(words.problems.badOut, { file: o.out ?? "" })}\n`);
  if (o.addVoiceSheets && outKind !== workbookOut) return usage(`${voiceWords(o.language).start.needsOut}\n`);
  if (out !== null && out === input) return usage(`${format(words.problems.sameFile, { file: o.out ?? "" })}\n`);
  // The file a previous run wrote may hold what the manager typed since: replaced only when asked.
  if (out !== null && !o.overwrite && existsSync(out)) return usage(`${format(words.problems.outExists, { file: o.out ?? "" })}\n`);
  if (out !== null && !isFolder(path.dirname(out)))
    return usage(`${format(words.problems.outFolderMissing, { file: o.out ?? "", folder: path.dirname(o.out ?? "") })}\n`);

  const progress = progressBar(context.progress === true, input);
  try {
    const listSheet = o.clientsSheet === null ? [] : [o.clientsSheet];
    const loaded = await loadInput(input, {
      sheet: o.sheet,
      extraSheets: (names) => [...listSheet, ...voiceSheetsWanted(o.voice, names)],
      notTable: (name) => isVoiceSheet(o.voice, name),
      encoding: o.encoding,
      language: o.language,
    });
    progress.step();
    if (!loaded.ok) return usage(`${loadProblemText(loaded.problem, label, words, o.language)}\n`);
    const portrait = portraitOptions(o, loaded.value.snapshot, label, words);
    if (!portrait.ok) return usage(`${portrait.message}\n`);
    const voice = await voiceInput(o.voice, loaded.value.snapshot, label, context.cwd);
    if (!voice.ok) return usage(`${loadProblemText(voice.problem, voice.file, words, o.language)}\n`);
    const cellPrefix = `${path.basename(label)}: `;
    const listName = o.clientsSheet?.toLowerCase();
    const clientList = Object.values(loaded.value.snapshot.others ?? {}).find((s) => s.name.toLowerCase() === listName);
    const sheetName = loaded.value.snapshot.active.name;
    const analysis = analyseWorkbook(loaded.value.snapshot, {
      settings: o.settings,
      lang: o.language,
      overrides: o.overrides,
      plan: outKind === workbookOut,
      ...(o.history === null ? {} : { history: o.history }),
      ...(portrait.value ? { portrait: portrait.value } : {}),
      ...(clientList ? { clientList } : {}),
      ...(o.range ? { range: { sheet: sheetName, ...o.range } } : {}),
      dateOrder: o.dateOrder,
      voice: voice.value,
      cellLabel:
        loaded.value.kind === "csv"
          ? (row, col) => `${cellPrefix}${cellAddress(row, col)}`
          : (row, col) => `${cellPrefix}${quoteSheet(sheetName)}!${cellAddress(row, col)}`,
    });
    progress.step();
    const read = analysis.read;
    if (read === null) return usage(issueLines(analysis.settingsIssues.map((i) => describeSettingsIssue(i, locale)), words));
    if (!read.ok) {
      const two = read.issues.find((issue) => issue.code === "twoTables");
      const hint =
        (read.issues.some((issue) => issue.code === "missingColumn") ? `${words.columnsHint}\n` : "") +
        (two ? `${format(words.twoTablesHint, { first: two.first, second: two.second })}\n` : "");
      return usage(issueLines(read.issues.map((issue) => describeIssue(issue, locale)), words) + hint);
    }
    if (analysis.voice?.ok === false)
      return usage(issueLines(analysis.voice.issues.map((i) => describeVoiceIssue(i, o.language)), words));
    const classification = analysis.classification as Classification;
    const figures = analysis.voice?.ok ? analysis.voice.figures : null;
    const noManager = surfaceWords("team")[o.language].noManager;
    if (analysis.planIssues.length > 0) return usage(issueLines(analysis.planIssues.map((i) => describePlanIssue(i, locale)), words));
    const portraitIssues = analysis.portrait?.issues ?? [];
    if (portraitIssues.length > 0) return usage(issueLines(portraitIssues.map((i) => describePortraitIssue(i, o.language)), words));
    progress.step();

    let output: OutputInfo = { file: null, skippedCharts: [] };
    if (out !== null && o.out !== null) {
      try {
        if (outKind === ".csv") {
          await writeAtomically(out, clientTableCsv(classification, locale), o.overwrite);
          output = { file: o.out, skippedCharts: [] };
        } else if (analysis.plan !== null) {
          const plan = o.addVoiceSheets ? withVoiceSheets(loaded.value.snapshot, analysis.plan, o.language) : analysis.plan;
          const book = await writeResultWorkbook(out, loaded.value, plan, o.overwrite);
          output = { file: o.out, skippedCharts: book.skippedCharts };
        }
      } catch (error) {
        if (error instanceof OutputExistsError) return usage(`${format(words.problems.outExists, { file: o.out })}\n`);
        if (error instanceof ProtectedSheetError) return usage(`${format(words.problems.protectedSheet, { file: label, sheet: error.sheet })}\n`);
        // A part only the writer opens (a drawing, the content types) can be what is broken.
        if (error instanceof PackageError)
          return usage(`${describeWorkbookProblem(problemPlaceOf(error), label, workbookFileWords(o.language))}\n`);
        throw error;
      }
    }
    progress.step();
    const shown = analysis.portrait ?? null;
    const history = analysis.history ?? null;
    if (o.json) {
      const result = resultJson(label, read.value, classification, locale, output, loaded.value.encoding);
      const json = {
        ...result,
        ...(figures || history
          ? {
              clients: result.clients.map((c, i) => ({
                ...c,
                ...(figures ? voiceClientJson(figures, i) : {}),
                ...(history ? { history: clientHistoryMark(i) } : {}),
              })),
            }
          : {}),
        ...(history ? { history: historyJson(history) } : {}),
        ...(shown ? { portrait: portraitJson(shown) } : {}),
        ...(analysis.team ? teamJson(analysis.team, noManager) : {}),
        ...(figures ? { voice: voiceJson(figures, voiceWords(o.language), noManager) } : {}),
      };
      return { exitCode: 0, stdout: `${printJson(json, history)}\n`, stderr: "" };
    }
    if (o.quiet) return { exitCode: 0, stdout: "", stderr: "" };
    const portraitLines = shown ? formatPortrait(shown, o.language, locale, words) : [];
    const team = analysis.team
      ? teamLines(
          analysis.team,
          classification.axis.granularity,
          locale,
          surfaceWords("team")[o.language],
          read.value.table.columns.some((c) => c.role === "manager"),
        )
      : [];
    const voiceSummary = figures ? voiceLines(figures, locale, voiceWords(o.language)) : [];
    const historyText = history ? historyLines(history, classification, locale, words.history) : [];
    const sections = [portraitLines, team, voiceSummary, historyText].filter((lines) => lines.length > 0);
    const extra = sections.flatMap((lines, i) => (i === 0 ? lines : ["", ...lines]));
    return { exitCode: 0, stdout: formatSummary(label, read.value, classification, locale, words, output, extra), stderr: "" };
  } finally {
    progress.stop();
  }
}

/**
 * The whole command: arguments in, exit code and printed text out (nothing printed, nothing exited,
 * so tests run it in-process). Exit codes: 0 done, 2 bad input or usage (no file written), 1 an
 * unexpected failure (its stack with `--debug`).
 */
export async function runCli(argv: readonly string[], context: CliContext): Promise<CliOutcome> {
  try {
    return await run(argv, context);
  } catch (error) {
    const language = parseArgs(argv, { LANG: context.env.LANG });
    const words = cliWords(language.ok ? language.options.language : "en");
    const detail = error instanceof Error ? error.message : String(error);
    const debug = argv.includes("--debug");
    const stack = debug && error instanceof Error ? `${error.stack ?? ""}\n` : "";
    return { exitCode: 1, stdout: "", stderr: `${format(words.problems.unexpected, { detail })}\n${stack}` };
  }
}
