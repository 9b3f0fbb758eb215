import { Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { AddSquareRegular, ArrowSyncRegular } from "@fluentui/react-icons";
import { format as fill, type VoiceFigures, type VoiceRow } from "../../core";
import { CATALOGS } from "../../locales";
import { useFormat } from "../i18n/useFormat";
import { usePaneLanguage } from "../i18n/usePaneLanguage";
import { usePanelStyles, useSummaryCells, useSummaryTableStyles } from "./paneStyles";

const useStyles = makeStyles({
  total: { fontWeight: tokens.fontWeightSemibold },
  low: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface VoiceViewProps {
  /** The run's figures; null before a run or without the tables. */
  readonly figures: VoiceFigures | null;
  /** The sheets the workbook lacks (their names in its language): the button that adds them shows. */
  readonly missing: readonly string[];
  readonly onAddSheets: () => void;
  readonly onUpdate: () => void;
  readonly busy?: boolean;
  /** Said after the sheets were added. */
  readonly added?: readonly string[];
}

/**
 * The Satisfaction step (§13): who to call first (open complaints, scores of 2 and 3, A clients
 * first), then each manager's complaints, discontent and survey coverage, what a 2 and a 3 mean, and
 * the button that adds the Complaints and Survey sheets when the workbook has none.
 */
export function VoiceView({ figures, missing, onAddSheets, onUpdate, busy, added }: VoiceViewProps) {
  const styles = { ...usePanelStyles(), ...useSummaryTableStyles(), ...useStyles() };
  const lang = usePaneLanguage();
  const words = CATALOGS[lang].voice;
  const noManager = CATALOGS[lang].team.noManager;
  const p = words.pane;
  const f = useFormat();
  const { cell, number, head } = useSummaryCells();
  const row = (r: VoiceRow, name: string, key: string, total = false) => (
    <tr key={key} className={total ? styles.total : undefined}>
      <th scope="row" className={cell}>
        {name}
      </th>
      <td className={number}>
        {figures?.hasComplaints ? f.integer(r.complaints.inPeriod) : "—"}
        {figures?.hasComplaints && r.complaints.open > 0 ? (
          <span className={styles.sub}>{fill(p.openSub, { n: f.integer(r.complaints.open) })}</span>
        ) : null}
      </td>
      <td className={number}>{figures?.hasSurvey ? f.integer(r.satisfaction.discontent + r.satisfaction.hidden) : "—"}</td>
      <td className={number}>
        {figures?.hasSurvey && r.surveys.coverage !== null ? f.percent(r.surveys.coverage) : "—"}
      </td>
    </tr>
  );
  return (
    <section className={styles.root} aria-label={p.heading}>
      <Subtitle2 as="h2">{p.heading}</Subtitle2>
      <Text size={200}>{words.explain}</Text>
      {added && added.length > 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{fill(p.added, { sheets: added.join(", ") })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {missing.length > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{fill(p.missing, { sheets: missing.join(", ") })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        {figures ? (
          <Button appearance="primary" icon={<ArrowSyncRegular />} disabled={busy} onClick={onUpdate}>
            {p.update}
          </Button>
        ) : null}
        {missing.length > 0 ? (
          <Button appearance={figures ? "secondary" : "primary"} icon={<AddSquareRegular />} disabled={busy} onClick={onAddSheets}>
            {p.add}
          </Button>
        ) : null}
      </div>
      {figures ? (
        <>
          <table className={styles.table}>
            <caption className={styles.caption}>{p.attention}</caption>
            {figures.attention.length === 0 ? null : (
              <thead>
                <tr>
                  <th scope="col" className={head()}>{p.client}</th>
                  <th scope="col" className={head(styles.number)}>{p.abc}</th>
                  <th scope="col" className={head(styles.number)}>{p.open}</th>
                  <th scope="col" className={head(styles.number)}>{p.score}</th>
                </tr>
              </thead>
            )}
            <tbody>
              {figures.attention.length === 0 ? (
                <tr>
                  <td className={cell}>{p.noAttention}</td>
                </tr>
              ) : (
                figures.attention.map((a) => (
                  <tr key={a.index}>
                    <th scope="row" className={cell}>
                      {a.client}
                      <span className={styles.sub}>
                        {a.manager ?? noManager}
                        {a.lastSurvey === null ? "" : ` · ${f.date(a.lastSurvey)}`}
                      </span>
                    </th>
                    <td className={number}>{a.abc ?? "—"}</td>
                    <td className={number}>{a.openComplaints > 0 ? f.integer(a.openComplaints) : "—"}</td>
                    <td className={a.score !== null && a.score <= 3 ? `${number} ${styles.low}` : number}>
                      {a.score === null ? "—" : f.integer(a.score)}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
          <table className={styles.table}>
            <caption className={styles.caption}>
              {fill(p.period, { period: `${f.date(figures.period.first)}–${f.date(figures.period.last)}` })}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={head()}>{p.manager}</th>
                <th scope="col" className={head(styles.number)}>{p.complaints}</th>
                <th scope="col" className={head(styles.number)}>{p.discontent}</th>
                <th scope="col" className={head(styles.number)}>{p.coverage}</th>
              </tr>
            </thead>
            <tbody>
              {figures.managers.map((m, i) => row(m, m.manager ?? noManager, `m${i}`))}
              {row(figures.total, p.total, "total", true)}
            </tbody>
          </table>
          {figures.unknownClients > 0 ? <Text size={200}>{fill(p.unknown, { n: figures.unknownClients })}</Text> : null}
        </>
      ) : null}
    </section>
  );
}
