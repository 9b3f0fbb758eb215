import { useTranslation } from "react-i18next";
import type { Language } from "../../locales";
import { languageOf } from "./createI18n";

/** The language the pane speaks now (the one i18next resolved), for words read from the catalogs. */
export function usePaneLanguage(): Language {
  const { i18n } = useTranslation();
  return languageOf(i18n.resolvedLanguage ?? i18n.language);
}
