import { Command, CommanderError, Option } from "commander";
import { formatHelp } from "./cliHelp";
import { asOfArg, dateArg, dateOrderOfEnv, encodingArg, pairArg, periodEndsArg, rangeArg, shareArg, wholeArg } from "./argValues";
import { LANGUAGES } from "../locales";
import { DEFAULT_HISTORY_DEPTH, DEFAULT_SETTINGS, format } from "../core";
import { cliWords } from "./cliWords";
import type { CliWords } from "../locales/cliWords";
import type { VoiceArgs } from "./voiceInput";
import type { AsOf, ColumnOverrides, Granularity, Language, Metric, Settings, SigmaKind } from "../core";

/** What the user asked for on the command line, checked. */
export interface CliOptions {
  readonly file: string;
  readonly sheet: string | null;
  readonly out: string | null;
  /** Replace the `--out` file when it exists (without it, an existing file is refused). */
  readonly overwrite: boolean;
  readonly json: boolean;
  readonly overrides: ColumnOverrides;
  readonly settings: Settings;
  readonly language: Language;
  readonly debug: boolean;
  readonly quiet: boolean;
  /** Build or update the ideal client portrait sheets. */
  readonly portrait: boolean;
  /** Pre-fill the portrait's targets with the suggestion (only when there is no target sheet yet). */
  readonly suggest: boolean;
  /** A sheet of the .xlsx input listing client → segment, used instead of the table's segment column. */
  readonly clientsSheet: string | null;
  /** On the actual sheet, a target cell bought by fewer than this share of the segment's clients is a gap (a fraction). */
  readonly gapShare: number | null;
  /** The class history over this many period ends (§14), or null for none. */
  readonly history: number | null;
  /** `--range A1:F200`: read only this part of the sheet (zero-based, the sheet named when it is known). */
  readonly range: { readonly row: number; readonly col: number; readonly rows: number; readonly cols: number } | null;
  /** `--encoding`: a CSV file's encoding as given, else null (detected). */
  readonly encoding: string | null;
  /** The day order of `a/b/yyyy` dates: `--date-order` when given, and the system locale's. */
  readonly dateOrder: { readonly given?: "dmy" | "mdy"; readonly fallback: "dmy" | "mdy" };
  /** The complaints and survey tables (§13): CSV files, or sheets of the workbook. */
  readonly voice: VoiceArgs;
  /** With --out: add empty Complaints and Survey sheets to start keeping them. */
  readonly addVoiceSheets: boolean;
}

export type ParsedArgs =
  | { readonly ok: true; readonly options: CliOptions }
  /** Help or version asked for (exit 0), or a usage error (exit 2) with its message. */
  | { readonly ok: false; readonly exitCode: number; readonly stdout: string; readonly stderr: string };

/** `en_US.UTF-8` → "en"; a language Segmenta does not speak → "en". */
export function languageFromEnv(lang: string | undefined): Language {
  const code = (lang ?? "").slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(code) ? (code as Language) : "en";
}

/**
 * `--history` takes an optional count: a word after it (the file, say) is not its value, so the flag
 * stands alone with its default then.
 */
function historyFlagAlone(argv: readonly string[]): string[] {
  return argv.map((arg, i) =>
    arg === "--history" && i + 1 < argv.length && !/^\d+$/.test(argv[i + 1]) && !argv[i + 1].startsWith("-")
      ? `--history=${DEFAULT_HISTORY_DEPTH}`
      : arg,
  );
}

const choice = <T extends string>(flags: string, description: string, values: readonly T[]) =>
  new Option(flags, description).choices(values as T[]);


function program(words: CliWords["help"]): Command {
  return new Command("segmenta")
    .description(words.description)
    .usage(words.usageLine)
    .argument("<file>", words.file)
    .helpOption("-h, --help", words.help)
    .configureHelp({ formatHelp: (cmd, helper) => formatHelp(cmd, helper, words) })
    .option("--sheet <name>", words.sheet)
    .option("--range <A1:F200>", words.range, rangeArg)
    .option("--out <file>", words.out)
    .option("--overwrite", words.overwrite)
    .option("--json", words.json)
    .option("--client <col>", words.client)
    .option("--date <col>", words.date)
    .option("--amount <col>", words.amount)
    .option("--segment <col>", words.segment)
    .option("--product <col>", words.product)
    .option("--manager <col>", words.manager)
    .option("--sci <col>", words.sci)
    .addOption(choice("--granularity <period>", words.granularity, ["month", "quarter", "week"]).default("month"))
    .option("--as-of <date>", words.asOf, asOfArg)
    .option("--from <date>", words.from, dateArg)
    .option("--abc <a,b>", words.abc, pairArg)
    .option("--xyz <x,y>", words.xyz, pairArg)
    .option("--window-months <n>", words.windowMonths, wholeArg)
    .addOption(choice("--sigma <kind>", words.sigma, ["population", "sample"]).default("population"))
    .addOption(choice("--metric <metric>", words.metric, ["turnover", "margin", "count"]).default("turnover"))
    .option("--encoding <name>", words.encoding, encodingArg)
    .addOption(choice("--date-order <order>", words.dateOrder, ["dmy", "mdy"]))
    .addOption(choice("--lang <language>", words.lang, LANGUAGES))
    .option("--portrait", words.portrait)
    .option("--suggest", words.suggest)
    .option("--clients-sheet <name>", words.clientsSheet)
    .option("--gap-share <percent>", words.gapShare, shareArg)
    .addOption(new Option("--history [periods]", words.history).preset(String(DEFAULT_HISTORY_DEPTH)).argParser(periodEndsArg))
    .option("--complaints <file>", words.complaints)
    .option("--survey <file>", words.survey)
    .option("--complaints-sheet <name>", words.complaintsSheet)
    .option("--survey-sheet <name>", words.surveySheet)
    .option("--add-voice-sheets", words.addVoiceSheets)
    .option("--debug", words.debug)
    .option("--quiet", words.quiet);
}

interface RawOptions {
  sheet?: string;
  out?: string;
  overwrite?: boolean;
  json?: boolean;
  client?: string;
  date?: string;
  amount?: string;
  segment?: string;
  product?: string;
  manager?: string;
  sci?: string;
  granularity: Granularity;
  asOf?: AsOf;
  from?: number;
  abc?: [number, number];
  xyz?: [number, number];
  windowMonths?: number;
  sigma: SigmaKind;
  metric: Metric;
  lang?: Language;
  debug?: boolean;
  quiet?: boolean;
  portrait?: boolean;
  suggest?: boolean;
  clientsSheet?: string;
  gapShare?: number;
  history?: number;
  range?: { row: number; col: number; rows: number; cols: number };
  encoding?: string;
  dateOrder?: "dmy" | "mdy";
  complaints?: string;
  survey?: string;
  complaintsSheet?: string;
  surveySheet?: string;
  addVoiceSheets?: boolean;
}

function overridesOf(raw: RawOptions): ColumnOverrides {
  const out: Record<string, string> = {};
  for (const role of ["client", "date", "amount", "segment", "product", "manager", "sci"] as const) {
    const given = raw[role];
    if (given !== undefined) out[role] = given;
  }
  return out;
}

/** Which words say why a value was refused, by the option whose own parser refused it. */
const VALUE_PROBLEMS: Readonly<Record<string, keyof CliWords["usage"]>> = {
  "--from": "notADate",
  "--as-of": "notADate",
  "--abc": "notTwoShares",
  "--xyz": "notTwoShares",
  "--gap-share": "notAShare",
  "--window-months": "notWhole",
  "--history": "notPeriodEnds",
  "--encoding": "unknownEncoding",
  "--range": "notARange",
};

/** The language a run asked for (`--lang`), else the one of LANG, when the line could not be read. */
function languageOfArgs(argv: readonly string[], env: { readonly LANG?: string }): Language {
  const at = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  const given = at < 0 ? undefined : argv[at].startsWith("--lang=") ? argv[at].slice(7) : argv[at + 1];
  return (LANGUAGES as readonly string[]).includes(given ?? "") ? (given as Language) : languageFromEnv(env.LANG);
}

/**
 * A usage error in the run's words, or null for one these words do not cover (commander's text is
 * then shown). Commander names the option and the value in single quotes.
 */
function usageText(error: CommanderError, cmd: Command, words: CliWords["usage"]): string | null {
  const quoted = Array.from(error.message.matchAll(/'([^']*)'/g), (m) => m[1]);
  const option = (quoted[0] ?? "").split(" ")[0];
  switch (error.code) {
    case "commander.unknownOption":
      return option ? format(words.unknownOption, { option }) : null;
    case "commander.optionMissingArgument":
      return option ? format(words.missingValue, { option }) : null;
    case "commander.missingArgument":
      return words.missingFile;
    case "commander.excessArguments":
      return words.tooManyFiles;
    case "commander.invalidArgument": {
      const value = quoted[1] ?? "";
      const choices = cmd.options.find((o) => o.long === option)?.argChoices;
      if (choices) return format(words.invalidChoice, { option, value, choices: choices.join(", ") });
      const problem = VALUE_PROBLEMS[option];
      return problem ? format(words[problem], { option, value }) : null;
    }
    default:
      return null;
  }
}

/**
 * Reads the command line (`argv` without node and the script). Usage errors come back with exit
 * code 2 and a message in the run's language; nothing is printed and the process is never exited here.
 * @example parseArgs(["sales.csv", "--abc", "80,95"], {}).ok // true
 */
export function parseArgs(argv: readonly string[], env: { readonly LANG?: string }): ParsedArgs {
  let stdout = "";
  let stderr = "";
  const cmd = program(cliWords(languageOfArgs(argv, env)).help)
    .exitOverride()
    .configureOutput({ writeOut: (s) => (stdout += s), writeErr: (s) => (stderr += s) });
  try {
    cmd.parse(historyFlagAlone(argv), { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      const help = error.code === "commander.helpDisplayed" || error.code === "commander.version";
      if (help) return { ok: false, exitCode: 0, stdout, stderr };
      const said = usageText(error, cmd, cliWords(languageOfArgs(argv, env)).usage);
      return { ok: false, exitCode: 2, stdout, stderr: said === null ? stderr : `${said}\n` };
    }
    throw error;
  }
  const raw = cmd.opts<RawOptions>();
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    granularity: raw.granularity,
    asOf: raw.asOf ?? DEFAULT_SETTINGS.asOf,
    from: raw.from ?? null,
    abc: raw.abc ? { a: raw.abc[0], b: raw.abc[1] } : DEFAULT_SETTINGS.abc,
    xyz: raw.xyz ? { x: raw.xyz[0], y: raw.xyz[1] } : DEFAULT_SETTINGS.xyz,
    windowMonths: raw.windowMonths ?? DEFAULT_SETTINGS.windowMonths,
    sigma: raw.sigma,
    metric: raw.metric,
  };
  return {
    ok: true,
    options: {
      file: cmd.args[0],
      sheet: raw.sheet ?? null,
      out: raw.out ?? null,
      overwrite: raw.overwrite === true,
      json: raw.json === true,
      overrides: overridesOf(raw),
      settings,
      language: raw.lang ?? languageFromEnv(env.LANG),
      debug: raw.debug === true,
      quiet: raw.quiet === true,
      portrait: raw.portrait === true || raw.suggest === true || raw.clientsSheet !== undefined || raw.gapShare !== undefined,
      suggest: raw.suggest === true,
      clientsSheet: raw.clientsSheet ?? null,
      gapShare: raw.gapShare ?? null,
      history: raw.history ?? null,
      range: raw.range ?? null,
      encoding: raw.encoding ?? null,
      dateOrder: { ...(raw.dateOrder ? { given: raw.dateOrder } : {}), fallback: dateOrderOfEnv(env.LANG) },
      voice: {
        complaints: raw.complaints ?? null,
        survey: raw.survey ?? null,
        complaintsSheet: raw.complaintsSheet ?? null,
        surveySheet: raw.surveySheet ?? null,
      },
      addVoiceSheets: raw.addVoiceSheets === true,
    },
  };
}
