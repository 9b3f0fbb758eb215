import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
} from "@fluentui/react-components";
import { PeopleTeamRegular, TableSettingsRegular } from "@fluentui/react-icons";
import {
  format as fill,
  periodRange,
  getLocale,
  type Granularity,
  type TeamFigures,
  type TeamRow,
} from "../../core";
import { CATALOGS } from "../../locales";
import { useFormat } from "../i18n/useFormat";
import { usePanelStyles, useSummaryCells, useSummaryTableStyles } from "./paneStyles";
import { usePaneLanguage } from "../i18n/usePaneLanguage";

const useStyles = makeStyles({
  total: { fontWeight: 600 },
  facts: { margin: 0, display: "grid", gridTemplateColumns: "1fr auto", columnGap: "8px", rowGap: "2px" },
  factValue: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

export interface TeamViewProps {
  readonly team: TeamFigures;
  readonly granularity: Granularity;
  /** Whether the table has a manager column (without one every client counts as "no manager"). */
  readonly hasManagerColumn: boolean;
  /** Write or update the Team and Migration sheets (the button is off while `busy`). */
  readonly onWrite: () => void;
  readonly busy?: boolean;
  /** Open the column choice, to pick the manager column. */
  readonly onChooseManager: () => void;
}

/** The Team step: each manager's clients and turnover in the period, a total row, and the health of the base (§8). */
export function TeamView({
  team,
  granularity,
  hasManagerColumn,
  onWrite,
  busy,
  onChooseManager,
}: TeamViewProps) {
  const styles = { ...usePanelStyles(), ...useSummaryTableStyles(), ...useStyles() };
  const lang = usePaneLanguage();
  const words = CATALOGS[lang].team;
  const f = useFormat();
  const c = words.columns;
  const period = periodRange(team.period.first, team.period.last, granularity, getLocale(lang));
  const { cell, number, head } = useSummaryCells();
  const share = (x: number | null) => (x === null ? words.notAvailable : f.percent(x));
  const row = (r: TeamRow, name: string, key: string, total = false) => (
    <tr key={key} className={total ? styles.total : undefined}>
      <th scope="row" className={cell}>
        {name}
      </th>
      <td className={number}>{f.integer(r.primary.clients)}</td>
      <td className={number}>{f.integer(r.lostInPeriod)}</td>
      <td className={number}>{f.integer(Math.round(r.turnover))}</td>
    </tr>
  );
  const t = team.total;
  const facts: [string, string][] = [
    [c.loyaltyIndex, share(t.health.loyaltyIndex)],
    [c.permanentShare, share(t.health.permanentShare)],
    [c.oldClientsShare, share(t.health.oldClientsShare)],
    [
      c.productsPerClient,
      t.health.productsPerClient === null ? words.notAvailable : f.number(t.health.productsPerClient),
    ],
    [c.primary, f.integer(Math.round(t.primary.amount))],
    [c.repeat, f.integer(Math.round(t.repeat.amount))],
    [
      c.newDirections,
      t.newDirections === null ? words.notAvailable : f.integer(Math.round(t.newDirections.amount)),
    ],
    [c.abcUp, t.classChanges === null ? words.notAvailable : f.integer(t.classChanges.abcUp)],
    [c.abcDown, t.classChanges === null ? words.notAvailable : f.integer(t.classChanges.abcDown)],
  ];
  return (
    <section className={styles.root} aria-label={words.pane.heading}>
      <Subtitle2 as="h2">{words.pane.heading}</Subtitle2>
      {!hasManagerColumn ? (
        <MessageBar intent="warning">
          <MessageBarBody>{words.pane.noManagerColumn}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" icon={<PeopleTeamRegular />} disabled={busy} onClick={onWrite}>
          {words.pane.update}
        </Button>
        <Button icon={<TableSettingsRegular />} onClick={onChooseManager}>
          {words.pane.chooseManager}
        </Button>
      </div>
      <table className={styles.table}>
        <caption className={styles.caption}>{fill(words.pane.period, { period })}</caption>
        <thead>
          <tr>
            <th scope="col" className={head()}>
              {c.manager}
            </th>
            <th scope="col" className={head(styles.number)}>
              {c.new}
            </th>
            <th scope="col" className={head(styles.number)}>
              {c.lostInPeriod}
            </th>
            <th scope="col" className={head(styles.number)}>
              {c.turnover}
            </th>
          </tr>
        </thead>
        <tbody>
          {team.managers.map((m, i) => row(m, m.manager ?? words.noManager, `m${i}`))}
          {row(t, words.total, "total", true)}
        </tbody>
      </table>
      <dl className={styles.facts} aria-label={words.groups.health}>
        {facts.map(([label, value]) => (
          <div key={label} style={{ display: "contents" }}>
            <dt className={styles.text}>{label}</dt>
            <dd className={styles.factValue}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
