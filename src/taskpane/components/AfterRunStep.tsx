import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { PlayRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import type { RunState } from "../state/segmentaReducer";
import { usePanelStyles } from "./paneStyles";
import { SettingsWarning } from "./SettingsWarning";
import { StepStatus } from "./StepStatus";

export interface AfterRunStepProps {
  readonly label: string;
  readonly run: RunState;
  readonly settingsValid: boolean;
  /** What the step shows once a run gave it its figures; null until then. */
  readonly children: ReactNode | null;
  /** Before that: the words while a run works, and before any run, with the button that starts one. */
  readonly working: string;
  readonly runFirst: string;
  readonly runLabel: string;
  readonly canRun: boolean;
  readonly onRun: () => void;
}

/**
 * A step that shows a run's figures (Team, History): the run's progress or failure, why the button is
 * off while a setting is invalid, then the figures, or a note and a button that runs the classification.
 */
export function AfterRunStep(props: AfterRunStepProps) {
  const styles = usePanelStyles();
  const { run } = props;
  return (
    <section className={styles.root} aria-label={props.label}>
      <StepStatus
        progress={run.status === "running" ? run : null}
        cancelled={run.status === "cancelled"}
        failure={run.status === "failed" ? run.message : null}
      />
      <SettingsWarning settingsValid={props.settingsValid} />
      {props.children ?? (
        <>
          <MessageBar intent="info">
            <MessageBarBody>{run.status === "running" ? props.working : props.runFirst}</MessageBarBody>
          </MessageBar>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              icon={<PlayRegular />}
              disabled={!props.canRun}
              onClick={props.onRun}
            >
              {props.runLabel}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
