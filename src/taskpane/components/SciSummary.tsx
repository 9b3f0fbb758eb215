import { Caption1Strong, MessageBar, MessageBarBody } from "@fluentui/react-components";
import {
  atRiskA,
  countedWord,
  format as fill,
  getLocale,
  SCI_BANDS,
  sciBandCounts,
  sciWords,
  type Classification,
} from "../../core";
import { useFormat } from "../i18n/useFormat";
import { FactList } from "./FactList";
import { usePaneLanguage } from "../i18n/usePaneLanguage";

/** A clients at risk named in the pane; the rest are on the matrix sheet. */
const NAMED = 5;

export interface SciSummaryProps {
  readonly classification: Classification;
}

/** After a run on a table with an SCI column: clients per reliability band, and the A clients at risk first (§11). */
export function SciSummary({ classification }: SciSummaryProps) {
  const lang = usePaneLanguage();
  const words = sciWords(lang);
  const format = useFormat();
  const clients = classification.clients;
  const counts = sciBandCounts(clients);
  const atRisk = atRiskA(clients);
  const names = atRisk.slice(0, NAMED).map((c) => c.name);
  if (atRisk.length > NAMED) names.push("…");
  return (
    <>
      {atRisk.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {fill(countedWord(atRisk.length, words.pane.atRiskA, getLocale(lang)), {
              n: format.integer(atRisk.length),
              names: names.join(", "),
            })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Caption1Strong as="h3">{words.pane.bands}</Caption1Strong>
      <FactList
        label={words.pane.bands}
        numbers
        facts={[
          ...SCI_BANDS.map((band) => ({ term: words.bands[band], value: format.integer(counts[band]) })),
          { term: words.pane.noSci, value: format.integer(counts.none) },
        ]}
      />
    </>
  );
}
