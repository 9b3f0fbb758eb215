import { useCallback, useMemo, useEffect, type MutableRefObject } from "react";
import type { Language } from "../../core";
import type { WorkbookHost } from "../host/WorkbookHost";
import { messageOf } from "./messageOf";
import type { SegmentaAction, SegmentaState } from "./segmentaReducer";
import type { SegmentaActions } from "./segmentaActions";

/** What the file actions share with the rest of the pane's state (see `useSegmenta`). */
export interface WorkbookFilesContext {
  readonly host: WorkbookHost;
  readonly dispatch: (action: SegmentaAction) => void;
  /** The state as last rendered. */
  readonly latest: MutableRefObject<SegmentaState>;
  /** The Data step's read of the open workbook. */
  readonly detect: () => Promise<void>;
  /** The standalone page's preview of `sheet` (by default the one in use) drawn again. */
  readonly refreshPreview: (sheet?: string) => Promise<void>;
  /** Stops what the engine is doing with the workbook open now. */
  readonly stopAll: () => void;
}

/**
 * The actions on the workbook file itself, which only the standalone page has (`host.files`): open
 * the sample or a file the user picked, show a sheet, download; and the pane's start-up, which
 * brings back the workbook's last choices and then opens the sample (standalone) or reads the sheet.
 */
export function useWorkbookFiles({
  host,
  dispatch,
  latest,
  detect,
  refreshPreview,
  stopAll,
}: WorkbookFilesContext): Pick<SegmentaActions, "openSample" | "openFile" | "showSheet" | "download"> {
  const opened = useCallback(async () => {
    if (!host.files) return;
    dispatch({ type: "fileOpened", fileName: host.files.fileName() });
    await detect();
    await refreshPreview();
  }, [host, detect, refreshPreview]);

  const openSample = useCallback(
    async (sample: Language = latest.current.lang) => {
      if (!host.files) return;
      stopAll();
      try {
        await host.files.openSample(sample);
      } catch (error) {
        dispatch({ type: "detectFailed", message: messageOf(error, latest.current.lang) });
        return;
      }
      await opened();
    },
    [host, opened, stopAll],
  );

  const openFile = useCallback(
    async (file: Blob, name: string) => {
      if (!host.files) return;
      stopAll();
      try {
        await host.files.openFile(file, name);
      } catch (error) {
        dispatch({ type: "detectFailed", message: messageOf(error, latest.current.lang) });
        return;
      }
      await opened();
    },
    [host, opened, stopAll],
  );

  const showSheet = useCallback((sheet: string) => refreshPreview(sheet), [refreshPreview]);

  const download = useCallback(async () => (host.files ? host.files.download() : null), [host]);

  // On start: bring back the workbook's last choices, then open the sample (standalone) or read the sheet.
  useEffect(() => {
    let live = true;
    void (async () => {
      const saved = await host.loadSettings().catch(() => null);
      if (!live) return;
      if (saved) {
        dispatch({ type: "restored", overrides: saved.overrides, settings: saved.settings });
        latest.current = { ...latest.current, overrides: saved.overrides, settings: saved.settings };
      }
      if (host.files) await openSample();
      else await detect();
    })();
    return () => {
      live = false;
    };
    // Runs once per host: the callbacks above only change with the host.
  }, [host, detect, openSample]);

  // One object while its actions stay the same, so the pane's actions do too.
  return useMemo(
    () => ({ openSample, openFile, showSheet, download }),
    [openSample, openFile, showSheet, download],
  );
}
