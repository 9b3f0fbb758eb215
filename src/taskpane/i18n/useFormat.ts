import { useTranslation } from "react-i18next";
import { languageOf } from "./createI18n";
import { formattersFor, type Formatters } from "./format";

/** Number and date formatters for the pane's current language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(languageOf(i18n.resolvedLanguage ?? i18n.language));
}
