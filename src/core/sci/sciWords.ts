import { CATALOGS, type Catalog } from "../../locales";
import type { Language } from "../settings";

/** The words of SCI columns and tables in one language (src/locales/<language>/sci.ts). */
export type SciWords = Catalog["sci"];

/**
 * The SCI words of a language, for plans and front ends to pass on.
 * @example sciWords("ru").bands["at risk"] // "в зоне риска"
 */
export function sciWords(language: Language): SciWords {
  return CATALOGS[language].sci;
}
