import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { analyseWorkbook, DEFAULT_SETTINGS, type CellValue, type Language } from "../../../src/core";
import { DetectionNotes } from "../../../src/taskpane/components/DetectionNotes";
import { ReadChoices } from "../../../src/taskpane/components/ReadChoices";
import { createI18n } from "../../../src/taskpane/i18n/createI18n";
import type { ReadChoice } from "../../../src/taskpane/state/segmentaReducer";

/**
 * The Data step's notes and read choices alone, in the language the page's query names: a long
 * export under a title, with "Alpha Total" subtotal rows, dates that could be read either way, on
 * the second sheet of a workbook whose first is hidden, picked as one of two tables.
 */
const lang = (new URLSearchParams(window.location.search).get("lang") ?? "en") as Language;
const rows: CellValue[][] = [
  ["Client", "Date", "Amount"],
  ["Alpha", "01/02/2024", 100],
  ["Alpha", "03/04/2024", 50],
  ["Alpha Total", null, 150],
  ["Société Générale", "05/06/2024", 70],
  ["Société Générale Total", null, 70],
];
const snapshot = {
  active: { name: "Sales", top: 1, left: 0, values: rows },
  sheetNames: ["Old", "Sales"],
  owned: [],
  notes: [{ code: "sheetUsed" as const, text: "Sales", others: ["Old"] }],
};

function View() {
  const [choice, setChoice] = useState<ReadChoice>({ sheet: "Sales", tables: ["A2:C7", "A10:F40"], range: "A2:C7", dateOrder: null, encodings: null, encoding: null });
  const analysis = analyseWorkbook(snapshot, {
    settings: DEFAULT_SETTINGS,
    lang,
    dateOrder: { ...(choice.dateOrder ? { given: choice.dateOrder } : {}), fallback: "dmy" },
  });
  const table = analysis.read?.ok ? analysis.read.value.table : null;
  return (
    <div style={{ padding: 12, display: "flex", flexDirection: "column", gap: 12 }}>
      {table ? <DetectionNotes table={table} lang={lang} /> : null}
      <ReadChoices table={table} issues={[]} choice={choice} lang={lang} onChoose={setChoice} />
    </div>
  );
}

createRoot(document.getElementById("root") as HTMLElement).render(
  <I18nextProvider i18n={createI18n(lang)}>
    <FluentProvider theme={webLightTheme}>
      <View />
    </FluentProvider>
  </I18nextProvider>,
);
