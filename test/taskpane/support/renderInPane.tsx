import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { I18nextProvider } from "react-i18next";
import type { Language } from "../../../src/core";
import { createI18n } from "../../../src/taskpane/i18n/createI18n";

/** One part of the pane, with the pane's words and theme around it. */
export function renderInPane(ui: ReactElement, lang: Language = "en") {
  return render(
    <I18nextProvider i18n={createI18n(lang)}>
      <FluentProvider theme={webLightTheme} lang={lang}>
        {ui}
      </FluentProvider>
    </I18nextProvider>,
  );
}
