import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { funnelModel, type Language, type PlanRow, type Stage } from "../../../src/core";
import { FunnelView } from "../../../src/taskpane/components/FunnelView";
import { createI18n } from "../../../src/taskpane/i18n/createI18n";

/** The funnel view alone, in the language the page's query names, over a plan with every stage in it. */
const lang = (new URLSearchParams(window.location.search).get("lang") ?? "en") as Language;
const TODAY = 45600;
const stages: Stage[] = ["notOffered", "presentation", "offer", "contract", "payment", "closed", "refused"];
const plan: PlanRow[] = Array.from({ length: 40 }, (_, i) => ({
  clientKey: `k${i}`,
  client: `ООО «Торговый дом Северо-Западный ${i}»`,
  segment: i % 2 ? "Retail" : "HoReCa",
  manager: i % 3 ? "Anna Petrova" : "Boris Ivanov",
  product: i % 2 ? "Professional coffee machines" : "Milk",
  stage: stages[i % stages.length],
  date: TODAY - 3 - i,
  comment: "",
  abc: "A",
  status: "permanent",
  metric: 100,
  state: "open",
  ...(i % stages.length === 6 ? { refusedAt: stages[i % 4] } : {}),
}));
document.documentElement.lang = lang;
createRoot(document.getElementById("root")!).render(
  <I18nextProvider i18n={createI18n(lang)}>
    <FluentProvider theme={webLightTheme} dir="ltr">
      <div style={{ padding: 12 }}>
        <FunnelView funnel={funnelModel(plan, TODAY)} sheet="Funnel" onGoTo={() => undefined} />
      </div>
    </FluentProvider>
  </I18nextProvider>,
);
