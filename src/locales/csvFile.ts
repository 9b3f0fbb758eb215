import type { Language } from "../core";
import { csvFile as en } from "./en/csvFile";
import { csvFile as es } from "./es/csvFile";
import { csvFile as ru } from "./ru/csvFile";
import type { Words } from "./Words";

/** The shape of the words for a CSV file that cannot be read. */
export type CsvFileWords = Words<typeof en>;

const CATALOG: Readonly<Record<Language, CsvFileWords>> = { en, ru, es };

/** The words for a CSV file that cannot be read, in a language: the command line's and the standalone page's. */
export function csvFileWords(language: Language): CsvFileWords {
  return CATALOG[language];
}
