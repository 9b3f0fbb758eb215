import type { Locale } from "../core/locale/Locale";
import * as en from "./en";
import * as es from "./es";
import { LANGUAGES, type Language } from "./languages";
import * as ru from "./ru";
import type { Words } from "./Words";

export { LANGUAGES, languageOfTag, type Language } from "./languages";
export type { PluralForms, Words } from "./Words";

type English = typeof en;

/** Every surface's words in one language: the keys of English, the core's pack typed by its interface. */
export type Catalog = { readonly [S in Exclude<keyof English, "core">]: Words<English[S]> } & {
  readonly core: Locale;
};

/** One catalog per language, one folder each (`src/locales/<language>/`). */
export const CATALOGS: Readonly<Record<Language, Catalog>> = { en, ru, es };

/** The words of one surface in every language, for a surface that picks them by language. */
export function surfaceWords<S extends keyof Catalog>(surface: S): Readonly<Record<Language, Catalog[S]>> {
  return Object.fromEntries(LANGUAGES.map((language) => [language, CATALOGS[language][surface]])) as Record<
    Language,
    Catalog[S]
  >;
}
