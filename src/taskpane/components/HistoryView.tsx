import { Button, makeStyles, Subtitle2, Text } from "@fluentui/react-components";
import { HistoryRegular } from "@fluentui/react-icons";
import {
  ABC_OR_NONE,
  XYZ_OR_NONE,
  format as fill,
  formatPeriod,
  getLocale,
  historyLists,
  type Classification,
  type ClassHistory,
  type Transitions,
} from "../../core";
import { CATALOGS } from "../../locales";
import { HISTORY_PANE_CATALOG } from "../../locales/historyPaneCatalog";
import { useFormat } from "../i18n/useFormat";
import { usePaneLanguage } from "../i18n/usePaneLanguage";
import { usePanelStyles, useSummaryCells, useSummaryTableStyles } from "./paneStyles";

/** How many clients each list shows; the rest are on the History sheet. */
const LISTED = 10;

const useStyles = makeStyles({
  facts: { margin: 0, display: "grid", gridTemplateColumns: "1fr auto", columnGap: "8px", rowGap: "2px" },
  factValue: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

export interface HistoryViewProps {
  readonly history: ClassHistory;
  readonly classification: Classification;
  /** Write or update the sheets, the History sheet included (the button is off while `busy`). */
  readonly onWrite: () => void;
  readonly busy?: boolean;
}

/** The History step (§14): stability, both transition matrices, who slipped at the last step and who stayed A. */
export function HistoryView({ history, classification, onWrite, busy }: HistoryViewProps) {
  const styles = { ...usePanelStyles(), ...useSummaryTableStyles(), ...useStyles() };
  const lang = usePaneLanguage();
  const words = CATALOGS[lang].history;
  const w = HISTORY_PANE_CATALOG[lang];
  const f = useFormat();
  const { cell, number, head } = useSummaryCells();
  const h = history.periods.length;
  const period = (j: number) => formatPeriod(history.periods[j], history.granularity, getLocale(lang));
  const lists = historyLists(history, classification);
  const share = (x: number | null) => (x === null ? words.notAvailable : f.percent(x));
  const name = (k: string) => (k === "none" ? words.none : k);

  const matrix = <K extends string>(caption: string, keys: readonly K[], m: Transitions<K>) => (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <td className={cell} />
          {keys.map((k) => (
            <th key={k} scope="col" className={head(styles.number)}>
              {name(k)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {keys.map((from) => (
          <tr key={from}>
            <th scope="row" className={head()}>
              {name(from)}
            </th>
            {keys.map((to) => (
              <td key={to} className={number}>
                {f.integer(m[from][to])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );

  const list = (
    caption: string,
    none: string,
    clients: readonly number[],
    detail: ((c: number) => string) | null,
  ) => (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <tbody>
        {clients.length === 0 ? (
          <tr>
            <td className={cell}>{none}</td>
          </tr>
        ) : (
          clients.slice(0, LISTED).map((c) => (
            <tr key={c}>
              <th scope="row" className={cell}>
                {classification.clients[c].name}
                {detail ? <span className={styles.sub}>{detail(c)}</span> : null}
              </th>
              <td className={number}>{f.integer(Math.round(classification.clients[c].metric))}</td>
            </tr>
          ))
        )}
      </tbody>
      {clients.length > LISTED ? (
        <tfoot>
          <tr>
            <td className={cell} colSpan={2}>
              {fill(w.more, { count: f.integer(clients.length - LISTED) })}
            </td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
  const code = (c: number, j: number) => ABC_OR_NONE[history.abc[c * h + j]];

  return (
    <section className={styles.root} aria-label={w.heading}>
      <Subtitle2 as="h2">{w.heading}</Subtitle2>
      {h > 0 ? (
        <Text>{fill(w.periods, { count: f.integer(h), first: period(0), last: period(h - 1) })}</Text>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" icon={<HistoryRegular />} disabled={busy} onClick={onWrite}>
          {w.write}
        </Button>
      </div>
      <div>
        <Text weight="semibold">{w.stability}</Text>
        <dl className={styles.facts}>
          <dt>ABC</dt>
          <dd className={styles.factValue}>{share(history.stability.abc)}</dd>
          <dt>XYZ</dt>
          <dd className={styles.factValue}>{share(history.stability.xyz)}</dd>
        </dl>
      </div>
      {matrix(w.abc, ABC_OR_NONE, history.transitions.abc)}
      {matrix(w.xyz, XYZ_OR_NONE, history.transitions.xyz)}
      {h > 1
        ? list(
            fill(w.slipping, { before: period(h - 2), last: period(h - 1) }),
            w.noneSlipping,
            lists.slipping,
            (c) => `${code(c, h - 2)} → ${code(c, h - 1)}`,
          )
        : null}
      {list(w.steadyA, w.noneSteadyA, lists.steadyA, null)}
    </section>
  );
}
