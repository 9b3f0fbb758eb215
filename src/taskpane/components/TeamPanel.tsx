import { CATALOGS } from "../../locales";
import type { SegmentaState } from "../state/segmentaReducer";
import type { SegmentaActions } from "../state/useSegmenta";
import { AfterRunStep } from "./AfterRunStep";
import { TeamView } from "./TeamView";
import { usePaneLanguage } from "../i18n/usePaneLanguage";

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
    <AfterRunStep
      label={words.pane.step}
      run={run}
      settingsValid={settingsValid}
      working={words.pane.working}
      runFirst={words.pane.runFirst}
      runLabel={words.pane.write}
      canRun={canRun}
      onRun={() => void actions.run()}
    >
      {team && classification ? (
        <TeamView
          team={team}
          granularity={classification.axis.granularity}
          hasManagerColumn={hasManagerColumn}
          busy={!canRun}
          onWrite={() => void actions.run()}
          onChooseManager={onChooseColumns}
        />
      ) : null}
    </AfterRunStep>
  );
}
