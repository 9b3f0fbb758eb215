import type { Language } from "../settings";
import { surfaceWords } from "../../locales";
import type { Locale } from "./Locale";

/** The words live in src/locales/<language>/core.ts. */
export const LOCALES: Readonly<Record<Language, Locale>> = surfaceWords("core");

/**
 * The words of a language.
 * @example getLocale("ru").statuses.lost // "потерянный"
 */
export function getLocale(language: Language): Locale {
  return LOCALES[language];
}
