import { funnel as en } from "../../locales/en/funnel";
import { funnel as es } from "../../locales/es/funnel";
import { funnel as ru } from "../../locales/ru/funnel";
import type { Words } from "../../locales/Words";
import type { Language } from "../settings";

/** The words of the Funnel sheet in one language (src/locales/<language>/funnel.ts). */
export type FunnelWords = Words<typeof en>;

const FUNNEL_WORDS: Readonly<Record<Language, FunnelWords>> = { en, ru, es };

/**
 * The funnel words of a language.
 * @example funnelWords("es").sheet // "Embudo"
 */
export function funnelWords(language: Language): FunnelWords {
  return FUNNEL_WORDS[language];
}
