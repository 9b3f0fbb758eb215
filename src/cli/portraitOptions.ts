import { PORTRAIT_MARKERS, format, ownedSheetName, readClientList } from "../core";
import type { PortraitOptions, WorkbookSnapshot } from "../core";
import type { CliWords } from "../locales/cliWords";
import type { CliOptions } from "./parseArgs";

export type PortraitOptionsResult = { readonly ok: true; readonly value: PortraitOptions | undefined } | { readonly ok: false; readonly message: string };

/**
 * What `--portrait`, `--suggest`, `--gap-share` and `--clients-sheet` ask of the pipeline. The suggestion fills the
 * targets only when the workbook has no target sheet yet, so marks a user removed never come back.
 */
export function portraitOptions(o: CliOptions, snapshot: WorkbookSnapshot, file: string, words: CliWords): PortraitOptionsResult {
  if (!o.portrait) return { ok: true, value: undefined };
  const suggest = o.suggest && ownedSheetName(snapshot, PORTRAIT_MARKERS.portrait) === null;
  const asked = { suggest, ...(o.gapShare === null ? {} : { gapShare: o.gapShare }) };
  if (o.clientsSheet === null) return { ok: true, value: asked };
  const wanted = o.clientsSheet.toLowerCase();
  const sheet = Object.values(snapshot.others ?? {}).find((s) => s.name.toLowerCase() === wanted);
  if (!sheet) return { ok: false, message: format(words.problems.noSheet, { file, sheet: o.clientsSheet, sheets: snapshot.sheetNames.join(", ") }) };
  const list = readClientList(sheet);
  if (!list.ok) return { ok: false, message: format(words.problems.noClientList, { file, sheet: sheet.name }) };
  return { ok: true, value: { ...asked, clientSegments: list.value } };
}
