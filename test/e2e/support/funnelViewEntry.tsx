import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import {
  analyseWorkbook,
  DEFAULT_SETTINGS,
  funnelModel,
  type CellValue,
  type Language,
  type PlanRow,
  type Stage,
} from "../../../src/core";
import { SciSummary } from "../../../src/taskpane/components/SciSummary";
import { FunnelView } from "../../../src/taskpane/components/FunnelView";
import { createI18n } from "../../../src/taskpane/i18n/createI18n";

/**
 * The funnel view alone (or, with `view=sci`, the reliability summary), in the language the page's
 * query names, over a plan with every stage in it and clients with long names in every band.
 */
const query = new URLSearchParams(window.location.search);
const lang = (query.get("lang") ?? "en") as Language;
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
const table: CellValue[][] = [
  ["Client", "2024-01", "2024-02", "2024-03", "SCI"],
  ...Array.from({ length: 12 }, (_, i): CellValue[] => [
    `ООО «Торговый дом Северо-Западный ${i}»`,
    300 - i,
    300 - i,
    300 - i,
    0.5 + i * 0.04,
  ]),
];
const sheet = { name: "Sales", top: 0, left: 0, values: table };
const classification = analyseWorkbook(
  { active: sheet, sheetNames: ["Sales"], owned: [] },
  { settings: DEFAULT_SETTINGS, lang, plan: false },
).classification;
document.documentElement.lang = lang;
createRoot(document.getElementById("root")!).render(
  <I18nextProvider i18n={createI18n(lang)}>
    <FluentProvider theme={webLightTheme} dir="ltr">
      <div style={{ padding: 12 }}>
        {query.get("view") === "sci" && classification ? (
          <SciSummary classification={classification} />
        ) : (
          <FunnelView funnel={funnelModel(plan, TODAY)} sheet="Funnel" onGoTo={() => undefined} />
        )}
      </div>
    </FluentProvider>
  </I18nextProvider>,
);
