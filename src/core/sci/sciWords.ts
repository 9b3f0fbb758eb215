import { sci as en } from "../../locales/en/sci";
import { sci as es } from "../../locales/es/sci";
import { sci as ru } from "../../locales/ru/sci";
import type { Words } from "../../locales/Words";
import type { Language } from "../settings";

/** The words of SCI columns and tables in one language (src/locales/<language>/sci.ts). */
export type SciWords = Words<typeof en>;

const SCI_WORDS: Readonly<Record<Language, SciWords>> = { en, ru, es };

/**
 * The SCI words of a language, for plans and front ends to pass on.
 * @example sciWords("ru").bands["at risk"] // "в зоне риска"
 */
export function sciWords(language: Language): SciWords {
  return SCI_WORDS[language];
}
