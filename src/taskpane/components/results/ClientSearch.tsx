import { Caption1, Field, makeStyles, SearchBox, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { countedWord, describeReason, format, getLocale, type Classification, type Language } from "../../../core";
import { CATALOGS } from "../../../locales";
import { useFormat } from "../../i18n/useFormat";
import { findClients } from "../../state/findClients";
import { FactList } from "../FactList";

const SHOWN = 5;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  card: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  term: { color: tokens.colorNeutralForeground3 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** "Why is this client B?": part of a name, then each match's classes, status, SCI, manager and reason. */
export function ClientSearch({ classification, lang }: { readonly classification: Classification; readonly lang: Language }) {
  const styles = useStyles();
  const f = useFormat();
  const [query, setQuery] = useState("");
  const words = CATALOGS[lang].results.search;
  const sci = CATALOGS[lang].sci;
  const locale = getLocale(lang);
  const { found, more } = findClients(classification.clients, query, SHOWN);
  const typed = query.trim() !== "";
  return (
    <section className={styles.root} aria-label={words.label}>
      <Field label={words.label} hint={words.hint}>
        <SearchBox
          value={query}
          onChange={(_, data) => setQuery(data.value)}
          dismiss={{ "aria-label": words.clear, title: words.clear }}
        />
      </Field>
      {typed && found.length === 0 ? <Text className={styles.muted}>{format(words.none, { query: query.trim() })}</Text> : null}
      {found.length > 0 ? (
        <ul className={styles.list} aria-label={words.label}>
          {found.map((client) => {
            const facts: [string, string][] = [
              [words.abcXyz, `${client.abc ?? words.noClass} · ${client.xyz ?? words.noClass}`],
              [words.status, locale.statuses[client.status]],
              ...(client.sci !== undefined
                ? [
                    [
                      words.sci,
                      client.sci === null || !client.sciBand
                        ? sci.pane.noSci
                        : format(words.sciValue, { value: f.percent(client.sci), band: sci.bands[client.sciBand] }),
                    ] as [string, string],
                  ]
                : []),
              [words.manager, client.manager ?? words.noManager],
            ];
            return (
              <li key={client.index} className={styles.card} aria-label={client.name}>
                <Text weight="semibold">{client.name}</Text>
                <FactList facts={facts.map(([term, value]) => ({ term, value }))} />
                <Caption1>
                  <span className={styles.term}>{words.reason}: </span>
                  {describeReason(client, classification, locale)}
                </Caption1>
              </li>
            );
          })}
        </ul>
      ) : null}
      {more > 0 ? (
        <Text className={styles.muted} size={200}>
          {format(countedWord(more, words.more, locale), { n: f.integer(more) })}
        </Text>
      ) : null}
    </section>
  );
}
