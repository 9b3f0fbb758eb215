import type { Classification } from "../../../core";
import { usePaneLanguage } from "../../i18n/usePaneLanguage";
import { ClassLegend } from "./ClassLegend";
import { ClientSearch } from "./ClientSearch";
import { ParetoChart } from "./ParetoChart";

/**
 * What the results add beyond the counts: the Pareto picture, the client search ("why is this client
 * B?") and the legend. One chunk, loaded with the results, so the pane's first script stays small.
 */
export function ResultsExtras({ classification }: { readonly classification: Classification }) {
  const lang = usePaneLanguage();
  return (
    <>
      <ParetoChart classification={classification} lang={lang} />
      <ClientSearch classification={classification} lang={lang} />
      <ClassLegend classification={classification} lang={lang} />
    </>
  );
}
