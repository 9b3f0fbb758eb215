import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { HistoryRegular } from "@fluentui/react-icons";
import { format as fill } from "../../core";
import { CATALOGS } from "../../locales";
import { HISTORY_PANE_CATALOG } from "../../locales/historyPaneCatalog";
import { useFormat } from "../i18n/useFormat";
import { usePaneLanguage } from "../i18n/usePaneLanguage";
import type { SegmentaState } from "../state/segmentaReducer";
import type { SegmentaActions } from "../state/useSegmenta";
import { AfterRunStep } from "./AfterRunStep";
import { HistoryView } from "./HistoryView";
import { usePanelStyles } from "./paneStyles";

export interface HistoryPanelProps {
  readonly state: SegmentaState;
  readonly settingsValid: boolean;
  readonly actions: SegmentaActions;
}

/**
 * The History step after the classification (§14): the run's class history; for a table above the
 * pane's client limit, why it is off and a button that turns it on and runs again.
 */
export function HistoryPanel({ state, settingsValid, actions }: HistoryPanelProps) {
  const styles = usePanelStyles();
  const lang = usePaneLanguage();
  const words = { ...HISTORY_PANE_CATALOG[lang], step: CATALOGS[lang].history.pane.step };
  const f = useFormat();
  const { run } = state;
  const analysis = run.status === "done" ? run.analysis : null;
  const history = analysis?.history ?? null;
  const off = analysis?.historyOff ?? null;
  const classification = analysis?.classification ?? null;
  const canRun = settingsValid && state.detect.status !== "reading" && run.status !== "running";
  let shown = null;
  if (history && classification)
    shown = (
      <HistoryView
        history={history}
        classification={classification}
        busy={!canRun}
        onWrite={() => void actions.run()}
      />
    );
  else if (off)
    shown = (
      <>
        <MessageBar intent="info">
          <MessageBarBody>
            {fill(words.off, { clients: f.integer(off.clients), limit: f.integer(off.limit) })}
          </MessageBarBody>
        </MessageBar>
        <div className={styles.actions}>
          <Button icon={<HistoryRegular />} disabled={!canRun} onClick={() => void actions.runWithHistory()}>
            {words.turnOn}
          </Button>
        </div>
      </>
    );
  return (
    <AfterRunStep
      label={words.step}
      run={run}
      settingsValid={settingsValid}
      working={words.working}
      runFirst={words.runFirst}
      runLabel={words.write}
      canRun={canRun}
      onRun={() => void actions.run()}
    >
      {shown}
    </AfterRunStep>
  );
}
