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
import { TeamView } from "../../../src/taskpane/components/TeamView";
import { createI18n } from "../../../src/taskpane/i18n/createI18n";

/**
 * The Team step's view alone, in the language the page's query names, over a long table with long
 * manager names, products and 15 months of sales; `?managers=no` drops the manager column.
 */
const query = new URLSearchParams(window.location.search);
const lang = (query.get("lang") ?? "en") as Language;
const withManagers = query.get("managers") !== "no";
const managers = ["Анна Петрова-Водкина", "Boris Ivanov", "María José Fernández de Córdoba", ""];
const rows: CellValue[][] = [];
for (let c = 0; c < 30; c++)
  for (let m = 0; m < 15; m++)
    if ((c + m) % 3 !== 0)
      rows.push([
        `Client ${c}`,
        serialFromYMD(2024 + Math.floor(m / 12), (m % 12) + 1, 10),
        1000 * (c + 1) + 17.5 * m,
        `P${(c * m) % 5}`,
        ...(withManagers ? [managers[c % managers.length]] : []),
      ]);
const header = ["Client", "Date", "Amount", "Product", ...(withManagers ? ["Manager"] : [])];
const sheet = { name: "Sales", top: 0, left: 0, values: [header, ...rows] };
const analysis = analyseWorkbook(
  { active: sheet, sheetNames: ["Sales"], owned: [] },
  { settings: DEFAULT_SETTINGS, lang, plan: false },
);
document.documentElement.lang = lang;
createRoot(document.getElementById("root")!).render(
  <I18nextProvider i18n={createI18n(lang)}>
    <FluentProvider theme={webLightTheme} dir="ltr">
      <div style={{ padding: 12 }}>
        {analysis.team && analysis.classification ? (
          <TeamView
            team={analysis.team}
            granularity={analysis.classification.axis.granularity}
            hasManagerColumn={withManagers}
            onWrite={() => undefined}
            onChooseManager={() => undefined}
          />
        ) : (
          <p>no team</p>
        )}
      </div>
    </FluentProvider>
  </I18nextProvider>,
);
