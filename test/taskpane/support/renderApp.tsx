import { webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { Language } from "../../../src/core";
import { App } from "../../../src/taskpane/components/App";
import type { WorkbookHost } from "../../../src/taskpane/host/WorkbookHost";
import { createI18n } from "../../../src/taskpane/i18n/createI18n";

/** The whole pane over a host, as index.tsx starts it. */
export function renderApp(host: WorkbookHost, lang: Language = "en") {
  return render(
    <App host={host} i18n={createI18n(lang)} theme={webLightTheme} lang={lang} />,
  );
}
