import { Button, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import { FilterRegular } from "@fluentui/react-icons";
import {
  format as fill,
  FUNNEL_STEPS,
  funnelWords,
  PORTRAIT_WORDS,
  type FunnelModel,
} from "../../core";
import { useFormat } from "../i18n/useFormat";
import { usePanelStyles, useSummaryCells, useSummaryTableStyles } from "./paneStyles";
import { usePaneLanguage } from "../i18n/usePaneLanguage";

/** Overdue rows shown in the pane; the rest are on the Funnel sheet. */
const OVERDUE_SHOWN = 5;

const useStyles = makeStyles({
  late: { color: tokens.colorPaletteRedForeground1 },
});

export interface FunnelViewProps {
  readonly funnel: FunnelModel;
  /** The Funnel sheet, when the run wrote one. */
  readonly sheet: string | null;
  readonly onGoTo: (sheet: string) => void;
}

/** After a portrait run: the funnel of the development plan (§12) — stages, conversion, refusals, overdue rows. */
export function FunnelView({ funnel, sheet, onGoTo }: FunnelViewProps) {
  const styles = { ...usePanelStyles(), ...useSummaryTableStyles(), ...useStyles() };
  const lang = usePaneLanguage();
  const words = funnelWords(lang);
  const stages = PORTRAIT_WORDS[lang].stages;
  const format = useFormat();
  const { cell, number, head } = useSummaryCells();
  const today = format.date(funnel.today);
  const shown = funnel.overdue.slice(0, OVERDUE_SHOWN);
  return (
    <section className={styles.root} aria-label={words.title}>
      <Subtitle2 as="h2">{words.title}</Subtitle2>
      {sheet ? (
        <div className={styles.actions}>
          <Button icon={<FilterRegular />} onClick={() => onGoTo(sheet)}>
            {words.pane.goFunnel}
          </Button>
        </div>
      ) : null}
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col" className={head()}>
              {words.stage}
            </th>
            <th scope="col" className={head(styles.number)}>
              {words.rows}
            </th>
            <th scope="col" className={head(styles.number)}>
              {words.conversion}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...FUNNEL_STEPS, "refused" as const].map((stage, i) => {
            const share = funnel.conversion[i]?.share;
            return (
              <tr key={stage}>
                <th scope="row" className={cell}>
                  {stages[stage]}
                </th>
                <td className={number}>{format.integer(funnel.stages[stage])}</td>
                <td className={number}>
                  {share === undefined || share === null ? "" : format.percent(share)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {funnel.refusals.length > 0 ? (
        <table className={styles.table}>
          <caption className={styles.caption}>{words.refusals}</caption>
          <tbody>
            {funnel.refusals.map((r) => (
              <tr key={r.at ?? "none"}>
                <th scope="row" className={cell}>
                  {r.at === null ? words.notRecorded : stages[r.at]}
                </th>
                <td className={number}>{format.integer(r.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <table className={styles.table}>
        <caption className={styles.caption}>{fill(words.overdue, { date: today })}</caption>
        <tbody>
          {shown.length === 0 ? (
            <tr>
              <td className={cell}>{words.noOverdue}</td>
            </tr>
          ) : (
            shown.map((o) => (
              <tr key={`${o.client}|${o.product}`}>
                <th scope="row" className={cell}>
                  {o.client}
                  <span className={styles.sub}>
                    {o.product} · {stages[o.stage]}
                  </span>
                </th>
                <td className={mergeClasses(number, styles.late)}>
                  {fill(words.pane.late, { days: format.integer(o.days) })}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      {funnel.overdue.length > shown.length ? (
        <span className={styles.sub}>
          {fill(words.pane.moreOverdue, { count: format.integer(funnel.overdue.length - shown.length) })}
        </span>
      ) : null}
    </section>
  );
}
