import { CATALOGS, type Catalog } from "../../locales";
import type { Language } from "../settings";

/** The words of the Funnel sheet in one language (src/locales/<language>/funnel.ts). */
export type FunnelWords = Catalog["funnel"];

/**
 * The funnel words of a language.
 * @example funnelWords("es").sheet // "Embudo"
 */
export function funnelWords(language: Language): FunnelWords {
  return CATALOGS[language].funnel;
}
