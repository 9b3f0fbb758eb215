import { constants as fsConstants, rmSync } from "node:fs";
import { copyFile, link, open, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import Papa from "papaparse";
import { describeReason } from "../core";
import type { Classification, ClientResult, Locale, WritePlan } from "../core";
import { cleanNumber, cleanOrNull } from "./cleanNumber";
import { csvText } from "./csvText";
import type { LoadedInput } from "./loadInput";
import { useNativeZlib } from "./zlibCodec";

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
 * Writes the .xlsx `--out` to `file` (through a temporary file and a rename, see `writeAtomically`)
 * and returns the charts left out. An .xlsx/.xlsm input is patched with the run's write plan
 * (`patchWorkbook`): only the parts the plan changes are rewritten; charts, pivot tables, comments,
 * macros and every other part are carried over byte for byte. A CSV input becomes a new workbook
 * through the same writer (`newWorkbookFile`). The temporary file is made before the workbook is, so
 * a run stopped meanwhile (Ctrl-C) has it to remove and leaves nothing.
 * @example (await writeResultWorkbook("out.xlsx", loaded, plan)).skippedCharts // []
 */
export async function writeResultWorkbook(
  file: string,
  input: LoadedInput,
  plan: WritePlan,
  replace: boolean,
): Promise<{ readonly skippedCharts: readonly string[] }> {
  await useNativeZlib();
  const { newWorkbookFile, patchWorkbook } = await import("../xlsx/patch");
  const bytes = input.bytes;
  return replaceAtomically(
    file,
    async (temp) => {
      const handle = await open(temp, "w");
      try {
        const book = bytes ? patchWorkbook(bytes, plan) : newWorkbookFile(input.snapshot.active, plan);
        await handle.writeFile(book.bytes);
        return { skippedCharts: book.skipped.map((s) => s.name) };
      } finally {
        await handle.close();
      }
    },
    replace,
  );
}
