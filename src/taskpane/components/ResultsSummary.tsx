import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { TableRegular, TextBulletListSquareRegular } from "@fluentui/react-icons";
import { lazy, Suspense, type Ref } from "react";
import { useTranslation } from "react-i18next";
import { STATUSES, type Classification, type RangeRef, type WritePlan } from "../../core";
import { useCoreWords } from "../i18n/useCoreWords";
import { useFormat } from "../i18n/useFormat";
import { planTargets } from "../state/planTargets";
import { AbcXyzTable } from "./AbcXyzTable";
import { usePanelStyles } from "./paneStyles";
import { FactList } from "./FactList";
import { SciSummary } from "./SciSummary";

// The picture, the client search and the legend load with the results, outside the pane's first script.
const ResultsExtras = lazy(() => import("./results/ResultsExtras").then((m) => ({ default: m.ResultsExtras })));

const useStyles = makeStyles({
  counts: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    columnGap: tokens.spacingHorizontalXL,
    alignItems: "start",
  },
});

export interface ResultsSummaryProps {
  readonly classification: Classification;
  readonly plan: WritePlan;
  readonly primaryGoTo: boolean;
  readonly onGoTo: (range: RangeRef) => void;
  /** The heading, for the step to move the focus to when a run finishes. */
  readonly headingRef?: Ref<HTMLHeadingElement>;
}

/** What the run found: clients per class and status, the ABC×XYZ table, warnings, and where to look. */
export function ResultsSummary({ classification, plan, primaryGoTo, onGoTo, headingRef }: ResultsSummaryProps) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const { t } = useTranslation();
  const words = useCoreWords();
  const format = useFormat();
  const targets = planTargets(plan);
  const { counts } = classification;
  const classes: readonly (readonly [string, number])[] = [
    ...(["A", "B", "C"] as const).map((c) => [t("summary.abcClass", { cls: c }), counts.abc[c]] as const),
    ...(["X", "Y", "Z"] as const).map((c) => [t("summary.xyzClass", { cls: c }), counts.xyz[c]] as const),
  ];
  return (
    <section className={styles.root} aria-label={t("summary.title")}>
      <Text as="h2" size={400} weight="semibold" ref={headingRef} tabIndex={-1}>
        {t("summary.title")} ·{" "}
        {t("summary.clients", {
          count: classification.clients.length,
          n: format.integer(classification.clients.length),
        })}
      </Text>
      {classification.warnings.map((warning, i) => (
        <MessageBar key={i} intent="warning" layout="multiline">
          <MessageBarBody>{words.warning(warning)}</MessageBarBody>
        </MessageBar>
      ))}
      <div className={styles.actions}>
        {targets.results ? (
          <Button
            appearance={primaryGoTo ? "primary" : "secondary"}
            icon={<TextBulletListSquareRegular />}
            onClick={() => targets.results && onGoTo(targets.results)}
          >
            {t("summary.goResults.button")}
          </Button>
        ) : null}
        {targets.matrix ? (
          <Button icon={<TableRegular />} onClick={() => targets.matrix && onGoTo(targets.matrix)}>
            {t("summary.goMatrix.button")}
          </Button>
        ) : null}
      </div>
      <div className={styles.counts} role="group" aria-label={t("summary.counts.label")}>
        <FactList
          label={t("summary.counts.classes")}
          numbers
          facts={classes.map(([term, n]) => ({ term, value: format.integer(n) }))}
        />
        <FactList
          label={t("summary.counts.statuses")}
          numbers
          facts={STATUSES.map((status) => ({
            term: words.status(status),
            value: format.integer(counts.status[status]),
          }))}
        />
      </div>
      <AbcXyzTable matrix={classification.matrix} />
      {classification.hasSci ? <SciSummary classification={classification} /> : null}
      <Suspense fallback={<Spinner size="tiny" />}>
        <ResultsExtras classification={classification} />
      </Suspense>
    </section>
  );
}
