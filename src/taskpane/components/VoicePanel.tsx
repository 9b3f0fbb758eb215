import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { PlayRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { CATALOGS } from "../../locales";
import type { WriteBlock } from "../host/WorkbookHost";
import { usePaneLanguage } from "../i18n/usePaneLanguage";
import type { SegmentaState } from "../state/segmentaReducer";
import type { SegmentaActions } from "../state/useSegmenta";
import { missingVoiceSheets, namesOnly } from "../state/voiceSheets";
import { usePanelStyles } from "./paneStyles";
import { SettingsWarning } from "./SettingsWarning";
import { StepStatus } from "./StepStatus";
import { VoiceSheetPicks } from "./VoiceSheetPicks";
import { VoiceView } from "./VoiceView";
import { WriteBlocks } from "./WriteBlocks";

export interface VoicePanelProps {
  readonly state: SegmentaState;
  readonly settingsValid: boolean;
  readonly actions: SegmentaActions;
}

/**
 * The Satisfaction step after the classification (§13): the run's complaints and satisfaction
 * figures; its buttons run the classification again (which writes the Satisfaction sheet) and add
 * the Complaints and Survey sheets a workbook lacks.
 */
export function VoicePanel({ state, settingsValid, actions }: VoicePanelProps) {
  const styles = usePanelStyles();
  const lang = usePaneLanguage();
  const words = CATALOGS[lang].voice.pane;
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<readonly string[]>([]);
  const [blocks, setBlocks] = useState<readonly WriteBlock[]>([]);
  const { run } = state;
  const running = run.status === "running";
  const analysis = run.status === "done" ? run.analysis : null;
  const figures = analysis?.voice?.ok ? analysis.voice.figures : null;
  const outline = state.detect.status === "ready" ? state.detect.outline : null;
  const snapshot = outline ? namesOnly(outline) : null;
  const missing = outline ? missingVoiceSheets(outline, lang, state.voicePicks) : [];
  const canRun = settingsValid && state.detect.status !== "reading" && !running && !adding;
  const add = async () => {
    setAdding(true);
    try {
      const result = await actions.addVoiceSheets();
      setAdded(result.added);
      setBlocks(result.blocks);
    } finally {
      setAdding(false);
    }
  };
  return (
    <section className={styles.root} aria-label={words.step}>
      <StepStatus
        progress={running ? run : null}
        cancelled={run.status === "cancelled"}
        failure={run.status === "failed" ? run.message : null}
      />
      <SettingsWarning settingsValid={settingsValid} />
      {blocks.length > 0 ? <WriteBlocks blocks={blocks} /> : null}
      <VoiceView
        figures={figures}
        missing={missing}
        added={added}
        busy={!canRun}
        onAddSheets={() => void add()}
        onUpdate={() => void actions.run()}
      />
      {figures === null ? (
        <>
          <MessageBar intent="info">
            <MessageBarBody>{running ? words.working : words.runFirst}</MessageBarBody>
          </MessageBar>
          <div className={styles.actions}>
            <Button appearance={missing.length > 0 ? "secondary" : "primary"} icon={<PlayRegular />} disabled={!canRun} onClick={() => void actions.run()}>
              {words.write}
            </Button>
          </div>
        </>
      ) : null}
      {snapshot ? (
        <VoiceSheetPicks snapshot={snapshot} picks={state.voicePicks} onChange={(picks) => void actions.setVoicePicks(picks)} />
      ) : null}
    </section>
  );
}
