import type { Language } from "../core";
import { CLI_CATALOG } from "../locales/cliCatalog";
import type { CliWords } from "../locales/cliWords";

/** The words live in src/locales/<language>/cli.ts. */
const WORDS: Readonly<Record<Language, CliWords>> = CLI_CATALOG;

/** The command line's words in a language. */
export function cliWords(language: Language): CliWords {
  return WORDS[language];
}
