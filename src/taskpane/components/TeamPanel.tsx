import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { PlayRegular } from "@fluentui/react-icons";
import { CATALOGS } from "../../locales";
import type { SegmentaState } from "../state/segmentaReducer";
import type { SegmentaActions } from "../state/useSegmenta";
import { usePanelStyles } from "./paneStyles";
import { StepStatus } from "./StepStatus";
import { TeamView } from "./TeamView";
import { usePaneLanguage } from "../i18n/usePaneLanguage";
import { SettingsWarning } from "./SettingsWarning";

export interface TeamPanelProps {
  readonly state: SegmentaState;
  readonly settingsValid: boolean;
  readonly actions: SegmentaActions;
  /** Open the Data step at its column roles, to give a column the manager role. */
  readonly onChooseColumns: () => void;
}

/**
 * The Team step after the classification: the run's team figures (§8); its button runs the
 * classification again, which writes or updates every sheet, the Team and Migration sheets included.
 */
export function TeamPanel({ state, settingsValid, actions, onChooseColumns }: TeamPanelProps) {
  const styles = usePanelStyles();
  const words = CATALOGS[usePaneLanguage()].team;
  const { run } = state;
  const running = run.status === "running";
  const analysis = run.status === "done" ? run.analysis : null;
  const team = analysis?.team ?? null;
  const classification = analysis?.classification ?? null;
  const hasManagerColumn =
    analysis?.read?.ok === true && analysis.read.value.table.columns.some((c) => c.role === "manager");
  const canRun = settingsValid && state.detect.status !== "reading" && !running;
  return (
    <section className={styles.root} aria-label={words.pane.step}>
      <StepStatus
        progress={running ? run : null}
        cancelled={run.status === "cancelled"}
        failure={run.status === "failed" ? run.message : null}
      />
      <SettingsWarning settingsValid={settingsValid} />
      {team && classification ? (
        <TeamView
          team={team}
          granularity={classification.axis.granularity}
          hasManagerColumn={hasManagerColumn}
          busy={!canRun}
          onWrite={() => void actions.run()}
          onChooseManager={onChooseColumns}
        />
      ) : (
        <>
          <MessageBar intent="info">
            <MessageBarBody>{running ? words.pane.working : words.pane.runFirst}</MessageBarBody>
          </MessageBar>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              icon={<PlayRegular />}
              disabled={!canRun}
              onClick={() => void actions.run()}
            >
              {words.pane.write}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
