import { useTranslation } from "react-i18next";
import type { Language } from "../../core";
import { LANGUAGES } from "../i18n/createI18n";
import { OptionDropdown } from "./OptionDropdown";

/** The pane's language, switchable at any time (each language named in itself). */
export function LanguagePicker({
  lang,
  onChange,
}: {
  readonly lang: Language;
  readonly onChange: (lang: Language) => void;
}) {
  const { t } = useTranslation();
  return (
    <OptionDropdown
      aria-label={t("app.language.label")}
      size="small"
      fill={false}
      value={lang}
      choices={LANGUAGES.map((code) => ({ value: code, text: t(`app.language.${code}`) }))}
      onChange={onChange}
    />
  );
}
