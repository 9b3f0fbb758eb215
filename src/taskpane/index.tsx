import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { EngineClient } from "./engine/engineClient";
import { startEngineWorker } from "./engine/startEngineWorker";
import { chooseHost } from "./host/chooseHost";
import { createI18n, languageOf } from "./i18n/createI18n";

/** Starts the task pane: picks Excel or the standalone workbook, the language and the theme. */
async function start(): Promise<void> {
  const container =
    document.getElementById("container") ??
    document.getElementById("root") ??
    document.body.appendChild(document.createElement("div"));
  // The engine (reader, pipeline, writer) runs in a worker: the page only shows and talks to Excel.
  const engine = new EngineClient(startEngineWorker);
  const host = await chooseHost(window.location.search, engine);
  const lang = languageOf(host.displayLanguage);
  const i18n = createI18n(lang);
  document.documentElement.lang = lang;
  createRoot(container).render(
    <App
      host={host}
      i18n={i18n}
      theme={host.dark ? webDarkTheme : webLightTheme}
      lang={lang}
    />,
  );
}

void start();
