import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Language } from "../../core";
import en from "../locales/en.json";
import es from "../locales/es.json";
import ru from "../locales/ru.json";

export const LANGUAGES: readonly Language[] = ["en", "ru", "es"];

/**
 * The language Segmenta speaks for an Office or browser language tag; English when it has none.
 * @example languageOf("ru-RU") // "ru"; languageOf("pt-BR") // "en"
 */
export function languageOf(tag: string | null | undefined): Language {
  const base = (tag ?? "").toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : "en";
}

/** A ready i18next instance holding the task pane's words, initialised synchronously. */
export function createI18n(lang: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, ru: { translation: ru }, es: { translation: es } },
    lng: lang,
    fallbackLng: "en",
    supportedLngs: LANGUAGES as Language[],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
