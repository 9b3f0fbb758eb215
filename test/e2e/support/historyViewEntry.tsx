import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import {
  analyseWorkbook,
  DEFAULT_SETTINGS,
  serialFromYMD,
  type CellValue,
  type Language,
} from "../../../src/core";
import { HistoryPanel } from "../../../src/taskpane/components/HistoryPanel";
import { createI18n } from "../../../src/taskpane/i18n/createI18n";
import { initialState, type SegmentaState } from "../../../src/taskpane/state/segmentaReducer";
import type { SegmentaActions } from "../../../src/taskpane/state/useSegmenta";

/**
 * The History step alone, in the language the page's query names, after a run over 40 clients with
 * long names and 18 months of sales whose sizes drift, so clients move between classes; `?off=yes`
 * shows it for a table above the pane's client limit.
 */
const query = new URLSearchParams(window.location.search);
const lang = (query.get("lang") ?? "en") as Language;
const off = query.get("off") === "yes";
const rows: CellValue[][] = [];
for (let c = 0; c < 40; c++)
  for (let m = 0; m < 18; m++)
    if ((c * 7 + m) % 4 !== 0)
      rows.push([
        c % 3 === 0 ? `Торговый дом «Северная звезда» ${c}` : `Client ${c}`,
        serialFromYMD(2024 + Math.floor(m / 12), (m % 12) + 1, 10),
        1000 * (c + 1) * (1 + ((c % 5) - 2) * 0.08 * m),
      ]);
const sheet = { name: "Sales", top: 0, left: 0, values: [["Client", "Date", "Amount"], ...rows] };
const analysis = analyseWorkbook(
  { active: sheet, sheetNames: ["Sales"], owned: [] },
  { settings: DEFAULT_SETTINGS, lang, plan: false, history: 12 },
);
const state: SegmentaState = {
  ...initialState(lang),
  run: {
    status: "done",
    analysis: off
      ? { ...analysis, history: null, historyOff: { clients: 250_000, limit: 100_000 } }
      : analysis,
  },
};
const nothing = () => Promise.resolve();
const actions = { run: nothing, runWithHistory: nothing } as unknown as SegmentaActions;
document.documentElement.lang = lang;
createRoot(document.getElementById("root")!).render(
  <I18nextProvider i18n={createI18n(lang)}>
    <FluentProvider theme={webLightTheme} dir="ltr">
      <div style={{ padding: 12 }}>
        <HistoryPanel state={state} settingsValid actions={actions} />
      </div>
    </FluentProvider>
  </I18nextProvider>,
);
