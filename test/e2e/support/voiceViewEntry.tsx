import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { analyseWorkbook, DEFAULT_SETTINGS, voiceSourcesOf, type Language } from "../../../src/core";
import { VoiceSheetPicks } from "../../../src/taskpane/components/VoiceSheetPicks";
import { VoiceView } from "../../../src/taskpane/components/VoiceView";
import { createI18n } from "../../../src/taskpane/i18n/createI18n";
import { missingVoiceSheets } from "../../../src/taskpane/state/voiceSheets";
import { voiceWorkbook } from "../../support/voiceWorkbook";

/**
 * The Satisfaction step's view alone, in the language the page's query names, over the README's
 * worked example with long manager names; `?tables=no` is a workbook without Complaints and Survey
 * sheets (the button that adds them shows).
 */
const query = new URLSearchParams(window.location.search);
const lang = (query.get("lang") ?? "en") as Language;
const withTables = query.get("tables") !== "no";
const full = voiceWorkbook();
const workbook = withTables ? full : { ...full, sheetNames: [full.active.name], others: {} };
const names: Record<string, string> = { Ivanov: "Анна Петрова-Водкина", Petrova: "María José Fernández de Córdoba" };
const active = { ...workbook.active, values: workbook.active.values.map((row) => row.map((v) => (typeof v === "string" && names[v] ? names[v] : v))) };
const analysis = analyseWorkbook({ ...workbook, active }, { settings: DEFAULT_SETTINGS, lang, plan: false, voice: voiceSourcesOf(workbook) });
const figures = analysis.voice?.ok ? analysis.voice.figures : null;
document.documentElement.lang = lang;
createRoot(document.getElementById("root")!).render(
  <I18nextProvider i18n={createI18n(lang)}>
    <FluentProvider theme={webLightTheme} dir="ltr">
      <div style={{ padding: 12 }}>
        <VoiceView
          figures={figures}
          missing={missingVoiceSheets({ sheet: workbook.active.name, sheetNames: workbook.sheetNames, owned: workbook.owned }, lang)}
          onAddSheets={() => undefined}
          onUpdate={() => undefined}
        />
        <VoiceSheetPicks snapshot={workbook} picks={{}} onChange={() => undefined} />
      </div>
    </FluentProvider>
  </I18nextProvider>,
);
