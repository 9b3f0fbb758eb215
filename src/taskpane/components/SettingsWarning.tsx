import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";

/** Why a step's run button is off while some settings are invalid (shown only then). */
export function SettingsWarning({ settingsValid }: { readonly settingsValid: boolean }) {
  const { t } = useTranslation();
  if (settingsValid) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{t("run.settingsInvalid")}</MessageBarBody>
    </MessageBar>
  );
}
