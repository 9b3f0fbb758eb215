import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { analyseWorkbook } from "../core";
import { App } from "./components/App";
import { chooseHost } from "./host/chooseHost";
import { createI18n, languageOf } from "./i18n/createI18n";

/** Starts the task pane: picks Excel or the standalone workbook, the language and the theme. */
async function start(): Promise<void> {
  const container =
    document.getElementById("container") ??
    document.getElementById("root") ??
    document.body.appendChild(document.createElement("div"));
  const host = await chooseHost(window.location.search);
  const lang = languageOf(host.displayLanguage);
  const i18n = createI18n(lang);
  document.documentElement.lang = lang;
  createRoot(container).render(
    <App
      host={host}
      analyse={analyseWorkbook}
      i18n={i18n}
      theme={host.dark ? webDarkTheme : webLightTheme}
      lang={lang}
    />,
  );
}

void start();
