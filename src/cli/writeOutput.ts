import { constants as fsConstants, createWriteStream, rmSync } from "node:fs";
import { copyFile, link, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { once } from "node:events";
import path from "node:path";
import Papa from "papaparse";
import { describeReason } from "../core";
import type { Classification, ClientResult, Locale, WritePlan } from "../core";
import { cleanNumber, cleanOrNull } from "./cleanNumber";
import { csvText } from "./csvText";
import type { LoadedInput } from "./loadInput";

/** The output file appeared while the run was writing it (another run, or the user): it is left as it is. */
export class OutputExistsError extends Error {
  constructor(readonly file: string) {
    super(`${file} exists`);
    this.name = "OutputExistsError";
  }
}

/** Writes started by this process, so two at once never share a temporary file. */
let writes = 0;

/** Temporary files being written now: removed by {@link removeTemporaryFiles} when the run is stopped. */
const temporaryFiles = new Set<string>();

/** Removes the temporary files of writes still under way (Ctrl-C, SIGTERM); returns how many there were. */
export function removeTemporaryFiles(): number {
  const count = temporaryFiles.size;
  for (const temp of temporaryFiles) rmSync(temp, { force: true });
  temporaryFiles.clear();
  return count;
}

/**
 * Puts the finished `temp` in place as `file`. With `replace`, a rename. Without it, a hard link,
 * which the file system refuses when `file` exists, so the "never replace" rule holds at this very
 * moment and not only when the run started: two runs to one `--out` never overwrite each other.
 * Where hard links are not supported, an exclusive copy does the same.
 */
async function publish(temp: string, file: string, replace: boolean): Promise<void> {
  if (replace) {
    await rename(temp, file);
    return;
  }
  try {
    await link(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new OutputExistsError(file);
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "ENOSYS") throw error;
    try {
      await copyFile(temp, file, fsConstants.COPYFILE_EXCL);
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code === "EEXIST") throw new OutputExistsError(file);
      throw copyError;
    }
  }
  await unlink(temp);
}

/**
 * Lets `write` fill a temporary file in the same folder as `file`, then puts it in place (see
 * `publish`), so a reader never sees half a file and a failed or stopped run leaves no file behind.
 */
async function replaceAtomically<T>(file: string, write: (temp: string) => Promise<T>, replace: boolean): Promise<T> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${++writes}.tmp`);
  temporaryFiles.add(temp);
  try {
    const result = await write(temp);
    await publish(temp, file, replace);
    return result;
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    temporaryFiles.delete(temp);
  }
}

/**
 * Writes `bytes` to `file` through a temporary file in the same folder, so a reader never sees half
 * a file and a failed run leaves no file behind; an existing `file` is replaced only with `replace`.
 */
export async function writeAtomically(file: string, bytes: Uint8Array | string, replace: boolean): Promise<void> {
  await replaceAtomically(file, (temp) => writeFile(temp, bytes), replace);
}

/**
 * The client table as CSV (UTF-8 with a byte order mark, so Excel reads every alphabet): key, name,
 * segment, manager, metric, share, cumulative share, ABC, CV, XYZ, status, reason; largest first.
 * Numbers are written as numbers; a text a spreadsheet would evaluate goes behind an apostrophe
 * (see `csvText`), so a client named `=HYPERLINK(…)` or `-2+3` opens as text.
 */
export function clientTableCsv(result: Classification, locale: Locale): string {
  const c = locale.columns;
  const header = [c.client, c.name, c.segment, c.manager, c.metric[result.settings.metric], c.share, c.cumShare, c.abc, c.cv, c.xyz, c.status, c.reason];
  const rank = (r: ClientResult) => (r.status === "potential" ? 1 : 0);
  // The client sheet's order: largest first, table order among equals, potential clients last.
  const sorted = [...result.clients].sort((x, y) => rank(x) - rank(y) || y.metric - x.metric || x.index - y.index);
  const rows = sorted.map((r) => [
    r.key,
    r.name,
    r.segment ?? "",
    r.manager ?? "",
    cleanNumber(r.metric),
    cleanNumber(r.share),
    cleanOrNull(r.cumShare) ?? "",
    r.abc ?? "",
    cleanOrNull(r.cv) ?? "",
    r.xyz ?? "",
    locale.statuses[r.status],
    describeReason(r, result, locale),
  ]);
  const cells = [header, ...rows].map((row) => row.map((cell) => (typeof cell === "string" ? csvText(cell) : cell)));
  return `\ufeff${Papa.unparse(cells)}\r\n`;
}

/**
 * The .xlsx `--out` writes for an .xlsx/.xlsm input: the input file patched with the run's write plan
 * (results, matrix sheet, portrait sheets), as the add-in applies it in Excel. Only the parts the plan
 * changes are rewritten; charts, pivot tables, comments, macros and every other part are carried over
 * byte for byte. Charts of the plan are written as native charts.
 */
async function updatedWorkbook(input: Uint8Array, plan: WritePlan): Promise<{ readonly bytes: Uint8Array; readonly skippedCharts: readonly string[] }> {
  const { patchWorkbook } = await import("../xlsx/patch");
  const { bytes, skipped } = patchWorkbook(input, plan);
  return { bytes, skippedCharts: skipped.map((s) => s.name) };
}

/**
 * The part of `plan` that draws its charts: the charts, and every op of the sheets they sit on or
 * read from (each such sheet is Segmenta's own and rewritten whole, to the same cells the streaming
 * writer wrote, so the charts' cached values come from the plan).
 */
export function chartPlan(plan: WritePlan): WritePlan {
  const charts = plan.ops.filter((op) => op.kind === "chart");
  const sheets = new Set(charts.flatMap((op) => (op.kind === "chart" ? [op.source.sheet, op.anchor.sheet] : [])));
  const onSheets = (op: WritePlan["ops"][number]): boolean => {
    switch (op.kind) {
      case "sheet":
      case "columnWidths":
      case "freeze":
        return sheets.has(op.sheet);
      case "chart":
        return true;
      case "select":
        return false;
      default:
        return sheets.has(op.range.sheet);
    }
  };
  return { ops: plan.ops.filter(onSheets), owned: plan.owned.filter((range) => sheets.has(range.sheet)) };
}

/** Streams a CSV's workbook into `temp`; resolves once the file is written and closed. */
async function streamCsvWorkbook(temp: string, input: LoadedInput, plan: WritePlan): Promise<readonly string[]> {
  const { streamPlanToXlsx } = await import("../xlsx/streamPlanToXlsx");
  const out = createWriteStream(temp);
  const failed = new Promise<never>((_resolve, reject) => out.once("error", reject));
  failed.catch(() => undefined);
  try {
    const { skipped } = await Promise.race([streamPlanToXlsx(input.snapshot.active, plan, out), failed]);
    if (!out.closed) await Promise.race([once(out, "close"), failed]);
    if (!skipped.some((s) => s.kind === "chart")) return skipped.map((s) => s.name);
    // ExcelJS writes no charts: the patcher adds them to the streamed file as native chart parts.
    const { patchWorkbook } = await import("../xlsx/patch");
    const patched = patchWorkbook(await readFile(temp), chartPlan(plan));
    await writeFile(temp, patched.bytes);
    return patched.skipped.map((s) => s.name);
  } catch (error) {
    // Closed before the caller removes the file, or a late open would create it again.
    if (!out.closed) await new Promise<void>((resolve) => out.destroy().once("close", () => resolve()));
    throw error;
  }
}

/**
 * Writes the .xlsx `--out` to `file` (through a temporary file and a rename, see `writeAtomically`)
 * and returns the charts left out. An .xlsx/.xlsm input is patched (see `patchWorkbook`); a CSV input has no workbook to keep, so its data sheet and Segmenta's sheets are
 * streamed row by row, which keeps memory bounded on large files.
 * @example (await writeResultWorkbook("out.xlsx", loaded, plan)).skippedCharts // ["Segmenta_Pareto"]
 */
export async function writeResultWorkbook(
  file: string,
  input: LoadedInput,
  plan: WritePlan,
  replace: boolean,
): Promise<{ readonly skippedCharts: readonly string[] }> {
  if (input.bytes) {
    const book = await updatedWorkbook(input.bytes, plan);
    await writeAtomically(file, book.bytes, replace);
    return { skippedCharts: book.skippedCharts };
  }
  return { skippedCharts: await replaceAtomically(file, (temp) => streamCsvWorkbook(temp, input, plan), replace) };
}
