import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { HistoryRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import type { Language } from "../../../src/core";
import { PANE_STEPS, type PaneStep } from "../../../src/taskpane/components/steps/paneSteps";
import { StepTabs } from "../../../src/taskpane/components/steps/StepTabs";
import { createI18n } from "../../../src/taskpane/i18n/createI18n";

/**
 * The pane's step tabs alone at the pane's width, in the language the query names; `?more=1` adds
 * one step more than the pane has, with a long word, to show that the next step fits too.
 */
const query = new URLSearchParams(window.location.search);
const lang = (query.get("lang") ?? "en") as Language;
const EXTRA: Record<Language, string> = { en: "Forecast", ru: "История изменений", es: "Previsiones" };
const more: PaneStep[] =
  query.get("more") === "1" ? [{ id: "extra", icon: HistoryRegular, label: () => EXTRA[lang], panel: () => null }] : [];
const steps = [...PANE_STEPS, ...more];

function Tabs() {
  const [selected, setSelected] = useState(query.get("selected") ?? steps[0].id);
  return (
    <>
      <StepTabs steps={steps} selected={selected} lang={lang} onSelect={setSelected} />
      <p data-testid="selected">{selected}</p>
      <p data-testid="steps">{steps.length}</p>
    </>
  );
}

document.documentElement.lang = lang;
createRoot(document.getElementById("root")!).render(
  <I18nextProvider i18n={createI18n(lang)}>
    <FluentProvider theme={webLightTheme} dir="ltr">
      <div style={{ padding: 12 }}>
        <Tabs />
      </div>
    </FluentProvider>
  </I18nextProvider>,
);
