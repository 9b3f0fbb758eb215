import {
  Button,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, PlayRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { saveBlob } from "../host/saveBlob";
import { useFormat } from "../i18n/useFormat";
import type { SegmentaState } from "../state/segmentaReducer";
import { inputIssuesOf } from "../state/tableFacts";
import type { SegmentaActions } from "../state/useSegmenta";
import { GridPreview } from "./GridPreview";
import { InputIssues } from "./InputIssues";
import { ResultsSummary } from "./ResultsSummary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface RunPanelProps {
  readonly state: SegmentaState;
  readonly settingsValid: boolean;
  readonly actions: SegmentaActions;
  readonly standalone: boolean;
  readonly onShowData: () => void;
}

/** Step 3: run read → classify → write with a real progress bar, then the summary of the result. */
export function RunPanel({ state, settingsValid, actions, standalone, onShowData }: RunPanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const { run } = state;
  const running = run.status === "running";
  const done = run.status === "done";

  const download = async () => {
    const file = await actions.download();
    if (file) saveBlob(file.blob, file.fileName);
  };

  return (
    <section className={styles.root} aria-label={t("app.tabs.run")}>
      {!settingsValid ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t("run.settingsInvalid")}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button
          appearance={done ? "secondary" : "primary"}
          icon={<PlayRegular />}
          disabled={running || !settingsValid || state.detect.status === "reading"}
          onClick={() => void actions.run()}
        >
          {done ? t("run.again.button") : t("run.start.button")}
        </Button>
        {running ? <Button onClick={actions.cancel}>{t("run.cancel.button")}</Button> : null}
        {done && standalone ? (
          <Button appearance="primary" icon={<ArrowDownloadRegular />} onClick={() => void download()}>
            {t("run.download.button")}
          </Button>
        ) : null}
      </div>

      {running ? (
        <Field
          label={t(`run.stage.${run.stage}`)}
          hint={t("run.progress.percent", { value: Math.round(run.value * 100) })}
        >
          <ProgressBar value={run.value} max={1} thickness="large" />
        </Field>
      ) : null}

      {run.status === "cancelled" ? (
        <MessageBar intent="info">
          <MessageBarBody>{t("run.cancelled")}</MessageBarBody>
        </MessageBar>
      ) : null}

      {run.status === "invalid" ? (
        <>
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t("run.invalid.title")}</MessageBarTitle>
              {run.analysis.planIssues.map((issue, i) => (
                <div key={i}>
                  {t(`run.planIssue.${issue.code}`, {
                    sheet: issue.sheet,
                    limit: format.integer(issue.limit),
                  })}
                </div>
              ))}{" "}
              <Link as="button" onClick={onShowData}>
                {t("run.invalid.showData")}
              </Link>
            </MessageBarBody>
          </MessageBar>
          <InputIssues
            issues={inputIssuesOf(run.analysis)}
            onSelect={(range) => void actions.select(range)}
          />
        </>
      ) : null}

      {run.status === "blocked" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("run.blocked.title")}</MessageBarTitle>
            <ul className={styles.list}>
              {run.blocks.map((block, i) => (
                <li key={i}>
                  {t(`run.writeIssue.${block.code}`, {
                    sheet: block.sheet,
                    table: "table" in block ? (block.table ?? "") : "",
                    cells: "cells" in block ? block.cells.join(", ") : "",
                    count: "count" in block ? block.count : 0,
                    n: "count" in block ? format.integer(block.count) : "",
                  })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {run.status === "failed" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("run.failed.title")}</MessageBarTitle>
            {run.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {done && run.analysis.classification && run.analysis.plan ? (
        <ResultsSummary
          classification={run.analysis.classification}
          plan={run.analysis.plan}
          primaryGoTo={!standalone}
          onGoTo={(range) => void actions.select(range)}
        />
      ) : null}

      {done && standalone && state.preview ? (
        <GridPreview preview={state.preview} onSheet={(sheet) => void actions.showSheet(sheet)} />
      ) : null}
    </section>
  );
}
