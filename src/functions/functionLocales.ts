/**
 * The names and descriptions of the custom functions in the languages other than English, as the build
 * step (scripts/buildFunctionLocales.ts) turns them into functions-ru.json and functions-es.json. The
 * words live in src/locales/<language>/functions.ts; English there is the JSDoc of functions.ts.
 * Ids never change; only `name` and `description` (of functions and of their parameters) do.
 */
import { CATALOGS, LANGUAGES, type Language } from "../locales";

/** Every language but English, whose metadata the JSDoc generates. */
export type FunctionLanguage = Exclude<Language, "en">;

export const FUNCTION_LANGUAGES: readonly FunctionLanguage[] = LANGUAGES.filter(
  (language): language is FunctionLanguage => language !== "en",
);

export interface LocalText {
  readonly name: string;
  readonly description: string;
}

export interface FunctionLocale extends LocalText {
  /** By the parameter's name in functions.json. */
  readonly parameters: Readonly<Record<string, LocalText>>;
}

type Table = Readonly<Record<string, Readonly<Record<Language, FunctionLocale>>>>;

/** Function id → language → its words, from each language's catalog. */
export const FUNCTION_LOCALES: Table = Object.fromEntries(
  Object.keys(CATALOGS.en.functions).map((id) => [
    id,
    Object.fromEntries(
      LANGUAGES.map((language) => [
        language,
        (CATALOGS[language].functions as Record<string, FunctionLocale>)[id],
      ]),
    ) as Record<Language, FunctionLocale>,
  ]),
);
