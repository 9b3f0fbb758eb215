import {
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { ClipboardTaskListLtrRegular, TableRegular } from "@fluentui/react-icons";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import type { PortraitModel, PortraitSummary } from "../../core";
import { useFormat } from "../i18n/useFormat";
import { usePanelStyles, useSummaryCells, useSummaryTableStyles } from "./paneStyles";

const useStyles = makeStyles({
  group: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  gap: { color: tokens.colorPaletteRedForeground1 },
});

export interface PortraitSummaryViewProps {
  readonly model: PortraitModel;
  readonly summary: PortraitSummary;
  /** In Excel the way to the sheets is the main next step; in the browser the preview shows them. */
  readonly primaryGoTo: boolean;
  readonly onGoTo: (sheet: string) => void;
  /** The run was asked to suggest targets (so the message does not ask to turn suggestions on). */
  readonly suggested?: boolean;
}

/** After a portrait run: where its sheets are, the top gaps per segment, the least developed clients. */
export function PortraitSummaryView({ model, summary, primaryGoTo, onGoTo, suggested = false }: PortraitSummaryViewProps) {
  const styles = { ...usePanelStyles(), ...useSummaryTableStyles(), ...useStyles() };
  const { t } = useTranslation();
  const format = useFormat();
  const { facts, targets } = model;
  const { cell, number, head } = useSummaryCells();
  return (
    <section className={styles.root} aria-label={t("portrait.summary.title")}>
      <Subtitle2 as="h2">
        {t("portrait.summary.title")} ·{" "}
        {t("portrait.summary.size", {
          segments: t("portrait.summary.segments", {
            count: facts.segments.length,
            n: format.integer(facts.segments.length),
          }),
          products: t("portrait.summary.products", {
            count: facts.products.length,
            n: format.integer(facts.products.length),
          }),
          marks: t("portrait.summary.targets", {
            count: targets.marks.size,
            n: format.integer(targets.marks.size),
          }),
        })}
      </Subtitle2>
      <div className={styles.actions}>
        <Button
          appearance={primaryGoTo ? "primary" : "secondary"}
          icon={<TableRegular />}
          onClick={() => onGoTo(model.sheets.portrait)}
        >
          {t("portrait.goTargets.button")}
        </Button>
        <Button icon={<ClipboardTaskListLtrRegular />} onClick={() => onGoTo(model.sheets.plan)}>
          {t("portrait.goPlan.button")}
        </Button>
      </div>
      {targets.marks.size === 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t(suggested ? "portrait.summary.noSuggestion" : "portrait.summary.noTargets", {
              sheet: model.sheets.portrait,
            })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {summary.gaps.length > 0 ? (
        <table className={styles.table}>
          <caption className={styles.caption}>{t("portrait.gaps.title")}</caption>
          <thead>
            <tr>
              <th scope="col" className={head()}>
                {t("portrait.gaps.product")}
              </th>
              <th scope="col" className={head(styles.number)}>
                {t("portrait.gaps.share")}
              </th>
              <th scope="col" className={head(styles.number)}>
                {t("portrait.gaps.missing")}
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.gaps.map(({ segment, gaps }) => (
              <Fragment key={segment}>
                <tr>
                  <th scope="rowgroup" colSpan={3} className={mergeClasses(cell, styles.group)}>
                    {segment}
                  </th>
                </tr>
                {gaps.map((gap) => (
                  <tr key={gap.product}>
                    <th scope="row" className={mergeClasses(cell, styles.gap)}>
                      {gap.product}
                    </th>
                    <td className={number}>{format.percent(gap.share)}</td>
                    <td className={number}>{format.integer(gap.missing)}</td>
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      ) : null}
      {summary.lowest.length > 0 ? (
        <table className={styles.table}>
          <caption className={styles.caption}>{t("portrait.lowest.title")}</caption>
          <thead>
            <tr>
              <th scope="col" className={head()}>
                {t("portrait.lowest.client")}
              </th>
              <th scope="col" className={head(styles.number)}>
                {t("portrait.lowest.degree")}
              </th>
              <th scope="col" className={head()}>
                {t("portrait.lowest.next")}
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.lowest.map((client) => (
              <tr key={client.key}>
                <th scope="row" className={cell}>
                  {client.name}
                  <span className={styles.sub}>{client.segment ?? t("portrait.noSegment")}</span>
                </th>
                <td className={number}>
                  {format.percent(client.degree ?? 0)}
                  <span className={styles.sub}>
                    {t("portrait.lowest.of", {
                      bought: format.integer(client.bought),
                      targets: format.integer(client.targets),
                    })}
                  </span>
                </td>
                <td className={cell}>{client.next ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
