import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { format, SCI_BANDS, SCI_LIMITS, STATUSES, getLocale, type Classification, type Language } from "../../../core";
import { CATALOGS } from "../../../locales";
import { useFormat } from "../../i18n/useFormat";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  pair: { display: "contents" },
  term: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  value: { margin: 0 },
});

/** A short legend of A/B/C, X/Y/Z, the statuses and the SCI bands, with this run's own limits. */
export function ClassLegend({ classification, lang }: { readonly classification: Classification; readonly lang: Language }) {
  const styles = useStyles();
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
          <dl className={styles.list} aria-label={words.title}>
            {rows.map(([term, text]) => (
              <div key={term} className={styles.pair}>
                <dt className={styles.term}>{term}</dt>
                <dd className={styles.value}>{text}</dd>
              </div>
            ))}
          </dl>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
