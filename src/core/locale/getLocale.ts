import type { Language } from "../settings";
import { en } from "./en";
import { es } from "./es";
import type { Locale } from "./Locale";
import { ru } from "./ru";

export const LOCALES: Readonly<Record<Language, Locale>> = { en, ru, es };

/**
 * The words of a language.
 * @example getLocale("ru").statuses.lost // "потерянный"
 */
export function getLocale(language: Language): Locale {
  return LOCALES[language];
}
