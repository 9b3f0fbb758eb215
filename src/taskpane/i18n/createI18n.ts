import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Language } from "../../core";
import { CATALOGS, LANGUAGES, languageOfTag } from "../../locales";

export { LANGUAGES };

/** Words as i18next reads them: texts, nested by key. */
type Tree = { readonly [key: string]: string | Tree };

const PLURAL_FORMS = new Set(["zero", "one", "two", "few", "many", "other"]);

/** Whether a part of the catalog is a counted word (`{ one, few?, many?, other }`). */
function isPluralForms(tree: object): boolean {
  const keys = Object.keys(tree);
  return keys.includes("one") && keys.includes("other") && keys.every((key) => PLURAL_FORMS.has(key));
}

/**
 * The catalog as i18next reads it: a counted word's forms become its `_one`, `_few`, `_many` and
 * `_other` keys, which i18next chooses by `Intl.PluralRules` from the `count` given. A form the
 * language has but the catalog leaves out is the `other` form (Spanish's `many`, for round millions),
 * as in the core's `countedWord`; without it i18next would fall back to English.
 * @example i18nextResources({ clients: { one: "{n} client", other: "{n} clients" } }, "en") // { clients_one: "{n} client", clients_other: "{n} clients" }
 */
export function i18nextResources(words: object, language: Language): Tree {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  return Object.fromEntries(
    Object.entries(words).flatMap(([key, value]: [string, string | object]): [string, string | Tree][] => {
      if (typeof value === "string") return [[key, value]];
      if (!isPluralForms(value)) return [[key, i18nextResources(value, language)]];
      const forms = value as Readonly<Record<string, string>>;
      return categories.map((form) => [`${key}_${form}`, forms[form] ?? forms.other]);
    }),
  );
}

/**
 * The language Segmenta speaks for an Office or browser language tag; English when it has none.
 * @example languageOf("ru-RU") // "ru"; languageOf("pt-BR") // "en"
 */
export function languageOf(tag: string | null | undefined): Language {
  return languageOfTag(tag) ?? "en";
}

/** A ready i18next instance holding the task pane's words, initialised synchronously. */
export function createI18n(lang: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: Object.fromEntries(
      LANGUAGES.map((language) => [
        language,
        { translation: i18nextResources(CATALOGS[language].pane, language) },
      ]),
    ),
    lng: lang,
    fallbackLng: "en",
    supportedLngs: [...LANGUAGES],
    // One placeholder syntax in every catalog: `{name}`, as core's `format` fills it.
    interpolation: { escapeValue: false, prefix: "{", suffix: "}" },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
