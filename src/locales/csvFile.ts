import type { Language } from "../core";
import { csvFile as en } from "./en/csvFile";
import { csvFile as es } from "./es/csvFile";
import { csvFile as ru } from "./ru/csvFile";
import type { Words } from "./Words";

/** The shape of the words for a CSV file that cannot be read. */
export type CsvFileWords = Words<typeof en>;

/**
 * The words for a CSV file that cannot be read, in every language, each from its folder's
 * `csvFile.ts`. Kept out of `CATALOGS` (as the command line's words are): only the command line and
 * the engine's worker say them, so the pane's start-up JavaScript and functions.js do not carry them.
 */
export const CSV_FILE_CATALOG: Readonly<Record<Language, CsvFileWords>> = { en, ru, es };

/** The words for a CSV file that cannot be read, in a language: the command line's and the standalone page's. */
export function csvFileWords(language: Language): CsvFileWords {
  return CSV_FILE_CATALOG[language];
}
