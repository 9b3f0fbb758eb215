import { useCallback, useMemo, type MutableRefObject } from "react";
import type { VoicePicks } from "../../core";
import type { WorkbookHost } from "../host/WorkbookHost";
import type { SegmentaAction, SegmentaState } from "./segmentaReducer";
import type { SegmentaActions } from "./segmentaActions";
import { addVoiceSheets } from "./voiceSheets";

/** What the Satisfaction step's actions share with the rest of the pane's state (see `useSegmenta`). */
export interface VoiceActionsContext {
  readonly host: WorkbookHost;
  readonly dispatch: (action: SegmentaAction) => void;
  /** The state as last rendered. */
  readonly latest: MutableRefObject<SegmentaState>;
  /** The Data step's read of the open workbook, which reads the complaint and survey sheets with it. */
  readonly detect: () => Promise<void>;
}

/**
 * The Satisfaction step's actions: add the empty Complaints and Survey sheets, and pick the sheets the
 * complaints and surveys are read from; either reads the workbook again.
 */
export function useVoiceActions({
  host,
  dispatch,
  latest,
  detect,
}: VoiceActionsContext): Pick<SegmentaActions, "addVoiceSheets" | "setVoicePicks"> {
  const add = useCallback(async () => {
    const result = await addVoiceSheets(host, latest.current.lang, latest.current.voicePicks);
    await detect();
    return result;
  }, [host, latest, detect]);

  const setVoicePicks = useCallback(
    async (picks: VoicePicks) => {
      latest.current = { ...latest.current, voicePicks: picks };
      dispatch({ type: "voicePicks", picks });
      await detect();
    },
    [dispatch, latest, detect],
  );

  // One object while its actions stay the same, so the pane's actions do too.
  return useMemo(() => ({ addVoiceSheets: add, setVoicePicks }), [add, setVoicePicks]);
}
