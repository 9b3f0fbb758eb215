import { Button } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { PlayRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import type { SegmentaState } from "../state/segmentaReducer";
import type { SegmentaActions } from "../state/useSegmenta";
import { DownloadButton } from "./DownloadButton";
import { GridPreview } from "./GridPreview";
import { InvalidData } from "./InvalidData";
import { usePanelStyles } from "./paneStyles";
import { ResultsSummary } from "./ResultsSummary";
import { CancelButton } from "./CancelButton";
import { StepStatus } from "./StepStatus";
import { WriteBlocks } from "./WriteBlocks";
import { SettingsWarning } from "./SettingsWarning";

export interface RunPanelProps {
  readonly state: SegmentaState;
  readonly settingsValid: boolean;
  readonly actions: SegmentaActions;
  readonly standalone: boolean;
  readonly onShowData: () => void;
}

/** Step 3: run read → classify → write with a real progress bar, then the summary of the result. */
export function RunPanel({ state, settingsValid, actions, standalone, onShowData }: RunPanelProps) {
  const styles = usePanelStyles();
  const { t } = useTranslation();
  const { run } = state;
  const running = run.status === "running";
  const done = run.status === "done";
  // A run that finishes while the step is shown hands the focus to its result, not to the page body.
  const heading = useRef<HTMLHeadingElement>(null);
  const wasRunning = useRef(false);
  useEffect(() => {
    if (run.status === "running") wasRunning.current = true;
    else if (wasRunning.current) {
      wasRunning.current = false;
      if (run.status === "done") heading.current?.focus();
    }
  }, [run.status]);

  return (
    <section className={styles.root} aria-label={t("app.tabs.run")}>
      <SettingsWarning settingsValid={settingsValid} />
      <div className={styles.actions}>
        <Button
          appearance={done ? "secondary" : "primary"}
          icon={<PlayRegular />}
          disabled={running || !settingsValid || state.detect.status === "reading"}
          onClick={() => void actions.run()}
        >
          {done ? t("run.again.button") : t("run.start.button")}
        </Button>
        {running ? <CancelButton stage={run.stage} standalone={standalone} onCancel={actions.cancel} /> : null}
        {done && standalone ? <DownloadButton actions={actions} /> : null}
      </div>

      <StepStatus
        progress={running ? run : null}
        cancelled={run.status === "cancelled"}
        failure={run.status === "failed" ? run.message : null}
      />

      {run.status === "invalid" ? (
        <InvalidData
          title={t("run.invalid.title")}
          analysis={run.analysis}
          onShowData={onShowData}
          onSelect={(range) => void actions.select(range)}
        />
      ) : null}

      {run.status === "blocked" ? <WriteBlocks blocks={run.blocks} /> : null}

      {done && run.analysis.classification && run.analysis.plan ? (
        <ResultsSummary
          classification={run.analysis.classification}
          plan={run.analysis.plan}
          primaryGoTo={!standalone}
          headingRef={heading}
          onGoTo={(range) => void actions.select(range)}
        />
      ) : null}

      {done && standalone && state.preview ? (
        <GridPreview preview={state.preview} onSheet={(sheet) => void actions.showSheet(sheet)} />
      ) : null}
    </section>
  );
}
