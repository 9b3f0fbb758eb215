import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import { format, SCI_BANDS, SCI_LIMITS, STATUSES, getLocale, type Classification, type Language } from "../../../core";
import { CATALOGS } from "../../../locales";
import { useFormat } from "../../i18n/useFormat";
import { FactList } from "../FactList";


/** A short legend of A/B/C, X/Y/Z, the statuses and the SCI bands, with this run's own limits. */
export function ClassLegend({ classification, lang }: { readonly classification: Classification; readonly lang: Language }) {
  const f = useFormat();
  const words = CATALOGS[lang].results.legend;
  const sci = CATALOGS[lang].sci;
  const locale = getLocale(lang);
  const { abc, xyz, windowMonths } = classification.settings;
  const limits = { a: f.percent(abc.a), b: f.percent(abc.b), x: f.percent(xyz.x), y: f.percent(xyz.y) };
  const window = { window: windowMonths };
  const rows: [string, string][] = [
    ...(["A", "B", "C"] as const).map((c): [string, string] => [c, format(words.abc[c], limits)]),
    ...(["X", "Y", "Z"] as const).map((c): [string, string] => [c, format(words.xyz[c], limits)]),
    ...STATUSES.map((s): [string, string] => [locale.statuses[s], format(words.statuses[s], window)]),
    ...(classification.hasSci
      ? SCI_BANDS.map((band): [string, string] => [
          sci.bands[band],
          format(words.sci[band], {
            from: band === "at risk" ? "" : f.percent(SCI_LIMITS[band]),
            below: f.percent(SCI_LIMITS.vulnerable),
          }),
        ])
      : []),
  ];
  return (
    <Accordion collapsible>
      <AccordionItem value="legend">
        <AccordionHeader size="small">{words.title}</AccordionHeader>
        <AccordionPanel>
          <FactList label={words.title} facts={rows.map(([term, value]) => ({ term, value }))} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
