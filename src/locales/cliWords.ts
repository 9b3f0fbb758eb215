/**
 * The shape of the command line's catalog (`<language>/cli.ts`), declared beside it so the catalog
 * and the command line both import it from here, and neither imports the other.
 */
import type { DetectionNote } from "../core/dataset";
import type { ReadNoteCode } from "../core/locale/describeReadNote";
import type { PluralForms } from "./Words";

/**
 * The command line's own words (its summary and file messages), per language. Templates hold
 * `{placeholders}` filled by core's `format`; class, status and reason words come from core's locale.
 */
export interface CliWords {
  readonly table: string;
  /** `{rows}` of `table`: "{n} data rows". */
  readonly dataRows: PluralForms;
  readonly shape: { readonly wide: string; readonly long: string };
  readonly window: string;
  /** `{count}` and `{window}` of `window`: "{n} periods". */
  readonly periods: PluralForms;
  readonly columns: string;
  readonly by: { readonly header: string; readonly values: string; readonly override: string };
  /** The column notes; what a read assumed or skipped is said in `readNotes` words. */
  readonly notes: { readonly [C in Exclude<DetectionNote["code"], ReadNoteCode>]: string };
  readonly clients: string;
  readonly abc: string;
  readonly xyz: string;
  readonly noXyz: string;
  readonly statuses: string;
  readonly matrix: string;
  readonly warnings: string;
  readonly written: string;
  readonly notWritten: string;
  readonly chartsSkipped: string;
  readonly moreIssues: string;
  /** Said after a missing column: how to name it. */
  readonly columnsHint: string;
  /** Said after two tables on a sheet: how to read one (`{first}`, `{second}` their ranges). */
  readonly twoTablesHint: string;
  /** `--help`: its titles and every option's description (commander's own texts are not shown). */
  readonly help: { readonly [key: string]: string };
  /** The portrait summary (`--portrait`). */
  readonly portrait: {
    readonly title: string;
    readonly gaps: string;
    readonly gap: string;
    readonly lowest: string;
    readonly client: string;
    readonly noNext: string;
    readonly noTargets: string;
    readonly notBuilt: string;
  };
  /** The class history's lines (`--history`): its transitions, stability and lists. */
  readonly history: {
    readonly none: string;
    readonly notAvailable: string;
    readonly heading: string;
    readonly abc: string;
    readonly xyz: string;
    readonly stability: string;
    readonly slipping: string;
    readonly steadyA: string;
  };
  /** Usage errors: `{option}` as typed, `{value}` the value refused, `{choices}` the values it takes. */
  readonly usage: {
    readonly unknownOption: string;
    readonly missingValue: string;
    readonly missingFile: string;
    readonly tooManyFiles: string;
    readonly invalidChoice: string;
    readonly notADate: string;
    readonly notAShare: string;
    readonly notTwoShares: string;
    readonly notWhole: string;
    readonly notPeriodEnds: string;
    readonly unknownEncoding: string;
    readonly notARange: string;
  };
  readonly problems: {
    readonly missingFile: string;
    readonly unknownType: string;
    readonly noSheet: string;
    readonly badOut: string;
    readonly sameFile: string;
    readonly outExists: string;
    readonly writeFailed: string;
    /** `{sheet}`, a sheet the run writes on, is protected in the workbook: nothing is written. */
    readonly protectedSheet: string;
    readonly noClientList: string;
    /** `--out` into a folder that does not exist. */
    readonly outFolderMissing: string;
    /** No sheet of the workbook holds a table: `{sheets}` listed, `{first}` as the example. */
    readonly noTableInWorkbook: string;
    readonly unexpected: string;
    /** Ctrl-C or a stop signal during a run: the temporary file is gone, nothing was written. */
    readonly interrupted: string;
  };
}
